/// An "at least this much" decision that does not depend on the last bit of a floating-point
/// sum: a band boundary (4.0, 3.0), the divergence threshold (1.0), a trekker gap, a shift in
/// the mix of perspectives. A mean of 3.6 computed as 3.5999999999999996, or a spread of
/// 4.6 − 3.6 = 0.9999999999999996, reaches a threshold of 3.6 or 1.0 as the exact value would.
///
/// The rule: x reaches t when x ≥ t − ε × s, with ε = 10⁻¹² and the scale s the largest of 1,
/// |x|, |t| and the magnitude of the operands x was computed from (for a difference a − b, the
/// larger of |a| and |b|).
///
/// Why 10⁻¹²: the rounding error of a mean, a merged partial result or a difference of two means
/// is a few units in the last place of its operands, below 10⁻¹⁵ × s; 10⁻¹² leaves a thousandfold
/// margin for longer chains of arithmetic. A true value, on the other hand, never lies that close
/// to a threshold without being on it: an element mean of n respondents over k items is a
/// fraction with a denominator dividing n × lcm(1…k), and a threshold with one decimal has
/// denominator 10, so an honest gap is at least 1 / (10 n lcm(1…k)), about 2 × 10⁻⁹ for a
/// million respondents and five items. Reports print two decimals, far coarser than either.
package struct Threshold: Hashable, Sendable {
    /// The relative tolerance ε: 10⁻¹².
    package static let relativeTolerance = 1e-12

    /// The threshold t.
    package var value: Double

    /// Creates a threshold.
    package init(_ value: Double) { self.value = value }

    /// Whether `x` is at least the threshold, up to the rounding of a computation whose operands
    /// were at most `magnitude` in size.
    package func isReached(by x: Double, magnitude: Double = 0) -> Bool {
        guard !x.isNaN else { return false }
        let scale = max(1, abs(x), abs(value), abs(magnitude))
        return x >= value - Self.relativeTolerance * scale
    }

    /// Whether the difference `a − b` is at least the threshold (a spread of means: highest
    /// minus lowest).
    package func isReached(byDifferenceOf a: Double, minus b: Double) -> Bool {
        isReached(by: a - b, magnitude: max(abs(a), abs(b)))
    }

    /// Whether the size of the gap |a − b| is at least the threshold (a trekker gap in either
    /// direction).
    package func isReached(byGapBetween a: Double, and b: Double) -> Bool {
        isReached(by: abs(a - b), magnitude: max(abs(a), abs(b)))
    }

    /// Whether `x` is below the threshold: the negation of ``isReached(by:magnitude:)``.
    package func isBelow(_ x: Double, magnitude: Double = 0) -> Bool { !isReached(by: x, magnitude: magnitude) }
}
