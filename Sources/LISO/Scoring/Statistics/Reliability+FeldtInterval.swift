extension Reliability {
    /// Feldt's confidence interval of Cronbach's alpha, exactly as `psych::alpha.ci(alpha, n.obs =
    /// n, n.var = k)` computes it:
    ///
    /// low = 1 − (1 − α) × F₁₋ₚ/₂(n − 1, (n − 1)(k − 1)),
    /// high = 1 − (1 − α) × Fₚ/₂(n − 1, (n − 1)(k − 1)),
    ///
    /// with p = 1 − `level` and F the exact quantile of the F distribution. Feldt (1965) derived it
    /// from (1 − α) / (1 − α̂) following that F distribution when the items are parallel.
    ///
    /// - Parameters:
    ///   - alpha: Cronbach's alpha.
    ///   - respondents: n, the respondents alpha was computed on (`alphaN`, listwise complete).
    ///   - items: k, the number of items.
    ///   - level: The confidence level, 0.95 by default.
    /// - Returns: `[low, high]`, or `nil` when n < 2, k < 2, alpha is not finite or the level is
    ///   not in (0, 1).
    package static func feldtInterval(alpha: Double, respondents n: Int, items k: Int, level: Double = 0.95)
        -> [Double]?
    {
        guard n >= 2, k >= 2, alpha.isFinite, level > 0, level < 1 else { return nil }
        let d1 = Double(n - 1)
        let d2 = Double(n - 1) * Double(k - 1)
        let tail = (1 - level) / 2
        guard let upperQuantile = FDistribution.quantile(1 - tail, degreesOfFreedom: d1, d2),
            let lowerQuantile = FDistribution.quantile(tail, degreesOfFreedom: d1, d2)
        else { return nil }
        return [1 - (1 - alpha) * upperQuantile, 1 - (1 - alpha) * lowerQuantile]
    }
}
