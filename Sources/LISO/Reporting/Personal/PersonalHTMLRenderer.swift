/// Writes a personal report as one self-contained HTML page (inline CSS and SVG only) that prints
/// on at most two A4 pages, with the same content as ``PersonalTextRenderer``. Every
/// user-supplied string (the network's name, statements) is HTML-escaped.
public struct PersonalHTMLRenderer: PersonalReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// Writes the report as an HTML document.
    public func render(_ report: PersonalReport, to output: inout some TextOutputStream) {
        var writer = PersonalHTMLWriter(report: report)
        writer.write()
        output.write(writer.text)
    }
}

/// Builds the HTML text of a personal report.
private struct PersonalHTMLWriter: PersonalSectionWriter {
    let report: PersonalReport
    var text = ""

    func h(_ text: String) -> String { HTMLText.escape(text) }

    mutating func write() {
        text += "<!DOCTYPE html>\n<html lang=\"\(report.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        text += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        text += "<title>\(h(report.title))</title>\n"
        text +=
            "<style>\n\(MeetingStyle.css)\n\(Self.css)\n</style>\n</head>\n<body>\n<main>\n<section class=\"personal\">\n"
        text += "<header><h1>\(h(report.title))</h1><p class=\"subtitle\">\(h(words.subtitle))</p><dl class=\"facts\">"
        for fact in facts { text += "<div><dt>\(h(fact.label)):</dt><dd>\(h(fact.value))</dd></div>" }
        text += "<div class=\"phase\"><dt>\(h(words.phase)):</dt><dd>\(h(phaseText))</dd></div></dl>"
        text += "<p>\(h(answeredText))</p></header>\n"
        scores()
        answers()
        dontKnow()
        questions()
        text += "<footer><p>\(h(footer))</p></footer>\n</section>\n</main>\n</body>\n</html>\n"
    }

    mutating func scores() {
        text += "<div class=\"block\"><h2>\(h(words.scores))</h2><p class=\"note\">\(h(scoresIntro))</p>"
        text += "<div class=\"wide\"><table><thead><tr><th scope=\"col\">\(h(words.element))</th>"
        text += "<th scope=\"col\" class=\"num\">\(h(words.score))</th><th scope=\"col\">\(h(words.band))</th>"
        text += "<th scope=\"col\" class=\"bar\">\(h(words.onTheScale.filled(["scale": scaleText])))</th>"
        text += "</tr></thead><tbody>"
        for element in report.elements {
            let bar = MeetingBar(
                mean: element.score, ci95: nil, band: element.band, low: report.scale.low, high: report.scale.high,
                bands: report.bands,
                label: words.barLabel.filled(["element": element.name, "score": scoreText(element)]))
            let band = element.band.map { "<span class=\"badge \($0.rawValue)\">\(h(strings.label($0)))</span>" }
            text += "<tr><th scope=\"row\">\(h(element.name))</th><td class=\"num\">\(scoreText(element))</td>"
            text += "<td>\(band ?? "<span class=\"note\">\(h(words.tooFewAnswers))</span>")</td>"
            text += "<td class=\"bar\">\(bar.svg())</td></tr>"
        }
        text += "</tbody></table></div></div>\n"
    }

    mutating func answers() {
        text += "<h2>\(h(words.answers))</h2><div class=\"answers\">"
        for element in report.elements where !element.answers.isEmpty {
            text += "<div><h3>\(h(element.name)) <span class=\"note\">\(h(scoreAndBand(element)))</span></h3><ul>"
            for answer in element.answers {
                let negative = answer.reverse ? " <span class=\"note\">(\(h(words.negative)))</span>" : ""
                text +=
                    "<li><strong class=\"answer\">\(h(answer.label))</strong> <span>\(h(answer.statement))\(negative)</span></li>"
            }
            text += "</ul></div>"
        }
        text += "</div>\n"
    }

    mutating func dontKnow() {
        guard !report.dontKnow.isEmpty else { return }
        text +=
            "<div class=\"block dont-know\"><h2>\(h(words.dontKnowHeading))</h2><p class=\"note\">\(h(words.dontKnowIntro))</p><ul>"
        text += report.dontKnow.map { "<li>\(h(statement($0)))</li>" }.joined()
        text += "</ul></div>\n"
    }

    mutating func questions() {
        text += "<div class=\"block\"><h2>\(h(words.questions))</h2><p class=\"note\">\(h(words.questionsIntro))</p>"
        text += "<ol class=\"questions\">"
        for question in report.questions {
            let why = question.why.isEmpty ? "" : "<span class=\"why\">\(h(question.why))</span>"
            text += "<li>\(why)\(h(question.question))</li>"
        }
        text += "</ol></div>\n"
    }

    /// What the personal page adds to the meeting report's style sheet.
    static let css = """
        h3 { font-size: 15px; margin: 10px 0 2px; }
        .answers ul { list-style: none; padding-left: 0; margin: 2px 0 6px; }
        .answers li { display: flex; gap: 12px; padding: 2px 0; border-bottom: 1px solid var(--line); font-size: 14px; }
        .answers .answer { flex: 0 0 12.5em; font-weight: 600; }
        @media (max-width: 640px) { .answers li { display: block; } .answers .answer { display: block; } }
        @media print {
          @page { size: A4; margin: 10mm 12mm 10mm; }
          body { line-height: 1.3; }
          h1 { font-size: 16pt; } h2 { margin-top: 9pt; }
          section.personal table th, section.personal table td { padding: 1.5pt 6pt; }
          h3 { font-size: 10pt; margin: 4pt 0 1pt; break-after: avoid; }
          .answers li { font-size: 9pt; padding: 0.3pt 0; break-inside: avoid; }
          .answers .answer { flex: 0 0 46mm; white-space: nowrap; }
          .dont-know ul { column-count: 2; column-gap: 8mm; font-size: 9pt; }
          .dont-know li, .questions li { margin: 1pt 0; break-inside: avoid; }
        }
        """
}
