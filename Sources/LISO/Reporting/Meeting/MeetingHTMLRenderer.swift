/// Writes a meeting report as one self-contained HTML file (inline CSS and SVG only) that prints
/// each network on at most two A4 pages, a new page per network. Every user-supplied string
/// (network names, wave labels, item texts) is HTML-escaped.
public struct MeetingHTMLRenderer: MeetingReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// Writes the report as an HTML document.
    public func render(_ report: MeetingReport, to output: inout some TextOutputStream) {
        var writer = MeetingHTMLWriter(report: report)
        writer.write()
        output.write(writer.text)
    }
}

/// Builds the HTML text of a meeting report, section by section.
private struct MeetingHTMLWriter: MeetingSectionWriter {
    let report: MeetingReport
    var text = ""

    func h(_ text: String) -> String { HTMLText.escape(text) }

    mutating func write() {
        let title = report.sections.count == 1 ? report.sections[0].title : words.title
        text += "<!DOCTYPE html>\n<html lang=\"\(report.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        text += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        text += "<title>\(h(title)) – \(h(report.instrumentTitle))</title>\n"
        text += "<style>\n\(MeetingStyle.css)\n</style>\n</head>\n<body>\n<main>\n"
        for (index, section) in report.sections.enumerated() { write(section, number: index + 1) }
        text += "</main>\n</body>\n</html>\n"
    }

    mutating func write(_ section: MeetingSection, number: Int) {
        let kind = section.privacy == nil ? "network figures" : "network"
        text += "<section class=\"\(kind)\" aria-labelledby=\"network-\(number)\">\n"
        header(section, number: number)
        if let privacy = section.privacy {
            notice(privacy)
        } else {
            disagreements(section)
            glance(section)
            trekker(section)
        }
        questions(section)
        actions()
        text += "<footer>" + footer.map { "<p>\(h($0))</p>" }.joined() + "</footer>\n</section>\n"
    }

    mutating func header(_ section: MeetingSection, number: Int) {
        text += "<header><h1 id=\"network-\(number)\">\(h(section.title))</h1>"
        text += "<p class=\"subtitle\">\(h(words.subtitle))</p><dl class=\"facts\">"
        var facts = [(words.date, dayText), (words.wave, wavesText(section)), (words.filledIn, peopleText(section))]
        if section.network == nil, report.sections.count == 1 { facts[2].1 += " (\(words.allMembers.lowercased()))" }
        for (term, value) in facts { text += "<div><dt>\(h(term)):</dt><dd>\(h(value))</dd></div>" }
        if section.privacy == nil || section.phase != nil {
            let phase =
                section.phase.map { "<strong>\(h($0.name))</strong> (\(h(words.phaseBy))). \(h($0.explanation))" }
                ?? h(words.unknown)
            text += "<div class=\"phase\"><dt>\(h(words.phase)):</dt><dd>\(phase)</dd></div>"
        }
        text += "</dl></header>\n"
    }

    mutating func notice(_ notice: PrivacyNotice) {
        text += "<div class=\"notice\" role=\"note\"><h2>\(h(notice.heading))</h2><p>\(h(notice.explanation))</p>"
        if !notice.advice.isEmpty {
            text += "<p>\(h(notice.adviceHeading))</p><ul>"
            text += notice.advice.map { "<li>\(HTMLText.keepingOptionsWhole(h($0)))</li>" }.joined()
            text += "</ul>"
        }
        text += "</div>\n"
    }

    mutating func disagreements(_ section: MeetingSection) {
        text += "<div class=\"block\"><h2>\(h(words.disagreement))</h2>"
        guard !section.disagreements.isEmpty else {
            text +=
                "<p>\(h(words.noDisagreement.filled(["minimum": String(report.minimumGroupSize)])))</p></div>\n"
            return
        }
        text += "<p class=\"note\">\(h(words.disagreementIntro))</p><ul>"
        for disagreement in section.disagreements {
            let flag = disagreement.flagged ? " <span class=\"flag\">⚑ \(h(words.largeGap))</span>" : ""
            text += "<li>\(h(line(disagreement)))\(flag)</li>"
        }
        text += "</ul></div>\n"
    }

