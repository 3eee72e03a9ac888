/// Count, mean and spread of a set of scores, with the Student's t confidence interval of the
/// mean. Absent figures are `nil`, never NaN.
package struct Summary: Hashable, Sendable {
    /// The number of scores.
    package var count: Int
    /// The mean; `nil` when there are no scores.
    package var mean: Double?
    /// The sum of squared deviations from the mean.
    package var centredSquares: Double

    /// Creates a summary from the mean and the sum of squared deviations.
    package init(count: Int, mean: Double?, centredSquares: Double) {
        self.count = count
        self.mean = count > 0 ? mean : nil
        self.centredSquares = max(0, centredSquares)
    }

    /// Creates a summary from running sums: Σx² − (Σx)² / n, clamped at 0. `isConstant`
    /// (every score equal) makes the spread exactly 0.
    package init(count: Int, sum: Double, sumOfSquares: Double, isConstant: Bool) {
        guard count > 0 else {
            self.init(count: 0, mean: nil, centredSquares: 0)
            return
        }
        let mean = sum / Double(count)
        self.init(count: count, mean: mean, centredSquares: isConstant ? 0 : sumOfSquares - sum * mean)
    }

    /// The sample variance (n − 1 denominator); `nil` when n < 2.
    package var variance: Double? { count >= 2 ? centredSquares / Double(count - 1) : nil }

    /// The sample standard deviation; `nil` when n < 2.
    package var standardDeviation: Double? { variance.map { $0.squareRoot() } }

    /// mean ± t(1 − (1 − level)/2, n − 1) × sd / √n; `nil` when n < 2.
    package func confidenceInterval(level: Double = 0.95) -> ConfidenceInterval? {
        guard let mean, let sd = standardDeviation,
            let t = StudentT.critical(level: level, degreesOfFreedom: Double(count - 1))
        else { return nil }
        let half = t * sd / Double(count).squareRoot()
        return ConfidenceInterval(centre: mean, halfWidth: half)
    }
}
