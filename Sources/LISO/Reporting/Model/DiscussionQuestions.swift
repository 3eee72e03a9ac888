import Foundation

/// Chooses three to five questions for a meeting from the framework's working elements: for the
/// element the perspectives see most differently, for the largest gap between the lead and the
/// members, and for the weakest elements, each asked with the working element that matters most
/// in the network's phase. Each element is asked about once; when fewer than three elements
/// qualify, a further working element of a weak element, then a strength, fills up.
struct DiscussionQuestions {
    /// The fewest questions chosen when there are figures.
    static let minimum = 3
    /// The most questions chosen.
    static let maximum = 5
    /// The most weak elements asked about.
    static let weakest = 3

    let labels: ReportLabels
    let numbers: NumberStyle
    let phase: Phase.ID?

    private var words: DiscussionWords { DiscussionWords(labels.language) }

    /// The questions for one set.
    ///
    /// - Parameters:
    ///   - elements: The set's element results; empty when the set is hidden.
    ///   - disputes: The perspective divergence of the set; the largest spread at or above
    ///     `disputeThreshold` is asked about.
    ///   - gaps: The gaps between the lead and the members; the largest is asked about.
    /// - Complexity: O(*e* × *w*) for *e* elements and *w* working elements per element.
    func choose(
        elements: [ElementResult], disputes: [Divergence], gaps: [TrekkerGap], disputeThreshold: Double
    ) -> [DiscussionQuestion] {
        let scored = elements.filter { $0.mean != nil }
        guard !scored.isEmpty else {
            return [words.generalGood, words.generalBetter, words.generalPeople].map {
                DiscussionQuestion(reason: .general, element: nil, why: "", question: $0)
            }
        }
        var questions: [DiscussionQuestion] = []
        var asked: [WorkingElement.ID] = []
        if let dispute = disputes.filter({ $0.difference >= disputeThreshold }).max(by: {
            $0.difference < $1.difference
        }) {
            questions.append(disputed(dispute, asked: &asked))
        }
        if let gap = gaps.max(by: { abs($0.difference) < abs($1.difference) }),
            !questions.contains(where: { $0.element == gap.element })
        {
            questions.append(trekker(gap))
        }
        let weak = scored.enumerated().filter { $0.element.band != .strength }
            .sorted { ($0.element.mean ?? 0, $0.offset) < ($1.element.mean ?? 0, $1.offset) }.map(\.element)
        for element in weak.prefix(Self.weakest) where questions.count < Self.maximum {
            guard !questions.contains(where: { $0.element == element.id }) else { continue }
            questions.append(self.weak(element, asked: &asked))
        }
        for element in weak where questions.count < Self.minimum {
            guard let statement = statement(of: element.id, asked: &asked) else { continue }
            questions.append(
                DiscussionQuestion(
                    reason: .weak, element: element.id, why: why(element),
                    question: words.statement.filled(["statement": statement])))
        }
        let strongest = scored.filter { $0.band == .strength }.sorted { ($0.mean ?? 0) > ($1.mean ?? 0) }
        for element in strongest where questions.count < Self.minimum {
            guard !questions.contains(where: { $0.element == element.id }) else { continue }
            let name = labels.element(element.id)
            questions.append(
                DiscussionQuestion(
                    reason: .strong, element: element.id,
                    why: words.strong.filled(["element": name, "mean": number(element.mean)]),
                    question: words.strongQuestion.filled(["element": name])))
        }
        return questions
    }

    /// A question about one of the weakest elements.
    private func weak(_ element: ElementResult, asked: inout [WorkingElement.ID]) -> DiscussionQuestion {
        let question =
            statement(of: element.id, asked: &asked).map { words.statement.filled(["statement": $0]) }
            ?? words.element.filled(["element": labels.element(element.id)])
        return DiscussionQuestion(reason: .weak, element: element.id, why: why(element), question: question)
    }

    /// Why a weak element is asked about.
    private func why(_ element: ElementResult) -> String {
        words.weak.filled([
            "element": labels.element(element.id), "band": element.band.map(labels.strings.label) ?? "",
            "mean": number(element.mean),
        ])
    }

    /// A question about the element the perspectives see most differently.
    private func disputed(_ dispute: Divergence, asked: inout [WorkingElement.ID]) -> DiscussionQuestion {
        let name = labels.element(dispute.element)
        let why = words.disputed.filled([
            "element": name, "highest": labels.compared(dispute.highest, kind: .perspectives),
            "highestMean": number(dispute.means[dispute.highest]),
            "lowest": labels.compared(dispute.lowest, kind: .perspectives),
            "lowestMean": number(dispute.means[dispute.lowest]),
        ])
        let question =
            statement(of: dispute.element, asked: &asked).map { words.disputedQuestion.filled(["statement": $0]) }
            ?? words.element.filled(["element": name])
        return DiscussionQuestion(reason: .disputed, element: dispute.element, why: why, question: question)
    }

    /// A question about a gap between the lead and the members.
    private func trekker(_ gap: TrekkerGap) -> DiscussionQuestion {
        let values = [
            "element": gap.name, "trekker": number(gap.trekkerMean), "others": number(gap.othersMean),
        ]
        switch gap.kind {
        case .blindSpot:
            return DiscussionQuestion(
                reason: .blindSpot, element: gap.element, why: words.blindSpot.filled(values),
                question: words.blindSpotQuestion.filled(values))
        case .hiddenStrength:
            return DiscussionQuestion(
                reason: .hiddenStrength, element: gap.element, why: words.hiddenStrength.filled(values),
                question: words.hiddenStrengthQuestion.filled(values))
        }
    }

    /// The statement of the most relevant working element of `element` in the phase not asked
    /// about yet, without its final full stop; `nil` when there is none.
    private func statement(of element: CoreElement.ID, asked: inout [WorkingElement.ID]) -> String? {
        let candidates = Recommendation.workingElements(of: element, phase: phase, framework: labels.framework)
        for id in candidates where !asked.contains(id) {
            guard let text = labels.framework.workingElement(id)?.statement[labels.language], !text.isEmpty else {
                continue
            }
            asked.append(id)
            var statement = text.trimmingCharacters(in: .whitespaces)
            while let last = statement.last, ".!?".contains(last) { statement.removeLast() }
            return statement
        }
        return nil
    }

    private func number(_ value: Double?) -> String { value.map { numbers.decimal($0) } ?? "–" }
}
