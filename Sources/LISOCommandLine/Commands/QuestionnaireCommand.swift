import Foundation
import LISO

/// `liso questionnaire`: prints the built-in instrument.
enum QuestionnaireCommand: Command {
    static let spec = CommandSpec(
        name: "questionnaire",
        abstract:
            "Print the built-in questionnaire; 'json' is a valid instrument file, 'csv' a blank response template, "
            + "'html' a form members fill in in any browser.",
        options: [
            CommonOptions.form,
            CommonOptions.language,
            .value(
                "format", valueName: "format", allowed: QuestionnairePrinter.Format.allCases.map(\.rawValue),
                default: "text", help: "The output format."),
            .value(
                "network", valueName: "name",
                help: "With '--format html': the network the form is for, shown and saved with every answer."),
            CommonOptions.output,
        ])

    static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
        let form = arguments.value("form").flatMap(QuestionnaireForm.init(rawValue:)) ?? .full
        let format = arguments.value("format").flatMap(QuestionnairePrinter.Format.init(rawValue:)) ?? .text
        let network = arguments.value("network")
        if network != nil, format != .html {
            throw UsageError("'--network' applies only to '--format html'", command: spec.name)
        }
        if let network, network.allSatisfy(\.isWhitespace) {
            throw UsageError("'--network' needs a name", command: spec.name)
        }
        let printer = QuestionnairePrinter(
            format: format, language: context.language(arguments),
            network: network?.trimmingCharacters(in: .whitespacesAndNewlines))
        let text = printer.render(Instrument.builtIn(form: form))
        try ResultWriter(path: arguments.value("output")).write(text, context: context)
        return .success
    }
}
