import LISO

/// One subcommand of `liso`: what it accepts, its options decoded once into a typed value, and
/// how it runs.
protocol Command: Sendable {
    /// The command's options, decoded from the command line.
    associatedtype Options: CommandOptions

    /// The command's name, arguments, options and help.
    static var spec: CommandSpec { get }

    /// Runs the command. Throws ``UsageError`` for a bad command line (exit 64) and `LISOError`
    /// for unusable input or output (exit 65, 66 or 74).
    static func run(_ options: Options, context: inout CommandContext) async throws -> ExitCode
}

/// A command's options as typed values, decoded from the parsed arguments through the
/// command's option declarations.
protocol CommandOptions {
    /// Decodes the options, checking what the parser alone cannot (how many files, which
    /// options go together).
    init(_ arguments: ParsedArguments) throws(UsageError)
}

extension Command {
    /// Decodes the parsed arguments into the command's options and runs the command; a usage
    /// error found while decoding shows this command's usage.
    static func run(parsed arguments: ParsedArguments, context: inout CommandContext) async throws -> ExitCode {
        let options: Options
        do {
            options = try Options(arguments)
        } catch {
            throw UsageError(error.messages, hint: error.hints, command: error.command ?? spec.name)
        }
        return try await run(options, context: &context)
    }
}

/// Options several commands share, declared once and spelled the same everywhere.
enum CommonOptions {
    /// `--lang nl|en`.
    static let language = Option<Language>(
        "lang", valueName: "language",
        help: "Language of the output; without it, LC_ALL or LANG starting with 'nl' gives Dutch, otherwise English.")
    /// `--output FILE`.
    static let output = Option<String>(
        "output", short: "o", valueName: "file",
        help: "Write the result to this file (atomically: all or nothing) instead of standard output.")
    /// `--strict`.
    static let strict = Flag("strict", help: "Exit with status 1 when any warning was found, after writing the result.")
    /// `--form full|short`.
    static let form = DefaultedOption<QuestionnaireForm>(
        "form", valueName: "form", default: .full,
        help: "The questionnaire form: the full item bank or the short form of 16 items.")
}
