import Foundation

/// Fisher's F distribution with d₁ and d₂ degrees of freedom (possibly fractional): its
/// distribution function and exact quantiles, built on the regularized incomplete beta function.
package enum FDistribution {
    /// P(F ≤ `f`) = I_x(d₁/2, d₂/2) with x = d₁f / (d₁f + d₂) (R: `pf(f, d1, d2)`).
    ///
    /// - Returns: `nil` when a degree of freedom is not positive or `f` is NaN.
    package static func cdf(_ f: Double, degreesOfFreedom d1: Double, _ d2: Double) -> Double? {
        guard d1 > 0, d2 > 0, !f.isNaN else { return nil }
        if f <= 0 { return 0 }
        if f.isInfinite { return 1 }
        let denominator = d1 * f + d2
        return IncompleteBeta.regularized(x: d1 * f / denominator, y: d2 / denominator, a: d1 / 2, b: d2 / 2)
    }

    /// The quantile: the f with P(F ≤ f) = `probability` (R: `qf(probability, d1, d2)`).
    ///
    /// Inverts the incomplete beta for x and y = 1 − x and returns f = (d₂ / d₁) × x / y, so both
    /// tails keep their relative accuracy.
    ///
    /// - Returns: `nil` when `probability` is not in (0, 1) or a degree of freedom is not
    ///   positive and finite.
    package static func quantile(_ probability: Double, degreesOfFreedom d1: Double, _ d2: Double) -> Double? {
        guard probability > 0, probability < 1, d1 > 0, d2 > 0, d1.isFinite, d2.isFinite,
            let root = IncompleteBeta.inverse(lower: probability, upper: 1 - probability, a: d1 / 2, b: d2 / 2),
            root.y > 0
        else { return nil }
        return d2 / d1 * (root.x / root.y)
    }
}
