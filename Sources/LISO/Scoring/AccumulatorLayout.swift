/// Where each figure lives in the two flat buffers of a ``GroupAccumulator``; the only type that
/// computes offsets into them.
///
/// `counts`: the histogram bins of every item (``ScoringPlan/itemBinOffset``), then per element
/// the respondents with a score, then per element those who answered every item.
/// `moments`: the compensated pairs of ``ScoringPlan/ElementLayout``, then per element four
/// extremes: lowest and highest score, lowest and highest complete total.
struct AccumulatorLayout: Sendable {
    /// Histogram bins of all items.
    let binCount: Int
    /// Elements in the plan.
    let elementCount: Int
    /// Doubles of compensated pairs, before the extremes.
    let pairCount: Int

    /// The offset of the lowest score within an element's extremes.
    static let lowestScore = 0
    /// The offset of the highest score within an element's extremes.
    static let highestScore = 1
    /// The offset of the lowest complete total within an element's extremes.
    static let lowestTotal = 2
    /// The offset of the highest complete total within an element's extremes.
    static let highestTotal = 3
    /// Extremes per element.
    static let extremesPerElement = 4

    /// The layout of a plan's accumulators.
    init(plan: ScoringPlan) {
        binCount = plan.binCount
        elementCount = plan.elements.count
        pairCount = plan.momentCount
    }

    /// Integers in the `counts` buffer.
    var countsSize: Int { binCount + 2 * elementCount }
    /// Doubles in the `moments` buffer.
    var momentsSize: Int { pairCount + Self.extremesPerElement * elementCount }

    /// The index of the count of respondents with a score for element `e`.
    @inline(__always)
    func scoredIndex(_ e: Int) -> Int { binCount + e }

    /// The index of the count of respondents who answered every item of element `e`.
    @inline(__always)
    func completeIndex(_ e: Int) -> Int { binCount + elementCount + e }

    /// The index of the first of element `e`'s four extremes.
    @inline(__always)
    func extremesIndex(_ e: Int) -> Int { pairCount + Self.extremesPerElement * e }
}
