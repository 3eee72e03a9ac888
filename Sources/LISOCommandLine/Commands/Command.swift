/// One subcommand of `liso`: what it accepts and how it runs.
protocol Command: Sendable {
    /// The command's name, arguments, options and help.
    static var spec: CommandSpec { get }

    /// Runs the command with parsed arguments. Throws ``UsageError`` for a bad command line
    /// (exit 64) and `LISOError` for unusable input or output (exit 65, 66 or 74).
    static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode
}

/// Options several commands share, spelled the same everywhere.
enum CommonOptions {
    /// `--lang nl|en`.
    static let language = OptionSpec.value(
        "lang", valueName: "language", allowed: ["nl", "en"],
        help: "Language of the output; without it, LC_ALL or LANG starting with 'nl' gives Dutch, otherwise English.")
    /// `--instrument FILE`.
    static let instrument = OptionSpec.value(
        "instrument", valueName: "file",
        help: "An instrument file (liso-instrument JSON); default: the built-in item bank.")
    /// `--layout NAME`.
    static let layout = OptionSpec.value(
        "layout", valueName: "layout",
        allowed: ["limesurvey", "qualtrics", "surveymonkey", "google-forms", "microsoft-forms", "generic"],
        help: "The survey tool that wrote the export; default: detected from the header rows.")
    /// `--delimiter C`.
    static let delimiter = OptionSpec.value(
        "delimiter", valueName: "char", allowed: ["comma", "semicolon", "tab"],
        help: "The field separator; default: detected from the header line.")
    /// `--output FILE`.
    static let output = OptionSpec.value(
        "output", short: "o", valueName: "file",
        help: "Write the result to this file (atomically: all or nothing) instead of standard output.")
    /// `--strict`.
    static let strict = OptionSpec.flag(
        "strict", help: "Exit with status 1 when any warning was found, after writing the result.")
    /// `--form full|short`.
    static let form = OptionSpec.value(
        "form", valueName: "form", allowed: ["full", "short"], default: "full",
        help: "The questionnaire form: the full item bank or the short form of 16 items.")
}
