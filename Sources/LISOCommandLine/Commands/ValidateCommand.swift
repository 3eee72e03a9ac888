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
        throw UsageError("'validate' is not available yet", command: spec.name)
    }
}
