/// Writes a personal report for a terminal: plain text wrapped at 80 columns, with the same
/// content as ``PersonalHTMLRenderer``.
public struct PersonalTextRenderer: PersonalReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// Writes the report as text.
    public func render(_ report: PersonalReport, to output: inout some TextOutputStream) {
        var writer = PersonalTextWriter(report: report)
        writer.write()
        output.write(writer.text)
    }
}

/// Builds the text of a personal report.
private struct PersonalTextWriter: PersonalSectionWriter {
    let report: PersonalReport
    var text = ""

    mutating func paragraph(_ words: String, first: String = "", rest: String = "") {
        text += TextWrapping.block(words, first: first, rest: rest)
    }

    mutating func heading(_ title: String) {
        text += "\n\(title)\n" + String(repeating: "-", count: min(title.count, 80)) + "\n"
    }

    mutating func write() {
        text += report.title + "\n" + String(repeating: "=", count: min(report.title.count, 80)) + "\n"
        paragraph(facts.map { "\($0.label): \($0.value)" }.joined(separator: " · "))
        paragraph("\(words.phase): \(phaseText)")
        paragraph(answeredText)

        heading(words.scores)
        paragraph(scoresIntro)
        let width = report.elements.map(\.name.count).max() ?? 0
        for element in report.elements {
            let name = element.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let score = scoreText(element)
            text +=
                "  \(name)  \(String(repeating: " ", count: max(0, 4 - score.count)))\(score)  \(bandText(element))\n"
        }

        heading(words.answers)
        let labelWidth = report.elements.flatMap(\.answers).map(\.label.count).max() ?? 0
        let indent = String(repeating: " ", count: labelWidth + 6)
        for element in report.elements where !element.answers.isEmpty {
            text += "\n\(element.name) – \(scoreAndBand(element))\n"
            for answer in element.answers {
                let label = answer.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
                paragraph(statement(answer), first: "  \(label)    ", rest: indent)
            }
        }

        if !report.dontKnow.isEmpty {
            heading(words.dontKnowHeading)
            paragraph(words.dontKnowIntro)
            for answer in report.dontKnow { paragraph(statement(answer), first: "  - ", rest: "    ") }
        }

        heading(words.questions)
        paragraph(words.questionsIntro)
        for (index, question) in report.questions.enumerated() {
            let number = "  \(index + 1). "
            let indent = String(repeating: " ", count: number.count)
            if !question.why.isEmpty { paragraph(question.why, first: number, rest: indent) }
            paragraph(question.question, first: question.why.isEmpty ? number : indent, rest: indent)
        }
        text += "\n"
        paragraph(footer)
    }
}
