extension Report {
    /// Builds a report of a result in one language.
    ///
    /// - Parameters:
    ///   - result: The scores, findings and diagnostics.
    ///   - instrument: The instrument the result was scored with; its item texts and scale appear.
    ///   - framework: The framework whose labels appear.
    ///   - language: The language of every label and fixed text.
    /// - Complexity: O(*g* × (*e* + *i*)) for *g* groups, *e* elements and *i* items.
    public init(
        result: EvaluationResult, instrument: Instrument, framework: EvaluationFramework = .liso2023,
        language: Language
    ) {
        let strings = ReportStrings(language)
        let labels = ReportLabels(framework: framework, language: language, strings: strings)
        let responseScale = Self.reportedScale(of: instrument)
        let scale = Self.scalePoints(responseScale, language: language)
        self.init(
            language: language, title: Self.title(result, strings: strings),
            instrumentTitle: result.instrument.title[language],
            summary: Self.summary(result, labels: labels),
            elements: Self.elementSections(result.overall, instrument: instrument, scale: scale, labels: labels),
            comparisons: Self.comparisons(result, framework: framework, labels: labels),
            divergences: result.divergence.map { divergence in
                DivergenceLine(
                    kind: divergence.kind, network: divergence.network, element: labels.element(divergence.element),
                    difference: divergence.difference,
                    highest: labels.compared(divergence.highest, kind: divergence.kind),
                    lowest: labels.compared(divergence.lowest, kind: divergence.kind), flagged: divergence.flagged)
            },
            recommendations: result.recommendations.map { recommendation in
                let questions = recommendation.workingElements.map {
                    labels.question($0, element: recommendation.element)
                }
                return RecommendationSection(
                    network: recommendation.network, phase: recommendation.phase.map(labels.phase),
                    element: labels.element(recommendation.element), band: recommendation.band,
                    mean: recommendation.mean,
                    questions: questions.isEmpty
                        ? [strings.fallbackQuestion.filled(["element": labels.element(recommendation.element)])]
                        : questions)
            },
            waves: result.comparison.map { comparison in
                WaveSection(
                    before: comparison.before, after: comparison.after,
                    rows: comparison.elements.map { WaveRow(name: labels.element($0.id), change: $0) })
            },
            dataQuality: Self.dataQuality(result, labels: labels),
            method: MethodSection(
                instrumentTitle: result.instrument.title[language], instrumentID: result.instrument.id,
                items: result.instrument.items, frameworkID: framework.id, frameworkName: framework.name[language],
                policy: result.policy, tool: result.tool),
            result: result, scale: scale,
            bands: result.policy.bands(on: responseScale?.bands ?? ResponseScale.Bands(minimum: 1, maximum: 5)))
        privacy = PrivacyNotice(
            for: result.overall, minimumGroupSize: result.policy.minimumGroupSize, language: language)
    }

    /// The report's title; it names the network when the result holds exactly one.
    private static func title(_ result: EvaluationResult, strings: ReportStrings) -> String {
        let networks = result.groups.filter { $0.dimensions == [.network] }
        guard networks.count == 1, let network = networks.first?.values.first else { return strings.title }
        return strings.titleOfOne.filled(["network": network])
    }

    /// The scale the report's distributions and bands use: the first item's, else the first.
    private static func reportedScale(of instrument: Instrument) -> ResponseScale? {
        instrument.items.first.flatMap { instrument.scale(of: $0) } ?? instrument.scales.first
    }

    /// The points of a scale with the instrument's own labels in the report's language.
    private static func scalePoints(_ scale: ResponseScale?, language: Language) -> [ScalePoint] {
        (scale?.values ?? []).sorted { $0.value < $1.value }.map { point in
            ScalePoint(value: point.value, label: point.label[language])
        }
    }

    /// Answers per scale point as respondents gave them: counts are stored after reverse keying,
    /// so a reverse-keyed item's counts are mirrored back, and the labels stay true to the answers.
    private static func distribution(_ result: ItemResult, reverse: Bool, scale: [ScalePoint]) -> [Int] {
        let (low, high) = (scale.first?.value ?? 0, scale.last?.value ?? 0)
        return scale.map { point in
            result.counts[ResponseScale.text(of: reverse ? low + high - point.value : point.value)] ?? 0
        }
    }

    private static func summary(_ result: EvaluationResult, labels: ReportLabels) -> ReportSummary {
        let single = result.groups.filter { $0.dimensions.count == 1 }
        var phases: [PhaseLine] = []
        if !result.overall.suppressed {
            phases.append(
                PhaseLine(group: labels.strings.allRespondents, phase: result.overall.phase.map(labels.phase)))
        }
        for group in single where group.dimensions == [.network] && !group.suppressed {
            phases.append(PhaseLine(group: labels.group(group), phase: group.phase.map(labels.phase)))
        }
        let ranked =
            result.overall.suppressed
            ? []
            : result.overall.elements.compactMap { element in
                element.mean.map {
                    ElementBrief(id: element.id, name: labels.element(element.id), mean: $0, band: element.band)
                }
            }
        let strongest = ranked.enumerated().sorted { ($0.element.mean, -$0.offset) > ($1.element.mean, -$1.offset) }
        return ReportSummary(
            respondents: result.respondents, rowsRead: result.rowsRead, groupCounts: single.map(labels.count),
            minimumGroupSize: result.policy.minimumGroupSize, phases: phases,
            strongest: strongest.prefix(3).map(\.element), weakest: strongest.reversed().prefix(3).map(\.element))
    }

    private static func elementSections(
        _ overall: GroupResult, instrument: Instrument, scale: [ScalePoint], labels: ReportLabels
    ) -> [ElementSection] {
        guard !overall.suppressed else { return [] }
        let answers = Dictionary(overall.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return overall.elements.map { element in
            let reliability = Dictionary(
                element.itemReliability.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let items = instrument.items.filter { $0.element == element.id }.compactMap { item -> ItemLine? in
                guard let result = answers[item.id] else { return nil }
                return ItemLine(
                    id: item.id, text: item.text[labels.language], reverse: item.reverse, answers: result,
                    distribution: distribution(result, reverse: item.reverse, scale: scale),
                    reliability: reliability[item.id])
            }
            return ElementSection(id: element.id, name: labels.element(element.id), score: element, items: items)
        }
    }
}
