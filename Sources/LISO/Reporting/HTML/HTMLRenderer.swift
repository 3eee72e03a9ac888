/// Writes a report as one self-contained HTML file: inline CSS and SVG only, no fonts, scripts
/// or images from elsewhere, so it works offline and from an e-mail attachment, and prints on A4.
///
/// Every chart is a `<figure>` with a `<figcaption>`, an SVG with `role="img"` and an
/// `aria-label`, and a table with the same figures beside it. Colours come from the Okabe–Ito
/// palette, and groups also differ by marker shape. Every user-supplied string (network names,
/// item texts, wave labels, file names, diagnostics) is HTML-escaped.
public struct HTMLRenderer: ReportRenderer {
    /// Creates an HTML renderer.
    public init() {}

    /// Writes the report as an HTML document.
    public func render(_ report: Report, to output: inout some TextOutputStream) {
        var writer = HTMLWriter(report: report)
        writer.write()
        output.write(writer.text)
    }
}

/// Builds the HTML text of a report, section by section.
struct HTMLWriter: ReportSectionWriter {
    let report: Report
    var text = ""

    /// Escapes user text.
    func h(_ text: String) -> String { HTMLText.escape(text) }

    func badge(_ band: Band?) -> String {
        guard let band else { return "–" }
        return "<span class=\"badge \(band.rawValue)\">\(h(strings.label(band)))</span>"
    }

    func hiddenCell(_ respondents: Int) -> String {
        "<span class=\"hidden-group\">\(h(suppressedCell(respondents)))</span>"
    }

    /// A table; `numeric` marks right-aligned columns; cells are HTML already.
    func table(caption: String?, headers: [String], numeric: Set<Int>, rows: [[String]], flagged: Set<Int> = [])
        -> String
    {
        var html = "<div class=\"wide\"><table>"
        if let caption { html += "<caption>\(h(caption))</caption>" }
        html += "<thead><tr>"
        for (index, header) in headers.enumerated() {
            html += "<th scope=\"col\"\(numeric.contains(index) ? " class=\"num\"" : "")>\(h(header))</th>"
        }
        html += "</tr></thead><tbody>"
        for (rowIndex, row) in rows.enumerated() {
            html += flagged.contains(rowIndex) ? "<tr class=\"flagged\">" : "<tr>"
            for (index, cell) in row.enumerated() {
                if index == 0 {
                    html += "<th scope=\"row\">\(cell)</th>"
                } else {
                    html += "<td\(numeric.contains(index) ? " class=\"num\"" : "")>\(cell)</td>"
                }
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    /// A chart with its caption and, beside or below it, the table of its figures.
    func figure(caption: String, svg: String, table: String, beside: Bool) -> String {
        let figure = "<figure><figcaption>\(h(caption))</figcaption>\(svg)</figure>"
        return beside ? "<div class=\"pair\">\(figure)<div>\(table)</div></div>" : figure + table
    }

    mutating func write() {
        text += "<!DOCTYPE html>\n<html lang=\"\(report.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        text += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        text += "<title>\(h(report.title)) – \(h(report.instrumentTitle))</title>\n"
        text += "<style>\n\(HTMLStyle.css)\n</style>\n</head>\n<body>\n<main>\n"
        header()
        sections()
        let made = strings.madeWith.filled(["tool": report.method.tool.name, "version": report.method.tool.version])
        text += "<footer>\(h(made)) · \(h(strings.provenance))</footer>\n</main>\n</body>\n</html>\n"
    }

    mutating func header() {
        let summary = report.summary
        text += "<header class=\"report\"><h1>\(h(report.title))</h1>"
        text += "<p class=\"subtitle\">\(h(strings.subtitle))</p>"
        text += "<p class=\"meta\">\(h(strings.instrument)): \(h(report.instrumentTitle)) · \(h(strings.framework)): "
        text += "\(h(report.method.frameworkName))</p></header>\n"
        var cards = [(numbers.integer(summary.respondents), strings.respondents)]
        let networks = summary.groupCounts.filter { $0.dimensions == [.network] }.count
        if networks > 0 { cards.append((numbers.integer(networks), strings.networks)) }
        if let best = summary.strongest.first {
            cards.append((number(best.mean), strings.strongestOne.filled(["element": best.name])))
        }
        if let worst = summary.weakest.first {
            cards.append((number(worst.mean), strings.weakestOne.filled(["element": worst.name])))
        }
        text += "<div class=\"cards\">"
        for (figure, what) in cards {
            text +=
                "<div class=\"card\"><span class=\"figure\">\(h(figure))</span><span class=\"what\">\(h(what))</span></div>"
        }
        text += "</div>\n"
    }

    mutating func summary() {
        let summary = report.summary
        text += "<section class=\"major\" id=\"summary\"><h2>\(h(strings.summary))</h2>\n"
        text += "<div class=\"columns\"><div><h3>\(h(strings.whoAnswered))</h3>"
        let rows = summary.groupCounts.map { count in
            [
                h(count.dimensionLabel), h(count.label),
                count.suppressed ? hiddenCell(count.respondents) : numbers.integer(count.respondents),
            ]
        }
        text += table(caption: nil, headers: [strings.group, "", strings.respondents], numeric: [2], rows: rows)
        text +=
            "<p class=\"rule\">\(h(suppressionRule))</p>"
        if let privacy = report.privacy {
            text += "<div class=\"notice\" role=\"note\"><h3>\(h(privacy.heading))</h3><p>\(h(privacy.explanation))</p>"
            if !privacy.advice.isEmpty {
                text +=
                    "<p>\(h(privacy.adviceHeading))</p><ul>"
                    + privacy.advice.map { "<li>\(HTMLText.keepingOptionsWhole(h($0)))</li>" }.joined()
                    + "</ul>"
            }
            text += "</div>"
        }
        text += "</div><div>"
        if !summary.phases.isEmpty {
            text += "<h3>\(h(strings.phase))</h3>"
            let rows = summary.phases.map { [h($0.group), h($0.phase ?? strings.unknown)] }
            text += table(caption: nil, headers: [strings.group, strings.phase], numeric: [], rows: rows)
        }
        for (title, list) in [(strings.strongest, summary.strongest), (strings.weakest, summary.weakest)]
        where !list.isEmpty {
            text += "<h3>\(h(title))</h3><ol>"
            for element in list {
                text += "<li>\(h(element.name)) — \(number(element.mean)) \(badge(element.band))</li>"
            }
            text += "</ol>"
        }
        text += "</div></div></section>\n"
    }
}
