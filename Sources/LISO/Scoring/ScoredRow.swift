/// One response decoded against the plan: the histogram bin of every item, element scores, and
/// the row's contribution to every moment. Computed once per row, then added to each of the
/// row's groups; its buffers are reused from row to row.
struct ScoredRow: Sendable {
    /// The absolute histogram bin of each item.
    var bins: [Int]
    /// Whether each element has a score (enough items answered).
    var hasScore: [Bool]
    /// Whether each element has every item answered (enters alpha).
    var isComplete: [Bool]
    /// The element score of each element, where it has one.
    var scores: [Double]
    /// The total of the keyed item values of each complete element.
    var totals: [Double]
    /// The row's terms, laid out like the moments buffer (the compensation slots stay 0).
    var moments: [Double]
    /// Answered items, and whether they all share one raw value (straightlining).
    var answeredCount = 0
    /// Whether every answered item has the same raw value.
    var allSameValue = true
    /// Whether the row is a respondent (any value or "don't know").
    var isRespondent = false

    init(plan: ScoringPlan) {
        bins = [Int](repeating: 0, count: plan.itemElement.count)
        hasScore = [Bool](repeating: false, count: plan.elements.count)
        isComplete = hasScore
        scores = [Double](repeating: 0, count: plan.elements.count)
        totals = scores
        moments = [Double](repeating: 0, count: plan.momentCount)
    }

    /// Decodes `answers` against `plan`. Missing trailing answers count as unanswered.
    ///
    /// - Complexity: O(*items* + Σ *kₑ*²) over the elements' item counts *kₑ*.
    mutating func decode(_ answers: [Answer], plan: ScoringPlan) {
        answeredCount = 0
        allSameValue = true
        isRespondent = false
        var firstRaw = 0.0
        for item in 0..<plan.itemElement.count {
            let offset = plan.itemBinOffset[item]
            let valueCount = plan.itemScaleValues[item].count
            let answer = item < answers.count ? answers[item] : .unanswered
            switch answer {
            case .value(let raw):
                if let index = plan.valueIndex(item: item, value: raw) {
                    bins[item] = offset + index
                    isRespondent = true
                    if answeredCount == 0 { firstRaw = raw } else if raw != firstRaw { allSameValue = false }
                    answeredCount += 1
                } else {
                    bins[item] = offset + valueCount + 2
                }
            case .dontKnow:
                bins[item] = offset + valueCount
                isRespondent = true
            case .unanswered:
                bins[item] = offset + valueCount + 1
            case .invalid:
                bins[item] = offset + valueCount + 2
            }
        }
        for (e, layout) in plan.elements.enumerated() {
            decodeElement(e, layout: layout, plan: plan)
        }
    }

    private mutating func decodeElement(_ e: Int, layout: ScoringPlan.ElementLayout, plan: ScoringPlan) {
        var sum = 0.0
        var answered = 0
        let k = layout.items.count
        for (position, item) in layout.items.enumerated() {
            let offset = plan.itemBinOffset[item]
            let index = bins[item] - offset
            if index < plan.itemScaleValues[item].count {
                let value = plan.keyed(item: item, value: plan.itemScaleValues[item][index])
                sum += value
                answered += 1
                moments[layout.itemSumIndex(position)] = value
            }
        }
        hasScore[e] = answered > 0 && answered >= layout.required
        isComplete[e] = k > 0 && answered == k
        if hasScore[e] {
            let score = sum / Double(answered)
            scores[e] = score
            moments[layout.momentOffset] = score
            moments[layout.momentOffset + 2] = score * score
        }
        guard isComplete[e] else { return }
        totals[e] = sum
        for i in 0..<k {
            let xi = moments[layout.itemSumIndex(i)]
            for j in i..<k {
                moments[layout.crossIndex(i, j)] = xi * moments[layout.itemSumIndex(j)]
            }
        }
    }
}
