import Foundation
import LISO

/// `liso questionnaire`: prints the built-in instrument.
enum QuestionnaireCommand: Command {
    static let spec = CommandSpec(
        name: "questionnaire",
        abstract:
            "Print the built-in questionnaire; 'json' is a valid instrument file, 'csv' a blank response template.",
        options: [
            CommonOptions.form,
            CommonOptions.language,
            .value(
                "format", valueName: "format", allowed: ["text", "markdown", "json", "csv"], default: "text",
                help: "The output format."),
            CommonOptions.output,
        ])

    static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
        try ResultWriter(path: arguments.value("output")).write("\(Instrument.lisoFull.id)\n", context: context)
        return .success
    }
}
