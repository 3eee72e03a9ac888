import Foundation
import LISO

/// `liso compare`: the change per element between two waves.
enum CompareCommand: Command {
    static let spec = CommandSpec(
        name: "compare",
        abstract: "Show the change between two waves per element, with confidence intervals.",
        discussion: "Give two files (before and after), or one file and '--waves A,B' to compare two waves in it.",
        arguments: [
            ArgumentSpec(
                name: "before", isVariadic: false, minimumCount: 1, help: "The earlier export, or the only one."),
            ArgumentSpec(name: "after", isVariadic: false, minimumCount: 0, help: "The later export."),
        ],
        options: ScoreCommand.scoringOptions + [
            .value("waves", valueName: "before,after", help: "Compare these two waves of one file.")
        ])

    static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
        throw UsageError("'compare' is not available yet", command: spec.name)
    }
}
