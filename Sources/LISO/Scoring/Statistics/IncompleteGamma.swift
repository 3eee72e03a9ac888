import Foundation

/// The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x), and the
/// chi-square tail probability built on them.
package enum IncompleteGamma {
    /// Q(a, x) = Γ(a, x) / Γ(a), the upper tail, with full relative accuracy also when it is tiny.
    ///
    /// Uses the power series of P for x < a + 1 (where Q is not small) and the continued
    /// fraction of Q (modified Lentz) otherwise.
    ///
    /// - Returns: `nil` when a ≤ 0, x < 0 or either is not finite.
    package static func upper(a: Double, x: Double) -> Double? {
        guard a > 0, x >= 0, a.isFinite, x.isFinite else { return nil }
        if x == 0 { return 1 }
        if x < a + 1 {
            guard let lower = series(a: a, x: x) else { return nil }
            return 1 - lower
        }
        return continuedFraction(a: a, x: x)
    }

    /// P(a, x) = γ(a, x) / Γ(a), the lower tail.
    ///
    /// - Returns: `nil` when a ≤ 0, x < 0 or either is not finite.
    package static func lower(a: Double, x: Double) -> Double? {
        guard a > 0, x >= 0, a.isFinite, x.isFinite else { return nil }
        if x == 0 { return 0 }
        if x < a + 1 { return series(a: a, x: x) }
        return continuedFraction(a: a, x: x).map { 1 - $0 }
    }

    /// The upper tail of the chi-square distribution, P(χ² > x) = Q(ν/2, x/2)
    /// (R: `pchisq(x, df, lower.tail = FALSE)`).
    package static func chiSquareUpperTail(_ x: Double, degreesOfFreedom nu: Double) -> Double? {
        guard nu > 0, !x.isNaN else { return nil }
        if x <= 0 { return 1 }
        if x.isInfinite { return 0 }
        return upper(a: nu / 2, x: x / 2)
    }

    /// The logarithm of the common factor xᵃ e⁻ˣ / Γ(a).
    private static func logFront(a: Double, x: Double) -> Double { a * log(x) - x - lgamma(a) }

    /// P(a, x) = xᵃ e⁻ˣ / Γ(a + 1) × Σₙ xⁿ / ((a + 1)…(a + n)).
    private static func series(a: Double, x: Double) -> Double? {
        var term = 1 / a
        var sum = term
        var denominator = a
        for _ in 0..<100_000 {
            denominator += 1
            term *= x / denominator
            sum += term
            if abs(term) < abs(sum) * 1e-17 { return min(1, sum * exp(logFront(a: a, x: x))) }
        }
        return nil
    }

    /// Q(a, x) by its continued fraction 1 / (x + 1 − a − 1(1 − a) / (x + 3 − a − …)).
    private static func continuedFraction(a: Double, x: Double) -> Double? {
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var result = d
        for i in 1...100_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            result *= delta
            if abs(delta - 1) < 3e-16 { return min(1, exp(logFront(a: a, x: x)) * result) }
        }
        return nil
    }
}
