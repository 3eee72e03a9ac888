import LISO

/// The one line that ends a run of `score` or `compare` on standard error.
enum SummaryLine {
    /// `scored 84 respondents from 1 file (85 rows read, 1 rejected); 2 warnings, 3 notes`.
    static func scored(_ result: EvaluationResult) -> String {
        "scored \(counted(result.respondents, "respondent")) from \(counted(result.sources.count, "file")) "
            + "(\(counted(result.rowsRead, "row")) read, \(result.rowsRejected) rejected); "
            + DiagnosticPrinter.tally(result.diagnostics)
    }

    /// `compared 40 respondents in 'voorjaar.csv' with 38 in 'najaar.csv'; no problems`.
    static func compared(
        _ before: EvaluationResult, _ after: EvaluationResult, labels: (before: String, after: String),
        diagnostics: [Diagnostic]
    ) -> String {
        "compared \(counted(before.respondents, "respondent")) in '\(labels.before)' with \(after.respondents) in "
            + "'\(labels.after)'; \(DiagnosticPrinter.tally(diagnostics))"
    }

    /// A count with its noun, singular for one: `1 respondent`, `2 files`.
    static func counted(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