    mutating func glance(_ section: MeetingSection) {
        let hasSpread = section.elements.contains { $0.spread != nil }
        text += "<div class=\"block\"><h2>\(h(words.glance))</h2><p class=\"note\">\(h(glanceIntro(section)))</p>"
        text += "<div class=\"wide\"><table><thead><tr><th scope=\"col\">\(h(words.element))</th>"
        text += "<th scope=\"col\" class=\"num\">\(h(words.answered))</th>"
        text += "<th scope=\"col\" class=\"num\">\(h(words.mean))</th>"
        text += "<th scope=\"col\" class=\"num\">\(h(words.likelyBetween))</th>"
        text += "<th scope=\"col\">\(h(words.band))</th>"
        text += "<th scope=\"col\" class=\"bar\">\(h(words.onTheScale.filled(["scale": scaleText])))</th>"
        if hasSpread { text += "<th scope=\"col\" class=\"num\">\(h(words.spread))</th>" }
        text += "</tr></thead><tbody>"
        for element in section.elements {
            let score = element.score
            let label = words.barLabel.filled([
                "element": element.name, "mean": number(score.mean), "low": number(score.ci95?.low),
                "high": number(score.ci95?.high),
            ])
            let bar = MeetingBar(
                mean: score.mean, ci95: score.ci95, band: score.band, low: report.scale.low, high: report.scale.high,
                bands: report.bands, label: label)
            text += "<tr><th scope=\"row\">\(h(element.name))</th>"
            text += "<td class=\"num\">\(numbers.integer(score.n))</td><td class=\"num\">\(number(score.mean))</td>"
            text += "<td class=\"num\">\(h(between(score.ci95)))</td><td>\(badge(score.band))</td>"
            text += "<td class=\"bar\">\(bar.svg())</td>"
            if hasSpread {
                let flag = element.flagged ? " <span class=\"flag\">⚑</span>" : ""
                text += "<td class=\"num\">\(number(element.spread))\(flag)</td>"
            }
            text += "</tr>"
        }
        text += "</tbody></table></div></div>\n"
    }

    func badge(_ band: Band?) -> String {
        guard let band else { return "–" }
        return "<span class=\"badge \(band.rawValue)\">\(h(strings.label(band)))</span>"
    }

    mutating func trekker(_ section: MeetingSection) {
        text += "<div class=\"block\"><h2>\(h(words.trekker))</h2>"
        if let note = trekkerNote(section) {
            text += "<p>\(h(note))</p></div>\n"
            return
        }
        text += "<p class=\"note\">\(h(words.trekkerIntro.filled(["gap": gapText])))</p>"
        for (kind, title) in [(TrekkerGap.Kind.blindSpot, words.blindSpot), (.hiddenStrength, words.hiddenStrength)] {
            let gaps = section.gaps.filter { $0.kind == kind }
            guard !gaps.isEmpty else { continue }
            text += "<p class=\"gap-kind\">\(h(title))</p><ul>"
            text += gaps.map { "<li>\(h(line($0)))</li>" }.joined()
            text += "</ul>"
        }
        text += "</div>\n"
    }

    mutating func questions(_ section: MeetingSection) {
        let general = section.questions.allSatisfy { $0.reason == .general }
        text += "<div class=\"block page-two\"><h2>\(h(words.questions))</h2>"
        text +=
            "<p class=\"note\">\(h(general ? words.generalIntro : words.questionsIntro))</p><ol class=\"questions\">"
        for question in section.questions {
            let why = question.why.isEmpty ? "" : "<span class=\"why\">\(h(question.why))</span>"
            text += "<li>\(why)\(h(question.question))</li>"
        }
        text += "</ol></div>\n"
    }

    mutating func actions() {
        text += "<div class=\"block\"><h2>\(h(words.actions))</h2><p class=\"note\">\(h(words.actionsIntro))</p>"
        text += "<table class=\"actions\"><thead><tr><th scope=\"col\">\(h(words.what))</th>"
        text += "<th scope=\"col\">\(h(words.who))</th><th scope=\"col\">\(h(words.when))</th></tr></thead><tbody>"
        text += String(repeating: "<tr><td></td><td></td><td></td></tr>", count: actionRows)
        text += "</tbody></table><p class=\"next\">\(h(words.nextMeeting)) \(h(words.blank))</p></div>\n"
    }
}
