import LISO

/// The one line that ends a run of `score` or `compare` on standard error, in the run's language.
enum SummaryLine {
    /// `scored 84 respondents from 1 file (85 rows read, 1 rejected); 2 warnings, 3 notes`, or in
    /// Dutch `84 respondenten gescoord uit 1 bestand (85 rijen gelezen, 1 niet meegeteld); …`.
    static func scored(_ result: EvaluationResult, in language: Language = .english) -> String {
        let words = Words(language)
        let respondents = words.phrase(\.respondent, result.respondents)
        let files = words.phrase(\.file, result.sources.count)
        let rows = words.phrase(\.row, result.rowsRead)
        let tally = DiagnosticPrinter.tally(result.diagnostics, in: language)
        return language == .dutch
            ? "\(respondents) gescoord uit \(files) (\(rows) gelezen, \(result.rowsRejected) niet meegeteld); \(tally)"
            : "scored \(respondents) from \(files) (\(rows) read, \(result.rowsRejected) rejected); \(tally)"
    }

    /// `compared 40 respondents in 'voorjaar.csv' with 38 in 'najaar.csv'; no problems`.
    static func compared(
        _ before: EvaluationResult, _ after: EvaluationResult, labels: (before: String, after: String),
        diagnostics: [Diagnostic], in language: Language = .english
    ) -> String {
        let respondents = Words(language).phrase(\.respondent, before.respondents)
        let tally = DiagnosticPrinter.tally(diagnostics, in: language)
        return language == .dutch
            ? "\(respondents) in '\(labels.before)' vergeleken met \(after.respondents) in '\(labels.after)'; \(tally)"
            : "compared \(respondents) in '\(labels.before)' with \(after.respondents) in '\(labels.after)'; \(tally)"
    }

    /// The counted words of summary lines.
    struct Text: LocalizedTable {
        static let shared = Text()

        let respondent = CountedWord(nl: ("respondent", "respondenten"), en: ("respondent", "respondents"))
        let file = CountedWord(nl: ("bestand", "bestanden"), en: ("file", "files"))
        let row = CountedWord(nl: ("rij", "rijen"), en: ("row", "rows"))
        let problem = CountedWord(nl: ("probleem", "problemen"), en: ("problem", "problems"))
    }

    /// The counted words in one language.
    typealias Words = Localized<Text>
}
