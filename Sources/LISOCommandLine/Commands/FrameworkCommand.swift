import Foundation
import LISO

/// `liso framework`: prints the LISO framework.
enum FrameworkCommand: Command {
    static let spec = CommandSpec(
        name: "framework",
        abstract: "Print the LISO framework: elements, themes, working elements, phases, roles and perspectives.",
        options: [
            CommonOptions.language,
            .value(
                "format", valueName: "format", allowed: ["text", "markdown", "json"], default: "text",
                help: "The output format."),
            CommonOptions.output,
        ])

    static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let text = String(decoding: try encoder.encode(EvaluationFramework.liso2023), as: UTF8.self) + "\n"
        try ResultWriter(path: arguments.value("output")).write(text, context: context)
        return .success
    }
}
