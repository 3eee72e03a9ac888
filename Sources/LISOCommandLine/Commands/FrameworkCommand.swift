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
                "format", valueName: "format", allowed: FrameworkPrinter.Format.allCases.map(\.rawValue),
                default: "text", help: "The output format."),
            CommonOptions.output,
        ])

    static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
        let format = arguments.value("format").flatMap(FrameworkPrinter.Format.init(rawValue:)) ?? .text
        let printer = FrameworkPrinter(format: format, language: context.language(arguments))
        try ResultWriter(path: arguments.value("output")).write(printer.render(.liso2023), context: context)
        return .success
    }
}
