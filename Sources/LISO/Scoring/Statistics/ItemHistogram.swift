/// The answers of one item in one group as a histogram over its keyed scale values: what a
/// streaming scorer keeps per item. Means, variances and absolute deviations follow exactly from
/// it, over every respondent who answered the item (pairwise, not listwise).
package struct ItemHistogram: Hashable, Sendable {
    /// The keyed scale values (after reverse keying), in any order.
    package var values: [Double]
    /// The number of answers per value, parallel to ``values``.
    package var counts: [Int]

    /// Creates a histogram; `counts` is parallel to `values`.
    package init(values: [Double], counts: [Int]) {
        precondition(values.count == counts.count, "one count per value expected")
        self.values = values
        self.counts = counts
    }

    /// The number of answers.
    package var count: Int { counts.reduce(0, +) }

    /// The mean answer Σ cᵥv / n; `nil` without answers.
    package var mean: Double? {
        let n = count
        guard n > 0 else { return nil }
        var sum = 0.0
        for (value, count) in zip(values, counts) { sum += Double(count) * value }
        return sum / Double(n)
    }

    /// The sample variance Σ cᵥ(v − mean)² / (n − 1), in two passes; `nil` when n < 2.
    package var variance: Double? {
        let n = count
        guard n >= 2, let mean else { return nil }
        var squares = 0.0
        for (value, count) in zip(values, counts) { squares += Double(count) * (value - mean) * (value - mean) }
        return squares / Double(n - 1)
    }

    /// The mean absolute deviation from the mean, Σ cᵥ|v − mean| / n; `nil` without answers.
    package var meanAbsoluteDeviation: Double? {
        let n = count
        guard n > 0, let mean else { return nil }
        var sum = 0.0
        for (value, count) in zip(values, counts) { sum += Double(count) * abs(value - mean) }
        return sum / Double(n)
    }
}
