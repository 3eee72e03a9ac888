import Foundation

/// The regularized incomplete beta function and the log-gamma differences it needs, accurate to
/// a few units in the last place, including for very large parameters.
package enum IncompleteBeta {
    /// The regularized incomplete beta function I_x(a, b), given both `x` and `y = 1 − x` so
    /// that neither loses digits when it is close to 1.
    ///
    /// Evaluated by the continued fraction of Didonato and Morris (modified Lentz), on the side
    /// of the symmetry I_x(a, b) = 1 − I_y(b, a) where it converges fast.
    ///
    /// - Returns: `nil` when the arguments are outside the function's domain.
    package static func regularized(x: Double, y: Double, a: Double, b: Double) -> Double? {
        guard a > 0, b > 0, x >= 0, y >= 0, x.isFinite, y.isFinite, abs(x + y - 1) < 1e-12 else { return nil }
        if x == 0 { return 0 }
        if y == 0 { return 1 }
        if x > (a + 1) / (a + b + 2) {
            guard let flipped = regularized(x: y, y: x, a: b, b: a) else { return nil }
            return 1 - flipped
        }
        let logFront = a * log(x) + b * log(y) - logBeta(a, b)
        guard let fraction = continuedFraction(x: x, a: a, b: b) else { return nil }
        return exp(logFront) * fraction / a
    }

    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), without cancellation when a or b is large.
    package static func logBeta(_ a: Double, _ b: Double) -> Double {
        let small = min(a, b)
        let large = max(a, b)
        return lgamma(small) + logGammaRatio(large, small)
    }

    /// ln Γ(x) − ln Γ(x + h) for x > 0, h > 0. For x ≥ 10 it uses Stirling's series written so
    /// that the large terms cancel analytically, not numerically.
    package static func logGammaRatio(_ x: Double, _ h: Double) -> Double {
        guard x >= 10 else { return lgamma(x) - lgamma(x + h) }
        // (x − ½)ln x − (x + h − ½)ln(x + h) + h, rearranged around log1p(h / x).
        let main = -(x - 0.5) * log1p(h / x) - h * log(x + h) + h
        return main + stirlingCorrection(x) - stirlingCorrection(x + h)
    }

    /// δ(x) = ln Γ(x) − [(x − ½)ln x − x + ½ln 2π], by its asymptotic series (x ≥ 10).
    static func stirlingCorrection(_ x: Double) -> Double {
        let inverse = 1 / x
        let square = inverse * inverse
        // Bernoulli-number coefficients B₂ₖ / (2k(2k − 1)) for k = 1…7.
        let coefficients: [Double] = [
            1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360_360, 1.0 / 156,
        ]
        var series = 0.0
        for coefficient in coefficients.reversed() { series = series * square + coefficient }
        return series * inverse
    }

    /// The continued fraction of I_x(a, b), for x < (a + 1) / (a + b + 2).
    static func continuedFraction(x: Double, a: Double, b: Double) -> Double? {
        let tiny = 1e-300
        let epsilon = 1e-16
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var result = d
        for m in 1...100_000 {
            let m = Double(m)
            let m2 = 2 * m
            // Even step.
            var coefficient = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
            d = 1 + coefficient * d
            if abs(d) < tiny { d = tiny }
            c = 1 + coefficient / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            result *= d * c
            // Odd step.
            coefficient = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
            d = 1 + coefficient * d
            if abs(d) < tiny { d = tiny }
            c = 1 + coefficient / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            result *= delta
            if abs(delta - 1) < epsilon { return result }
        }
        return nil
    }
}
