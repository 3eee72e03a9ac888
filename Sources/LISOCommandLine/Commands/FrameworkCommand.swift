import Foundation
import LISO

/// `liso framework`: prints the LISO framework.
enum FrameworkCommand: Command {
    /// `--format`.
    static let format = DefaultedOption<FrameworkPrinter.Format>(
        "format", valueName: "format", default: .text, help: "The output format.")

    static let spec = CommandSpec(
        name: "framework",
        abstract: "Print the LISO framework: elements, themes, working elements, phases, roles and perspectives.",
        options: [CommonOptions.language.spec, format.spec, CommonOptions.output.spec])

    /// `framework`'s options.
    struct Options: CommandOptions {
        /// The output language, when `--lang` gives it.
        var language: Language?
        /// The output format.
        var format: FrameworkPrinter.Format
        /// Where the framework goes.
        var writer: ResultWriter

        init(_ arguments: ParsedArguments) {
            language = arguments.value(CommonOptions.language)
            format = arguments.value(FrameworkCommand.format)
            writer = ResultWriter(path: arguments.value(CommonOptions.output))
        }
    }

    static func run(_ options: Options, context: inout CommandContext) throws -> ExitCode {
        let printer = FrameworkPrinter(format: options.format, language: context.language(options.language))
        try options.writer.write(printer.render(.liso2023), context: context)
        return .success
    }
}
