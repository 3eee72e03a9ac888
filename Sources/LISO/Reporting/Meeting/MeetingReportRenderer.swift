/// Writes a ``MeetingReport`` in one format. Each format is one small struct.
public protocol MeetingReportRenderer: Sendable {
    /// Writes the report to a text stream.
    func render(_ report: MeetingReport, to output: inout some TextOutputStream)
}

extension MeetingReportRenderer {
    /// The report as one string.
    public func render(_ report: MeetingReport) -> String {
        var text = ""
        render(report, to: &text)
        return text
    }
}

extension ReportFormat {
    /// The renderer that writes the meeting report in this format; `nil` for JSON and CSV, which
    /// hold the result itself rather than a report to print.
    public var meetingRenderer: (any MeetingReportRenderer)? {
        switch self {
        case .markdown: MeetingMarkdownRenderer()
        case .html: MeetingHTMLRenderer()
        case .json, .csv: nil
        }
    }
}

/// What the meeting report's writers share: the report's words and numbers, and the texts both
/// formats build the same way.
protocol MeetingSectionWriter {
    /// The report being written.
    var report: MeetingReport { get }
}

extension MeetingSectionWriter {
    /// The meeting report's words.
    var words: MeetingWords { MeetingWords(report.language) }
    /// The report's words, for bands.
    var strings: ReportStrings { ReportStrings(report.language) }
    /// The number style of the report's language.
    var numbers: NumberStyle { NumberStyle(report.language) }

    /// A number in the report's style, or `–` when it is absent.
    func number(_ value: Double?) -> String { value.map { numbers.decimal($0) } ?? "–" }

    /// The scale's range as text, `1–5`.
    var scaleText: String {
        ResponseScale.text(of: report.scale.low) + "–" + ResponseScale.text(of: report.scale.high)
    }

    /// The day, or a blank to fill in.
    var dayText: String { report.day?.text(in: report.language) ?? words.blank }

    /// The waves of a section, or a blank to fill in.
    func wavesText(_ section: MeetingSection) -> String {
        section.waves.isEmpty ? words.blank : section.waves.joined(separator: ", ")
    }

    /// How many filled in, with its noun.
    func peopleText(_ section: MeetingSection) -> String {
        words.phrase(\.people, section.respondents, number: numbers.integer(section.respondents))
    }

    /// The introduction of the elements at a glance.
    func glanceIntro(_ section: MeetingSection) -> String {
        var text = words.glanceIntro.filled([
            "scale": scaleText, "strength": numbers.decimal(report.bands.strength, digits: 1),
            "attention": numbers.decimal(report.bands.attention, digits: 1),
        ])
        if section.elements.contains(where: { $0.spread != nil }) { text += " " + words.glanceOrder }
        return text
    }

    /// An interval as `3,72 en 3,98`, or `–`.
    func between(_ interval: ConfidenceInterval?) -> String {
        guard let interval else { return "–" }
        return words.between.filled([
            "low": numbers.decimal(interval.low), "high": numbers.decimal(interval.high),
        ])
    }

    /// One disagreement in words.
    func line(_ disagreement: MeetingDisagreement) -> String {
        words.disagreementLine.filled([
            "element": disagreement.name, "highest": disagreement.highest,
            "highestMean": numbers.decimal(disagreement.highestMean), "lowest": disagreement.lowest,
            "lowestMean": numbers.decimal(disagreement.lowestMean),
            "difference": numbers.decimal(disagreement.difference),
        ])
    }

    /// One gap between the lead and the members in words.
    func line(_ gap: TrekkerGap) -> String {
        words.gapLine.filled([
            "element": gap.name, "trekker": numbers.decimal(gap.trekkerMean),
            "others": numbers.decimal(gap.othersMean),
        ])
    }

    /// The gap threshold as text, `1,33`.
    var gapText: String { numbers.decimal(report.gapThreshold) }

    /// The sentence under the lead and members heading when no gap is listed.
    func trekkerNote(_ section: MeetingSection) -> String? {
        if !section.trekkerCompared {
            return words.trekkerHidden.filled(["minimum": String(report.minimumGroupSize)])
        }
        return section.gaps.isEmpty ? words.noGap.filled(["gap": gapText]) : nil
    }

    /// The footer's sentences.
    var footer: [String] {
        [
            words.privacyRule.filled(["minimum": String(report.minimumGroupSize)]),
            words.madeWith.filled(["tool": report.tool.name, "version": report.tool.version]) + " · "
                + words.provenance,
        ]
    }

    /// The number of empty rows of the agreements table.
    var actionRows: Int { 8 }
}
