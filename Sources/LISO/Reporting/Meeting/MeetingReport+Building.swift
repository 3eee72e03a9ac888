extension MeetingReport {
    /// The most disagreements a section lists.
    static let disagreementsShown = 3

    /// Builds the meeting report of a result in one language.
    ///
    /// - Parameters:
    ///   - result: The scores and findings; the report shows what it shows, nothing more.
    ///   - instrument: The instrument the result was scored with; its scale sets the range.
    ///   - framework: The framework whose labels, phases and working elements appear.
    ///   - language: The language of every label and fixed text.
    ///   - day: The day the report is for, printed at the top of each section.
    ///   - wavesByNetwork: The waves found per network name, printed with each section; the
    ///     section for all respondents lists every wave.
    /// - Complexity: O(*n* × (*e* + *d*)) for *n* networks, *e* elements and *d* divergence findings.
    public init(
        result: EvaluationResult, instrument: Instrument, framework: EvaluationFramework = .liso2023,
        language: Language, day: CalendarDay? = nil, wavesByNetwork: [String: [String]] = [:]
    ) {
        let labels = ReportLabels(framework: framework, language: language, strings: ReportStrings(language))
        let scale = instrument.items.first.flatMap { instrument.scale(of: $0) } ?? instrument.scales.first
        let range = ScaleRange(low: scale?.minimum ?? 1, high: scale?.maximum ?? 5)
        self.language = language
        self.day = day
        instrumentTitle = result.instrument.title[language]
        minimumGroupSize = result.policy.minimumGroupSize
        self.scale = range
        bands = result.policy.bands(on: scale?.bands ?? ResponseScale.Bands(minimum: 1, maximum: 5))
        gapThreshold = (range.high - range.low) / 3
        tool = result.tool
        let networks = result.groups.filter { $0.dimensions == [.network] }
        let order = WaveOrder()
        let builder = SectionBuilder(
            result: result, labels: labels, gapThreshold: gapThreshold, words: MeetingWords(language))
        if networks.isEmpty {
            let waves = order.sorted(Array(Set(wavesByNetwork.values.joined())))
            sections = [builder.section(result.overall, network: nil, waves: waves)]
        } else {
            sections = networks.map { group in
                let name = group.values.first ?? ""
                return builder.section(group, network: name, waves: order.sorted(wavesByNetwork[name] ?? []))
            }
        }
    }
}

/// Builds the section of one network from the result's findings about it.
private struct SectionBuilder {
    let result: EvaluationResult
    let labels: ReportLabels
    let gapThreshold: Double
    let words: MeetingWords

    func section(_ group: GroupResult, network: String?, waves: [String]) -> MeetingSection {
        let title = network.map { words.titleOfNetwork.filled(["network": $0]) } ?? words.title
        let phase = group.phase.flatMap { labels.framework.phase($0) }.map {
            PhaseNote(name: $0.name[labels.language], explanation: $0.description[labels.language])
        }
        let questions = DiscussionQuestions(labels: labels, numbers: NumberStyle(labels.language), phase: group.phase)
        if let privacy = PrivacyNotice(
            for: group, minimumGroupSize: result.policy.minimumGroupSize, language: labels.language)
        {
            return MeetingSection(
                network: network, title: title, respondents: group.respondents, waves: waves, phase: phase,
                privacy: privacy, elements: [], disagreements: [], trekkerCompared: false, gaps: [],
                questions: questions.choose(elements: [], disputes: [], gaps: [], disputeThreshold: 0))
        }
        let disputes = result.divergence.filter { $0.kind == .perspectives && $0.network == network }
        let comparisons = result.divergence.filter { $0.kind == .trekkersVersusMembers && $0.network == network }
        let gaps = comparisons.compactMap(gap)
        return MeetingSection(
            network: network, title: title, respondents: group.respondents, waves: waves, phase: phase,
            privacy: nil, elements: elements(group.elements, disputes: disputes),
            disagreements: disputes.sorted { $0.difference > $1.difference }
                .prefix(MeetingReport.disagreementsShown).map(disagreement),
            trekkerCompared: !comparisons.isEmpty, gaps: gaps,
            questions: questions.choose(
                elements: group.elements, disputes: disputes, gaps: gaps,
                disputeThreshold: result.policy.divergenceThreshold / 2))
    }

    /// The elements with their perspective spread, the largest spread first; in framework order
    /// when no spread is known.
    private func elements(_ results: [ElementResult], disputes: [Divergence]) -> [MeetingElement] {
        let lines = results.map { element in
            let dispute = disputes.first { $0.element == element.id }
            return MeetingElement(
                id: element.id, name: labels.element(element.id), score: element, spread: dispute?.difference,
                flagged: dispute?.flagged ?? false)
        }
        return lines.enumerated().sorted { left, right in
            let (a, b) = (left.element.spread ?? -1, right.element.spread ?? -1)
            return a != b ? a > b : left.offset < right.offset
        }.map(\.element)
    }

    private func disagreement(_ dispute: Divergence) -> MeetingDisagreement {
        MeetingDisagreement(
            id: dispute.element, name: labels.element(dispute.element),
            highest: labels.compared(dispute.highest, kind: .perspectives),
            highestMean: dispute.means[dispute.highest] ?? 0,
            lowest: labels.compared(dispute.lowest, kind: .perspectives),
            lowestMean: dispute.means[dispute.lowest] ?? 0, flagged: dispute.flagged)
    }

    /// The gap of one comparison of the lead and the members, when it is larger than the threshold.
    private func gap(_ comparison: Divergence) -> TrekkerGap? {
        guard let trekker = comparison.means[Divergence.trekker.rawValue],
            let others = comparison.means[Divergence.others], abs(trekker - others) > gapThreshold
        else { return nil }
        return TrekkerGap(
            element: comparison.element, name: labels.element(comparison.element), trekkerMean: trekker,
            othersMean: others, kind: trekker > others ? .blindSpot : .hiddenStrength)
    }
}
