import Foundation

/// Student's t distribution: its density, tail probability and exact quantiles (no tables, no
/// normal approximation), for any positive, possibly fractional, degrees of freedom.
package enum StudentT {
    /// P(T > t) for T with `degreesOfFreedom` degrees of freedom.
    ///
    /// Uses P(|T| > t) = I_{ν/(ν + t²)}(ν/2, ½), with both arguments of the incomplete beta
    /// formed without subtraction.
    package static func upperTail(_ t: Double, degreesOfFreedom nu: Double) -> Double? {
        guard nu > 0, !t.isNaN else { return nil }
        if t.isInfinite { return t > 0 ? 0 : 1 }
        let square = t * t
        let x = nu / (nu + square)
        let y = square / (nu + square)
        guard let both = IncompleteBeta.regularized(x: x, y: y, a: nu / 2, b: 0.5) else { return nil }
        return t >= 0 ? both / 2 : 1 - both / 2
    }

    /// The cumulative distribution P(T ≤ t).
    package static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double? {
        upperTail(-t, degreesOfFreedom: nu)
    }

    /// The density of T at `t`.
    package static func density(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        let logNormaliser = IncompleteBeta.logGammaRatio(nu / 2, 0.5) + 0.5 * log(nu * Double.pi)
        return exp(-logNormaliser - (nu + 1) / 2 * log1p(t * t / nu))
    }

    /// The quantile: the t with P(T ≤ t) = `probability`.
    ///
    /// Solved by safeguarded Newton iteration on the tail probability, bracketed by bisection,
    /// to full double precision.
    ///
    /// - Returns: `nil` when `probability` is not in (0, 1) or the degrees of freedom are not
    ///   positive and finite.
    package static func quantile(_ probability: Double, degreesOfFreedom nu: Double) -> Double? {
        guard probability > 0, probability < 1, nu > 0, nu.isFinite else { return nil }
        if probability == 0.5 { return 0 }
        let tail = probability > 0.5 ? 1 - probability : probability
        guard let magnitude = upperQuantile(tail: tail, degreesOfFreedom: nu) else { return nil }
        return probability > 0.5 ? magnitude : -magnitude
    }

    /// The t > 0 with P(T > t) = `tail`, for 0 < `tail` < ½.
    static func upperQuantile(tail: Double, degreesOfFreedom nu: Double) -> Double? {
        var low = 0.0
        var high = 1.0
        while let probability = upperTail(high, degreesOfFreedom: nu), probability > tail {
            low = high
            high *= 2
            if high > 1e300 { return nil }
        }
        var t = (low + high) / 2
        for _ in 0..<400 {
            guard let probability = upperTail(t, degreesOfFreedom: nu) else { return nil }
            let difference = probability - tail
            if difference == 0 { return t }
            if difference > 0 { low = t } else { high = t }
            let slope = density(t, degreesOfFreedom: nu)
            var next = t + difference / slope
            if !(next > low && next < high) || slope == 0 { next = (low + high) / 2 }
            if abs(next - t) <= 1e-15 * abs(next) || high - low <= 4e-16 * high { return next }
            t = next
        }
        return t
    }

    /// The two-sided critical value for a `level` confidence interval, for example 2.262 for 95%
    /// and 9 degrees of freedom.
    package static func critical(level: Double = 0.95, degreesOfFreedom nu: Double) -> Double? {
        quantile(1 - (1 - level) / 2, degreesOfFreedom: nu)
    }
}
