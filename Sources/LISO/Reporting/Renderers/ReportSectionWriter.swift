/// What the HTML and Markdown writers share: the report with its words and number style, the
/// order of the sections, and the figures both formats list the same way.
protocol ReportSectionWriter {
    /// The report being written.
    var report: Report { get }

    /// Writes the summary: who answered, phases, strongest and weakest elements.
    mutating func summary()
    /// Writes the element scores and their items.
    mutating func elements()
    /// Writes the comparison of groups.
    mutating func comparisons()
    /// Writes where groups see an element differently.
    mutating func divergences()
    /// Writes the recommendations.
    mutating func recommendations()
    /// Writes the change between waves, when there is one.
    mutating func waves()
    /// Writes the data quality section.
    mutating func dataQuality()
    /// Writes how the figures were made.
    mutating func method()
}

extension ReportSectionWriter {
    /// The report's words, in its language.
    var strings: ReportStrings { report.strings }
    /// The report's number style, in its language.
    var numbers: NumberStyle { report.numbers }

    /// The introduction of the element scores: the scale and where its bands start.
    var elementsIntro: String {
        strings.elementsIntro.filled([
            "scale": report.scaleRange, "strength": numbers.decimal(report.bands.strength, digits: 1),
            "attention": numbers.decimal(report.bands.attention, digits: 1),
        ])
    }

    /// Writes every section in report order, from the summary to the method.
    mutating func sections() {
        summary()
        elements()
        comparisons()
        divergences()
        recommendations()
        waves()
        dataQuality()
        method()
    }

    /// A number in the report's style, or `–` when it is absent.
    func number(_ value: Double?, digits: Int = 2) -> String {
        value.map { numbers.decimal($0, digits: digits) } ?? "–"
    }

    /// A confidence interval in the report's style, or `–` when it is absent.
    func interval(_ interval: ConfidenceInterval?) -> String { interval.map { numbers.interval($0) } ?? "–" }

    /// The rule that small groups show their count only, with the minimum group size.
    var suppressionRule: String {
        let minimum = report.summary.minimumGroupSize
        return strings.suppressionRule.filled([
            "respondents": strings.phrase(\.respondentCount, minimum, number: numbers.integer(minimum))
        ])
    }

    /// An export layout as the report names it: the survey tool, or the generic template in words.
    func layoutName(_ layout: ExportLayout?) -> String {
        guard let layout else { return "–" }
        return layout == .generic ? strings.genericLayout : layout.displayName
    }

    /// What stands in a cell of a group too small to show: its number of respondents, in words.
    func suppressedCell(_ respondents: Int) -> String {
        strings.suppressedCell.filled(["n": numbers.integer(respondents)])
    }

    /// The divergence lines by kind, each kind with its section title; kinds without lines are left out.
    var divergenceSections: [(kind: Divergence.Kind, title: String, lines: [DivergenceLine])] {
        [(Divergence.Kind.perspectives, strings.divergence), (.trekkersVersusMembers, strings.trekkersAndMembers)]
            .map { kind, title in (kind, title, report.divergences.filter { $0.kind == kind }) }
            .filter { !$0.lines.isEmpty }
    }

    /// How a divergence reads: the spread between perspectives, or trekkers minus members with its sign.
    func difference(_ line: DivergenceLine) -> String {
        line.kind == .perspectives ? numbers.decimal(line.difference) : numbers.signed(line.difference)
    }

    /// The counts at the head of the data quality section, labelled and in reading order.
    var qualityFacts: [(label: String, count: Int)] {
        let quality = report.dataQuality
        let minimum = quality.straightlinerMinimumItems
        let straightliners = strings.straightliners.filled([
            "statements": strings.phrase(\.statementCount, minimum, number: numbers.integer(minimum))
        ])
        return [
            (strings.rowsRead, quality.rowsRead), (strings.rowsRejected, quality.rowsRejected),
            (strings.respondents, quality.respondents), (straightliners, quality.straightliners),
            (strings.duplicateIds, quality.duplicateIds),
        ] + quality.multiSelect.map { ($0.label, $0.count) }
    }

    /// The policy's settings as rows of label and value, in the method section's order.
    var policyRows: [[String]] {
        let policy = report.method.policy
        return [
            [strings.minimumAnsweredFraction, numbers.percent(policy.minimumAnsweredFraction)],
            [strings.minimumGroupSize, numbers.integer(policy.minimumGroupSize)],
            [strings.divergenceThreshold, numbers.decimal(policy.divergenceThreshold, digits: 1)],
            [strings.strengthThreshold, numbers.decimal(report.bands.strength, digits: 1)],
            [strings.attentionThreshold, numbers.decimal(report.bands.attention, digits: 1)],
            [strings.straightlinerMinimumItems, numbers.integer(policy.straightlinerMinimumItems)],
        ]
    }
}
