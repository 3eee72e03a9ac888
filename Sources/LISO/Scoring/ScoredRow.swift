/// One response decoded against the plan: the histogram bin of every item, element scores, and
/// the row's contribution to every moment. Computed once per row, then added to each of the
/// row's groups; its two buffers are reused from row to row.
struct ScoredRow: Sendable {
    /// Per item the absolute histogram bin, then per element its state: 0 no score, 1 a score,
    /// 2 a score with every item answered (enters alpha).
    var integers: [Int]
    /// Per item its keyed value (stale when unanswered), per element its score and its total,
    /// then the row's terms laid out like the moments buffer (compensation slots stay 0).
    var reals: [Double]
    /// Answered items.
    var answeredCount = 0
    /// Whether every answered item has the same raw value.
    var allSameValue = true
    /// Whether the row is a respondent (any value or "don't know").
    var isRespondent = false

    init(tables: ScoringTables) {
        integers = [Int](repeating: 0, count: tables.itemCount + tables.elementCount)
        reals = [Double](repeating: 0, count: tables.itemCount + 2 * tables.elementCount + tables.pairCount)
    }

    /// Decodes `answers`. Missing trailing answers count as unanswered; a value that is not on
    /// the item's scale counts as invalid.
    ///
    /// - Complexity: O(*items* + Σ *kₑ*²) over the elements' item counts *kₑ*.
    mutating func decode(_ answers: [Answer], tables: ScoringTables) {
        var answered = 0
        var same = true
        var respondent = false
        var firstRaw = 0.0
        integers.withUnsafeMutableBufferPointer { integers in
            reals.withUnsafeMutableBufferPointer { reals in
                let bins = integers.baseAddress!
                let values = reals.baseAddress!
                for item in 0..<tables.itemCount {
                    let base = tables.binOffset[item]
                    let count = tables.valueCount[item]
                    let answer = item < answers.count ? answers[item] : .unanswered
                    switch answer {
                    case .value(let value):
                        let index = tables.valueIndex(item: item, value: value)
                        guard index >= 0 else {
                            bins[item] = base + count + 2
                            continue
                        }
                        bins[item] = base + index
                        values[item] = tables.keyedValues[tables.valueOffset[item] + index]
                        respondent = true
                        if answered == 0 { firstRaw = value } else if value != firstRaw { same = false }
                        answered += 1
                    case .dontKnow:
                        bins[item] = base + count
                        respondent = true
                    case .unanswered:
                        bins[item] = base + count + 1
                    case .invalid:
                        bins[item] = base + count + 2
                    }
                }
                Self.decodeElements(bins: bins, reals: values, tables: tables)
            }
        }
        answeredCount = answered
        allSameValue = same
        isRespondent = respondent
    }

    private static func decodeElements(
        bins: UnsafeMutablePointer<Int>, reals: UnsafeMutablePointer<Double>, tables: ScoringTables
    ) {
        let states = bins + tables.itemCount
        let scores = reals + tables.itemCount
        let totals = scores + tables.elementCount
        let moments = totals + tables.elementCount
        for e in 0..<tables.elementCount {
            let first = tables.itemStart[e]
            let k = tables.itemStart[e + 1] - first
            let base = tables.momentStart[e]
            var sum = 0.0
            var answered = 0
            for position in 0..<k {
                let item = tables.elementItems[first + position]
                let value = reals[item]
                moments[base + 4 + 2 * position] = value
                if bins[item] - tables.binOffset[item] < tables.valueCount[item] {
                    sum += value
                    answered += 1
                }
            }
            guard answered > 0, answered >= tables.required[e] else {
                states[e] = 0
                continue
            }
            let score = sum / Double(answered)
            scores[e] = score
            moments[base] = score
            moments[base + 2] = score * score
            guard answered == k else {
                states[e] = 1
                continue
            }
            states[e] = 2
            totals[e] = sum
            var cross = base + 4 + 2 * k
            for i in 0..<k {
                let xi = moments[base + 4 + 2 * i]
                for j in i..<k {
                    moments[cross] = xi * moments[base + 4 + 2 * j]
                    cross += 2
                }
            }
        }
    }
}
