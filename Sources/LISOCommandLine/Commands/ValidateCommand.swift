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
        options: [CommonOptions.instrument, CommonOptions.layout, CommonOptions.delimiter])

    static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
        let instrument = try ScoringOptions.instrument(arguments, files: arguments.positionals, context: context)
        var reading = ExportFiles(instrument: instrument, arguments: arguments, context: context)
        reading.reader.diagnosticLimit = 10_000
        var summary = ValidationSummary()
        var missing = false
        for file in arguments.positionals {
            do {
                try ExportFiles.checkPresent([file], context: context)
                let (read, _) = try reading.read(file, context: context) { _ in }
                DiagnosticPrinter(limit: nil).print(read.diagnostics.report, to: context.errors)
                summary.add(read)
            } catch let error as LISOError {
                DiagnosticPrinter(limit: nil).print(error.diagnostics, to: context.errors)
                if error.kind == .inputMissing {
                    missing = true
                } else {
                    summary.add(unusable: error)
                }
            }
        }
        context.errors.line(summary.description)
        if missing { return .inputMissing }
        if summary.unusableFiles > 0 { return .inputUnusable }
        return summary.hasProblems ? .dataProblems : .success
    }
}
