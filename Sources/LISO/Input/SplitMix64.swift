/// A small, fast, seeded random source (SplitMix64): the same seed always gives the same
/// sequence, on every platform. For synthetic data and tests, never for secrets.
package struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's state.
    private var state: UInt64

    /// Creates a generator from a seed.
    package init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in `0..<1`.
    package mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniform integer in `0..<bound`; `bound` must be positive.
    package mutating func nextIndex(below bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// An approximately standard normal value (mean 0, variance 1, bounded by ±3): the scaled
    /// sum of three uniforms taken from one 64-bit draw.
    package mutating func nextNormal() -> Double {
        let bits = next()
        let mask: UInt64 = (1 << 21) - 1
        let sum = Double(bits & mask) + Double((bits >> 21) & mask) + Double((bits >> 42) & mask)
        return (sum * 0x1p-21 - 1.5) * 2
    }
}
