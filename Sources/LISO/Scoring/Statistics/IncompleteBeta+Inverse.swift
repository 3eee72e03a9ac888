import Foundation

extension IncompleteBeta {
    /// The inverse of the regularized incomplete beta function: the x with I_x(a, b) = `lower`,
    /// where `upper` = 1 − `lower` is given as well so that a probability close to 1 keeps its
    /// digits (R: `qbeta(lower, a, b)`).
    ///
    /// Solves on the side whose tail is at most ½ (I_x(a, b) = p, or I_y(b, a) = 1 − p) by
    /// safeguarded Newton iteration, bracketed by bisection, to full double precision. Both x and
    /// y = 1 − x are returned: the one on the solved side keeps its full relative accuracy, so
    /// that a ratio such as x / y stays accurate in either tail.
    ///
    /// - Returns: `nil` when a or b is not positive and finite, or the probabilities are not in
    ///   [0, 1] or do not add up to 1.
    package static func inverse(lower: Double, upper: Double, a: Double, b: Double) -> (x: Double, y: Double)? {
        guard a > 0, b > 0, a.isFinite, b.isFinite, lower >= 0, upper >= 0, abs(lower + upper - 1) < 1e-12 else {
            return nil
        }
        if lower == 0 { return (0, 1) }
        if upper == 0 { return (1, 0) }
        if lower <= upper {
            guard let x = smallerTailRoot(target: lower, a: a, b: b) else { return nil }
            return (x.root, x.complement)
        }
        guard let y = smallerTailRoot(target: upper, a: b, b: a) else { return nil }
        return (y.complement, y.root)
    }

    /// The x with I_x(a, b) = `target` (0 < `target` ≤ ½), and 1 − x.
    private static func smallerTailRoot(target: Double, a: Double, b: Double) -> (root: Double, complement: Double)? {
        let logBeta = logBeta(a, b)
        var low = 0.0
        var high = 1.0
        // I_x(a, b) ≈ x^a / (a B(a, b)) for small x: a starting point that is good in the tail.
        var x = min(0.5, exp((log(target) + log(a) + logBeta) / a))
        if !(x > 0) { x = 0.5 }
        for _ in 0..<2_000 {
            guard let value = regularized(x: x, y: 1 - x, a: a, b: b) else { return nil }
            let difference = value - target
            if difference == 0 { return (x, 1 - x) }
            if difference > 0 { high = x } else { low = x }
            let logDensity = (a - 1) * log(x) + (b - 1) * log1p(-x) - logBeta
            var next = x - difference / exp(logDensity)
            if !(next > low && next < high) {
                // Bisect, geometrically while the bracket spans orders of magnitude.
                next = low > 0 && high / low > 4 ? (low * high).squareRoot() : (low == 0 ? high / 16 : (low + high) / 2)
            }
            if abs(next - x) <= 2e-16 * next || high - low <= 2e-16 * high { return (next, 1 - next) }
            x = next
        }
        return (x, 1 - x)
    }
}
