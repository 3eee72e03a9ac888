/// A running sum with Neumaier compensation: the rounding error of every addition is carried in
/// a second term, so sums of millions of fractions keep their digits and two partial sums merge
/// to the same value as one pass (to about one unit in the last place).
package struct CompensatedSum: Hashable, Sendable {
    /// The rounded running sum.
    package var sum: Double = 0
    /// The accumulated rounding error of ``sum``.
    package var compensation: Double = 0

    /// Creates an empty sum.
    package init() {}

    /// The compensated value of the sum.
    package var value: Double { sum + compensation }

    /// Adds one term.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    package mutating func add(_ term: Double) {
        let total = sum + term
        if abs(sum) >= abs(term) {
            compensation += (sum - total) + term
        } else {
            compensation += (term - total) + sum
        }
        sum = total
    }
}

/// Neumaier-compensated addition into a flat buffer of `(sum, compensation)` pairs, the layout
/// the group accumulators use so that one row touches contiguous memory.
enum Compensated {
    /// Adds `term` to the pair stored at `index` and `index + 1`.
    @inline(__always)
    static func add(_ term: Double, into buffer: UnsafeMutablePointer<Double>, at index: Int) {
        let sum = buffer[index]
        let total = sum + term
        if abs(sum) >= abs(term) {
            buffer[index + 1] += (sum - total) + term
        } else {
            buffer[index + 1] += (term - total) + sum
        }
        buffer[index] = total
    }

    /// The compensated value of the pair stored at `index` and `index + 1`.
    @inline(__always)
    static func value(_ buffer: [Double], at index: Int) -> Double { buffer[index] + buffer[index + 1] }
}
