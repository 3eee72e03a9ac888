import Foundation
import LISO

/// `liso questionnaire`: prints the built-in instrument.
enum QuestionnaireCommand: Command {
    /// `--format`.
    static let format = DefaultedOption<QuestionnairePrinter.Format>(
        "format", valueName: "format", default: .text, help: "The output format.")
    /// `--network NAME`.
    static let network = Option<String>(
        "network", valueName: "name",
        help: "With '--format html': the network the form is for, shown and saved with every answer.")

    static let spec = CommandSpec(
        name: "questionnaire",
        abstract:
            "Print the built-in questionnaire; 'json' is a valid instrument file, 'csv' a blank response template, "
            + "'html' a form members fill in in any browser.",
        options: [
            CommonOptions.form.spec, CommonOptions.language.spec, format.spec, network.spec, CommonOptions.output.spec,
        ])

    /// `questionnaire`'s options.
    struct Options: CommandOptions {
        /// The form to print.
        var form: QuestionnaireForm
        /// The output language, when `--lang` gives it.
        var language: Language?
        /// The output format.
        var format: QuestionnairePrinter.Format
        /// The network an HTML form is for, trimmed.
        var network: String?
        /// Where the questionnaire goes.
        var writer: ResultWriter

        init(_ arguments: ParsedArguments) throws(UsageError) {
            form = arguments.value(CommonOptions.form)
            language = arguments.value(CommonOptions.language)
            format = arguments.value(QuestionnaireCommand.format)
            writer = ResultWriter(path: arguments.value(CommonOptions.output))
            let network = arguments.value(QuestionnaireCommand.network)
            if network != nil, format != .html {
                throw UsageError(
                    LocalizedText(
                        nl: "'--network' geldt alleen voor '--format html'",
                        en: "'--network' applies only to '--format html'"), command: spec.name)
            }
            if let network, network.allSatisfy(\.isWhitespace) {
                throw UsageError(
                    LocalizedText(nl: "'--network' heeft een naam nodig", en: "'--network' needs a name"),
                    command: spec.name)
            }
            self.network = network?.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    static func run(_ options: Options, context: inout CommandContext) throws -> ExitCode {
        let printer = QuestionnairePrinter(
            format: options.format, language: context.language(options.language), network: options.network)
        try options.writer.write(printer.render(Instrument.builtIn(form: options.form)), context: context)
        return .success
    }
}
