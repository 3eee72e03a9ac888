/// Two independent samples, each given by its size, mean and sample standard deviation: the
/// Welch confidence interval of the difference and Hedges' g.
package struct TwoSample: Hashable, Sendable {
    /// The size, mean and sample SD of one sample.
    package struct Side: Hashable, Sendable {
        /// The sample size.
        package var n: Int
        /// The sample mean.
        package var mean: Double
        /// The sample standard deviation (n − 1 denominator).
        package var sd: Double

        /// Creates a side.
        package init(n: Int, mean: Double, sd: Double) {
            self.n = n
            self.mean = mean
            self.sd = sd
        }
    }

    /// The earlier sample.
    package var first: Side
    /// The later sample.
    package var second: Side

    /// Creates a comparison of `second` with `first`.
    package init(_ first: Side, _ second: Side) {
        self.first = first
        self.second = second
    }

    /// The difference of the means, second minus first.
    package var difference: Double { second.mean - first.mean }

    /// The Welch–Satterthwaite degrees of freedom:
    /// (v₁ + v₂)² / (v₁² / (n₁ − 1) + v₂² / (n₂ − 1)), with vᵢ = sᵢ² / nᵢ; `nil` when a side has
    /// fewer than two values or both have no spread.
    package var welchDegreesOfFreedom: Double? {
        guard first.n >= 2, second.n >= 2 else { return nil }
        let v1 = first.sd * first.sd / Double(first.n)
        let v2 = second.sd * second.sd / Double(second.n)
        let denominator = v1 * v1 / Double(first.n - 1) + v2 * v2 / Double(second.n - 1)
        guard denominator > 0 else { return nil }
        return (v1 + v2) * (v1 + v2) / denominator
    }

    /// The Welch confidence interval of the difference: difference ± t(df) × √(v₁ + v₂).
    package func welchInterval(level: Double = 0.95) -> ConfidenceInterval? {
        guard let df = welchDegreesOfFreedom, let t = StudentT.critical(level: level, degreesOfFreedom: df) else {
            return nil
        }
        let v1 = first.sd * first.sd / Double(first.n)
        let v2 = second.sd * second.sd / Double(second.n)
        let half = t * (v1 + v2).squareRoot()
        return ConfidenceInterval(centre: difference, halfWidth: half)
    }

    /// Hedges' g: the difference over the pooled SD
    /// √(((n₁ − 1)s₁² + (n₂ − 1)s₂²) / (n₁ + n₂ − 2)), times J = 1 − 3 / (4(n₁ + n₂) − 9).
    /// `nil` when a side has fewer than two values or the pooled SD is 0.
    package var hedgesG: Double? {
        guard first.n >= 2, second.n >= 2 else { return nil }
        let n = Double(first.n + second.n)
        let pooled =
            (Double(first.n - 1) * first.sd * first.sd + Double(second.n - 1) * second.sd * second.sd) / (n - 2)
        guard pooled > 0 else { return nil }
        return difference / pooled.squareRoot() * (1 - 3 / (4 * n - 9))
    }
}
