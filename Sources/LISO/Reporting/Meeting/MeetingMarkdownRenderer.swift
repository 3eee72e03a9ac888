/// Writes a meeting report as Markdown: per network a heading, the facts, where the perspectives
/// differ, the elements as a table, the lead and the members, the questions and an empty table
/// for agreements; networks separated by a rule. User text is escaped.
public struct MeetingMarkdownRenderer: MeetingReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// Writes the report as Markdown.
    public func render(_ report: MeetingReport, to output: inout some TextOutputStream) {
        var writer = MeetingMarkdownWriter(report: report)
        for (index, section) in report.sections.enumerated() {
            if index > 0 { writer.text += "---\n\n" }
            writer.write(section)
        }
        output.write(writer.text)
    }
}

/// Builds the Markdown text of a meeting report.
private struct MeetingMarkdownWriter: MeetingSectionWriter {
    let report: MeetingReport
    var text = ""

    typealias Escape = MarkdownText

    mutating func write(_ section: MeetingSection) {
        text += "# \(Escape.escape(section.title))\n\n\(words.subtitle).\n\n"
        text += "- **\(words.date):** \(dayText)\n"
        text += "- **\(words.wave):** \(Escape.escape(wavesText(section)))\n"
        text += "- **\(words.filledIn):** \(peopleText(section))\n"
        if section.privacy == nil || section.phase != nil {
            let phase = section.phase.map { "\($0.name) (\(words.phaseBy)). \($0.explanation)" } ?? words.unknown
            text += "- **\(words.phase):** \(phase)\n"
        }
        text += "\n"
        if let privacy = section.privacy {
            text += "## \(privacy.heading)\n\n\(privacy.explanation)\n\n"
            if !privacy.advice.isEmpty {
                text += privacy.adviceHeading + "\n\n" + privacy.advice.map { "- \($0)\n" }.joined() + "\n"
            }
        } else {
            disagreements(section)
            glance(section)
            trekker(section)
        }
        questions(section)
        actions()
        text += footer.map { "_\($0)_\n" }.joined(separator: "\n") + "\n"
    }

    mutating func disagreements(_ section: MeetingSection) {
        text += "## \(words.disagreement)\n\n"
        guard !section.disagreements.isEmpty else {
            text += words.noDisagreement.filled(["minimum": String(report.minimumGroupSize)]) + "\n\n"
            return
        }
        text += words.disagreementIntro + "\n\n"
        for disagreement in section.disagreements {
            text +=
                "- " + Escape.escape(line(disagreement)) + (disagreement.flagged ? " ⚑ \(words.largeGap)" : "") + "\n"
        }
        text += "\n"
    }

    mutating func glance(_ section: MeetingSection) {
        let hasSpread = section.elements.contains { $0.spread != nil }
        text += "## \(words.glance)\n\n\(glanceIntro(section))\n\n"
        let rows = section.elements.map { element in
            let score = element.score
            return [
                Escape.escape(element.name), numbers.integer(score.n), number(score.mean), between(score.ci95),
                score.band.map(strings.label) ?? "–",
            ] + (hasSpread ? [number(element.spread) + (element.flagged ? " ⚑" : "")] : [])
        }
        text += Escape.table(
            [words.element, words.answered, words.mean, words.likelyBetween, words.band]
                + (hasSpread ? [words.spread] : []),
            [.left, .right, .right, .right, .left] + (hasSpread ? [.right] : []), rows)
        text += "\n"
    }

    mutating func trekker(_ section: MeetingSection) {
        text += "## \(words.trekker)\n\n"
        if let note = trekkerNote(section) {
            text += note + "\n\n"
            return
        }
        text += words.trekkerIntro.filled(["gap": gapText]) + "\n\n"
        for (kind, title) in [(TrekkerGap.Kind.blindSpot, words.blindSpot), (.hiddenStrength, words.hiddenStrength)] {
            let gaps = section.gaps.filter { $0.kind == kind }
            guard !gaps.isEmpty else { continue }
            text += "**\(title)**\n\n" + gaps.map { "- \(Escape.escape(line($0)))\n" }.joined() + "\n"
        }
    }

    mutating func questions(_ section: MeetingSection) {
        let general = section.questions.allSatisfy { $0.reason == .general }
        text += "## \(words.questions)\n\n\(general ? words.generalIntro : words.questionsIntro)\n\n"
        for (index, question) in section.questions.enumerated() {
            let why = question.why.isEmpty ? "" : "_\(Escape.escape(question.why))_ "
            text += "\(index + 1). \(why)\(Escape.escape(question.question))\n"
        }
        text += "\n"
    }

    mutating func actions() {
        text += "## \(words.actions)\n\n\(words.actionsIntro)\n\n"
        let empty = Array(repeating: ["", "", ""], count: actionRows)
        text += Escape.table([words.what, words.who, words.when], [.left, .left, .left], empty)
        text += "\n\(words.nextMeeting) \(words.blank)\n\n"
    }
}
