import Foundation
import LISO

/// `liso validate`: reads everything, scores nothing, lists every problem.
enum ValidateCommand: Command {
    static let spec = CommandSpec(
        name: "validate",
        abstract: "Read exports completely, score nothing, and list every problem.",
        discussion: "Exit status 0 when the files are clean, 1 when rows have problems, 65 when a file is unusable "
            + "and 66 when one is missing.",
        arguments: [
            ArgumentSpec(
                name: "file", isVariadic: true, minimumCount: 1,
                help: "Export files to check; '-' reads standard input.")
        ],
        options: InputOptions.specs + [CommonOptions.language.spec])

    /// `validate`'s options.
    struct Options: CommandOptions {
        /// The exports and how to read them.
        var input: InputOptions
        /// The language of the messages, when `--lang` gives it.
        var language: Language?

        init(_ arguments: ParsedArguments) throws(UsageError) {
            input = try InputOptions(arguments, files: arguments.positionals)
            language = arguments.value(CommonOptions.language)
        }
    }

    static func run(_ options: Options, context: inout CommandContext) async throws -> ExitCode {
        let evaluation = try options.input.validation(context: context)
        let outcome = try await options.input.evaluate(
            evaluation, context: context, language: context.language(options.language))
        let language = context.language(options.language)
        let printer = DiagnosticPrinter(limit: nil, language: language)
        var summary = ValidationSummary()
        for reading in outcome.inputs {
            switch reading {
            case .success(let read):
                printer.print(read.diagnostics.report, to: context.errors)
                summary.add(read)
            case .failure(let error):
                printer.print(error.diagnostics, to: context.errors)
                summary.add(unusable: error)
            }
        }
        context.errors.line(summary.text(in: language))
        return summary.status
    }
}
