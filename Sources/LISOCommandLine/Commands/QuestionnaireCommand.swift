import Foundation
import LISO

/// `liso questionnaire`: prints the built-in instrument.
enum QuestionnaireCommand: Command {
    /// `--format`.
    static let format = DefaultedOption<QuestionnairePrinter.Format>(
        "format", valueName: "format", default: .text, help: "The output format.")

    static let spec = CommandSpec(
        name: "questionnaire",
        abstract:
            "Print the built-in questionnaire; 'json' is a valid instrument file, 'csv' a blank response template.",
        options: [CommonOptions.form.spec, CommonOptions.language.spec, format.spec, CommonOptions.output.spec])

    /// `questionnaire`'s options.
    struct Options: CommandOptions {
        /// The form to print.
        var form: QuestionnaireForm
        /// The output language, when `--lang` gives it.
        var language: Language?
        /// The output format.
        var format: QuestionnairePrinter.Format
        /// Where the questionnaire goes.
        var writer: ResultWriter

        init(_ arguments: ParsedArguments) {
            form = arguments.value(CommonOptions.form)
            language = arguments.value(CommonOptions.language)
            format = arguments.value(QuestionnaireCommand.format)
            writer = ResultWriter(path: arguments.value(CommonOptions.output))
        }
    }

    static func run(_ options: Options, context: inout CommandContext) throws -> ExitCode {
        let printer = QuestionnairePrinter(format: options.format, language: context.language(options.language))
        try options.writer.write(printer.render(Instrument.builtIn(form: options.form)), context: context)
        return .success
    }
}
