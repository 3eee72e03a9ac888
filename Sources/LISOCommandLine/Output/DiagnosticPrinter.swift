import LISO

/// Prints diagnostics on standard error in compiler style, most serious first, capped so a
/// file with a million bad cells stays readable; the rest are counted. The words follow the
/// language: `waarschuwing: waarde '7' valt buiten …` in Dutch.
struct DiagnosticPrinter {
    /// How many diagnostics are printed before the rest are only counted; `nil` prints all.
    var limit: Int?
    /// The language of the messages.
    var language: Language = .english

    /// The default cap for `score` and `compare`.
    static let standardLimit = 20

    /// Prints `diagnostics`: errors, then warnings, then notes, each in input order; past
    /// ``limit``, one line "… and N more problems".
    func print(_ diagnostics: [Diagnostic], to channel: TextChannel) {
        let ordered = diagnostics.enumerated().sorted { lhs, rhs in
            lhs.element.severity != rhs.element.severity
                ? lhs.element.severity > rhs.element.severity : lhs.offset < rhs.offset
        }
        let shown = limit.map { min($0, ordered.count) } ?? ordered.count
        for entry in ordered.prefix(shown) { channel.line(entry.element.description(in: language)) }
        let rest = ordered.count - shown
        if rest > 0 {
            let word = Self.problems.word(for: rest, in: language)
            channel.line(language == .dutch ? "… en nog \(rest) \(word)" : "… and \(rest) more \(word)")
        }
    }

    /// The word for a count of problems.
    static let problems = CountedWord(nl: ("probleem", "problemen"), en: ("problem", "problems"))
    /// The word for a count of diagnostics of each severity.
    static let severities: [Diagnostic.Severity: CountedWord] = [
        .error: CountedWord(nl: ("fout", "fouten"), en: ("error", "errors")),
        .warning: CountedWord(nl: ("waarschuwing", "waarschuwingen"), en: ("warning", "warnings")),
        .note: CountedWord(nl: ("opmerking", "opmerkingen"), en: ("note", "notes")),
    ]

    /// Counts by severity, for summary lines: "2 warnings, 1 note"; "no problems" when empty.
    static func tally(_ diagnostics: [Diagnostic], in language: Language = .english) -> String {
        var parts: [String] = []
        for severity in [Diagnostic.Severity.error, .warning, .note] {
            let count = diagnostics.count { $0.severity == severity }
            if count > 0 { parts.append(Self.severities[severity, default: Self.problems].phrase(count, in: language)) }
        }
        return parts.isEmpty ? (language == .dutch ? "geen problemen" : "no problems") : parts.joined(separator: ", ")
    }
}
