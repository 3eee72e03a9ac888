/// Writes a report as Markdown: headings, lists and tables with padded, right-aligned numbers,
/// readable in a terminal and in a wiki. Numbers follow the report's language (`3,84` in
/// Dutch). User text (network names, item texts, wave labels, file names) is escaped so that
/// no markup or HTML in it comes out live.
public struct MarkdownRenderer: ReportRenderer {
    /// Creates a Markdown renderer.
    public init() {}

    /// Writes the report as Markdown.
    public func render(_ report: Report, to output: inout some TextOutputStream) {
        var writer = MarkdownWriter(report: report)
        writer.write()
        output.write(writer.text)
    }
}

/// Builds the Markdown text of a report, section by section.
struct MarkdownWriter: ReportSectionWriter {
    let report: Report
    var text = ""

    typealias Escape = MarkdownText

    mutating func write() {
        text += "# \(Escape.escape(report.title))\n\n"
        text += "\(strings.subtitle). \(strings.instrument): \(Escape.escape(report.instrumentTitle)).\n\n"
        sections()
    }

    func band(_ band: Band?) -> String { band.map(strings.label) ?? "–" }

    mutating func summary() {
        let summary = report.summary
        text += "## \(strings.summary)\n\n"
        text += "- **\(strings.respondents):** \(numbers.integer(summary.respondents))\n"
        text += "- **\(strings.rowsRead):** \(numbers.integer(summary.rowsRead))\n\n"
        if !summary.groupCounts.isEmpty {
            text += "### \(strings.whoAnswered)\n\n"
            let rows = summary.groupCounts.map { count in
                [
                    count.dimensionLabel, Escape.escape(count.label), numbers.integer(count.respondents),
                    count.suppressed ? suppressedCell(count.respondents) : "",
                ]
            }
            text += Escape.table(
                [strings.group, "", strings.respondents, ""], [.left, .left, .right, .left], rows)
            text += "\n"
        }
        text += "> " + suppressionRule + "\n\n"
        if let privacy = report.privacy {
            text += "### \(privacy.heading)\n\n\(privacy.explanation)\n\n"
            if !privacy.advice.isEmpty {
                text += privacy.adviceHeading + "\n\n" + privacy.advice.map { "- \($0)\n" }.joined() + "\n"
            }
        }
        if !summary.phases.isEmpty {
            text += "### \(strings.phase)\n\n"
            for line in summary.phases {
                text += "- \(Escape.escape(line.group)): \(Escape.escape(line.phase ?? strings.unknown))\n"
            }
            text += "\n"
        }
        for (title, list) in [(strings.strongest, summary.strongest), (strings.weakest, summary.weakest)]
        where !list.isEmpty {
            text += "### \(title)\n\n"
            for (index, element) in list.enumerated() {
                text +=
                    "\(index + 1). \(Escape.escape(element.name)) — \(number(element.mean)) (\(band(element.band)))\n"
            }
            text += "\n"
        }
    }

    mutating func elements() {
        text += "## \(strings.elements)\n\n"
        guard !report.elements.isEmpty else {
            text += strings.overallSuppressed + "\n\n"
            return
        }
        text +=
            elementsIntro + "\n\n"
        let rows = report.elements.map { section in
            let score = section.score
            return [
                Escape.escape(section.name), numbers.integer(score.n), number(score.mean), interval(score.ci95),
                number(score.score100, digits: 0), band(score.band), number(score.alpha),
            ]
        }
        text += Escape.table(
            [strings.element, strings.n, strings.mean, strings.ci95, strings.score100, strings.band, strings.alpha],
            [.left, .right, .right, .right, .right, .left, .right], rows)
        text += "\n"
        for section in report.elements where !section.items.isEmpty {
            text += "### \(Escape.escape(section.name))\n\n"
            let scale = report.scale
            let rows = section.items.map { item in
                let statement = Escape.escape(item.text) + (item.reverse ? " (\(strings.reverseKeyed))" : "")
                return [
                    Escape.escape(item.id.rawValue), statement, numbers.integer(item.answers.n),
                    number(item.answers.mean),
                ]
                    + item.distribution.map(numbers.integer)
                    + [numbers.integer(item.answers.dontKnow), number(item.reliability?.itemRest)]
            }
            text += Escape.table(
                ["id", strings.item, strings.n, strings.mean] + scale.map { numbers.decimal($0.value, digits: 0) }
                    + [strings.dontKnow, strings.itemRest],
                [.left, .left, .right, .right] + scale.map { _ in .right } + [.right, .right], rows)
            if let note = strings.label(section.score.alphaNote), section.score.alpha == nil {
                text += "\n\(strings.alpha): \(Escape.escape(note))\n"
            }
            text += "\n"
        }
        if !report.scale.isEmpty {
            let legend = report.scale.map { "\(numbers.decimal($0.value, digits: 0)) = \(Escape.escape($0.label))" }
            text += legend.joined(separator: " · ") + "\n\n"
        }
    }
}
