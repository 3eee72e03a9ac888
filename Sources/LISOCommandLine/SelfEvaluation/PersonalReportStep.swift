import Foundation
import LISO

/// The end of a self-evaluation: the library's personal report, printed for the terminal and,
/// when asked, written as a page to print. The figures and texts come from the library
/// (``LISO/PersonalReport``); this type only chooses where they go.
enum PersonalReportStep {
    /// Prints the report; writes the HTML report to `htmlPath` when given, or, when standard
    /// input is a terminal, asks whether to write it next to the answers file.
    static func show(
        _ answers: SelfEvaluationAnswers, instrument: Instrument, framework: EvaluationFramework, language: Language,
        htmlPath: String?, answersPath: String?, context: inout CommandContext
    ) throws {
        let strings = SelfEvaluationStrings(language)
        let report = PersonalReport(
            response: answers.response, instrument: instrument, framework: framework, language: language,
            day: CalendarDay(Date()))
        context.output.line()
        context.output.line(strings.finished)
        context.output.line()
        context.output.write(PersonalTextRenderer().render(report))
        var path = htmlPath
        if path == nil, context.inputIsTerminal {
            context.output.write(strings.htmlQuestion)
            let reply = context.input.readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            if ["j", "ja", "y", "yes"].contains(reply) {
                let base = answersPath.map { ($0 as NSString).deletingPathExtension } ?? "self-evaluation"
                path = base + ".html"
            }
        }
        guard let path else { return }
        try AtomicFileWriter(destination: context.url(for: path), displayName: path).write(
            PersonalHTMLRenderer().render(report))
        context.output.line("\(strings.htmlSaved) '\(path)'")
    }
}
