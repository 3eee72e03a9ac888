import LISO

/// Prints diagnostics on standard error in compiler style, most serious first, capped so a
/// file with a million bad cells stays readable; the rest are counted.
struct DiagnosticPrinter {
    /// How many diagnostics are printed before the rest are only counted; `nil` prints all.
    var limit: Int?

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
        for entry in ordered.prefix(shown) { channel.line(entry.element.description) }
        let rest = ordered.count - shown
        if rest > 0 { channel.line("… and \(rest) more \(Self.problems.word(for: rest, in: .english))") }
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
    static func tally(_ diagnostics: [Diagnostic]) -> String {
        var parts: [String] = []
        for severity in [Diagnostic.Severity.error, .warning, .note] {
            let count = diagnostics.count { $0.severity == severity }
            if count > 0 { parts.append(Self.severities[severity, default: Self.problems].phrase(count, in: .english)) }
        }
        return parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
    }
}
