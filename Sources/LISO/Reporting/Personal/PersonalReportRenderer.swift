/// Writes a ``PersonalReport`` in one form: for a terminal, or as a page to print.
public protocol PersonalReportRenderer: Sendable {
    /// Writes the report to a text stream.
    func render(_ report: PersonalReport, to output: inout some TextOutputStream)
}

extension PersonalReportRenderer {
    /// The report as one string.
    public func render(_ report: PersonalReport) -> String {
        var text = ""
        render(report, to: &text)
        return text
    }
}

/// What the personal report's writers share: its words and numbers, and the texts both forms
/// build the same way, so that the terminal and the page show the same content.
protocol PersonalSectionWriter {
    /// The report being written.
    var report: PersonalReport { get }
}

extension PersonalSectionWriter {
    /// The personal report's words.
    var words: PersonalWords { PersonalWords(report.language) }
    /// The report's words, for bands.
    var strings: ReportStrings { ReportStrings(report.language) }
    /// The number style of the report's language.
    var numbers: NumberStyle { NumberStyle(report.language) }

    /// The scale's range as text, `1–5`.
    var scaleText: String {
        ResponseScale.text(of: report.scale.low) + "–" + ResponseScale.text(of: report.scale.high)
    }

    /// The facts under the title, as label and value: date, role, perspective.
    var facts: [(label: String, value: String)] {
        var facts: [(String, String)] = []
        if let day = report.day { facts.append((words.date, day.text(in: report.language))) }
        facts.append((words.role, report.role ?? words.unknown))
        facts.append((words.perspective, report.perspective ?? words.unknown))
        return facts
    }

    /// The phase line's value: the name, as whose view, and the explanation.
    var phaseText: String {
        report.phase.map { "\($0.name) (\(words.phaseBy)). \($0.explanation)" } ?? words.unknown
    }

    /// How much was answered, and how often "don't know".
    var answeredText: String {
        let statements = words.phrase(\.statements, report.statements)
        var text = words.answered.filled(["answered": String(report.answered), "statements": statements])
        if report.dontKnowCount > 0 {
            text += " " + words.dontKnowCount.filled(["count": String(report.dontKnowCount)])
        }
        return text
    }

    /// The introduction of the scores.
    var scoresIntro: String {
        words.scoresIntro.filled([
            "scale": scaleText, "strength": numbers.decimal(report.bands.strength, digits: 1),
            "attention": numbers.decimal(report.bands.attention, digits: 1),
        ])
    }

    /// A score as text, or the reason it is absent.
    func scoreText(_ element: PersonalElement) -> String {
        element.score.map { numbers.decimal($0) } ?? "–"
    }

    /// A band as text, or the reason there is none.
    func bandText(_ element: PersonalElement) -> String {
        element.band.map(strings.label) ?? words.tooFewAnswers
    }

    /// The score with its band, or the reason there is no score.
    func scoreAndBand(_ element: PersonalElement) -> String {
        guard let score = element.score else { return words.tooFewAnswers }
        return numbers.decimal(score) + (element.band.map { ", " + strings.label($0) } ?? "")
    }

    /// A statement with its mark when negatively worded.
    func statement(_ answer: PersonalAnswer) -> String {
        answer.statement + (answer.reverse ? " (\(words.negative))" : "")
    }

    /// The footer's sentence.
    var footer: String { words.footer.filled(["tool": report.tool.name, "version": report.tool.version]) }
}
