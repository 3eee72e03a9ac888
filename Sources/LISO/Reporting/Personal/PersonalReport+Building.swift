extension PersonalReport {
    /// Builds the personal report of one person's answers.
    ///
    /// - Parameters:
    ///   - response: The person's answers, one per item of `instrument`, with their network,
    ///     role, perspective and phase.
    ///   - instrument: The questionnaire answered.
    ///   - framework: The framework whose labels, phases and working elements appear.
    ///   - language: The language of every label and fixed text.
    ///   - day: The day of the report.
    /// - Complexity: O(*i* + *e* × *w*) for *i* items, *e* elements and *w* working elements each.
    public init(
        response: Response, instrument: Instrument, framework: EvaluationFramework = .liso2023,
        language: Language, day: CalendarDay? = nil
    ) {
        var scorer = Scorer(instrument: instrument, framework: framework, policy: ScoringPolicy(minimumGroupSize: 1))
        scorer.add(response)
        let result = scorer.result()
        let labels = ReportLabels(framework: framework, language: language, strings: ReportStrings(language))
        let words = PersonalWords(language)
        let lines = zip(instrument.items, response.answers).map { item, answer in
            PersonalAnswer(
                item: item.id, statement: item.text[language], reverse: item.reverse, answer: answer,
                label: Self.label(answer, scale: instrument.scale(of: item), words: words, language: language))
        }
        let scale = instrument.items.first.flatMap { instrument.scale(of: $0) } ?? instrument.scales.first
        self.language = language
        title = response.network.map { words.titleOfNetwork.filled(["network": $0]) } ?? words.title
        network = response.network
        role = response.roles.first.map { labels.value($0.rawValue, of: .role) }
        perspective = response.perspectives.first.map { labels.value($0.rawValue, of: .perspective) }
        phase = response.phase.flatMap { framework.phase($0) }.map {
            PhaseNote(name: $0.name[language], explanation: $0.description[language])
        }
        self.day = day
        answered = lines.count { $0.answer == .dontKnow || Self.isValue($0.answer) }
        dontKnowCount = lines.count { $0.answer == .dontKnow }
        statements = instrument.items.count
        let ranked = result.overall.elements.enumerated().sorted { left, right in
            let (a, b) = (left.element.mean ?? -.infinity, right.element.mean ?? -.infinity)
            return a != b ? a > b : left.offset < right.offset
        }
        elements = ranked.map { _, element in
            PersonalElement(
                id: element.id, name: labels.element(element.id), score: element.mean, band: element.band,
                answers: zip(instrument.items, lines).filter { $0.0.element == element.id && $0.1.answer != .dontKnow }
                    .map(\.1))
        }
        dontKnow = lines.filter { $0.answer == .dontKnow }
        questions = DiscussionQuestions(labels: labels, numbers: NumberStyle(language), phase: response.phase)
            .choose(elements: result.overall.elements, disputes: [], gaps: [], disputeThreshold: .infinity)
        self.scale = MeetingReport.ScaleRange(low: scale?.minimum ?? 1, high: scale?.maximum ?? 5)
        bands = result.policy.bands(on: scale?.bands ?? ResponseScale.Bands(minimum: 1, maximum: 5))
        tool = result.tool
    }

    /// Whether an answer is a scale value.
    private static func isValue(_ answer: Answer) -> Bool {
        if case .value = answer { return true }
        return false
    }

    /// An answer in words: the scale's label for a value, else "don't know" or "not answered".
    private static func label(
        _ answer: Answer, scale: ResponseScale?, words: PersonalWords, language: Language
    ) -> String {
        switch answer {
        case .value(let value):
            let label = scale?.values.first { $0.value == value }?.label[language]
            return label.map { "\($0) (\(ResponseScale.text(of: value)))" } ?? ResponseScale.text(of: value)
        case .dontKnow: return words.dontKnow
        case .unanswered, .invalid: return words.noAnswer
        }
    }
}
