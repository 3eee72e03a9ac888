/// Within-group agreement rwg(j) (James, Demaree and Wolf), with the uniform null distribution.
package enum Agreement {
    /// The variance of a uniform answer over `options` equally likely scale values: (A² − 1) / 12.
    package static func uniformNullVariance(options: Int) -> Double {
        (Double(options) * Double(options) - 1) / 12
    }

    /// rwg(j) = J(1 − r) / (J(1 − r) + r), with r the mean over the J items of the observed item
    /// variance divided by its null variance (s̄² / σ²E when the items share a scale).
    ///
    /// When the observed variance reaches the null variance (r ≥ 1), agreement is no better
    /// than chance and rwg(j) is 0; the result is clamped to [0, 1].
    ///
    /// - Returns: `nil` without items or when a null variance is not positive.
    package static func rwg(itemVariances: [Double], nullVariances: [Double]) -> Double? {
        guard !itemVariances.isEmpty, itemVariances.count == nullVariances.count,
            nullVariances.allSatisfy({ $0 > 0 })
        else { return nil }
        let j = Double(itemVariances.count)
        let ratio = zip(itemVariances, nullVariances).reduce(0.0) { $0 + $1.0 / $1.1 } / j
        guard ratio < 1 else { return 0 }
        let value = j * (1 - ratio) / (j * (1 - ratio) + ratio)
        return min(1, max(0, value))
    }
}
