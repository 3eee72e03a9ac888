/// Whether the mix of perspectives differs clearly between two waves, so that a change between
/// them may be a change of who answered rather than of the network.
///
/// The rule: the mix *differs clearly* when, together,
/// 1. Pearson's chi-square test of homogeneity of the 2 × C table (waves × perspectives, without
///    continuity correction) gives p < 0.05 — the difference is unlikely to be chance;
/// 2. the total variation distance ½ Σ |p₁ − p₂| between the two waves' shares is at least 0.10 —
///    at least one respondent in ten would have to change perspective to turn one mix into the
///    other, large enough to matter (a big survey makes tiny shifts significant);
/// 3. the test can be trusted (Cochran): every expected count is at least 1 and at most 20% of
///    them are below 5. Otherwise nothing is claimed.
///
/// R: `chisq.test(table, correct = FALSE)` gives the statistic, degrees of freedom, p-value and
/// expected counts. A respondent who chose several perspectives counts in each (as in the
/// perspective groups), which overstates the evidence slightly.
package struct PerspectiveMix: Hashable, Sendable {
    /// The significance level of the test: 0.05.
    package static let significance = 0.05
    /// The smallest total variation distance that counts as a clear difference: 0.10.
    package static let minimumShift = 0.10

    /// The perspectives with respondents in either wave, sorted.
    package var perspectives: [String]
    /// Respondents per perspective in the earlier wave, parallel to ``perspectives``.
    package var before: [Int]
    /// Respondents per perspective in the later wave, parallel to ``perspectives``.
    package var after: [Int]
    /// Pearson's X² = Σ (O − E)² / E over the 2 × C cells.
    package var chiSquare: Double
    /// C − 1.
    package var degreesOfFreedom: Int
    /// P(χ² > X²) with ``degreesOfFreedom`` degrees of freedom.
    package var pValue: Double
    /// The smallest expected count.
    package var smallestExpected: Double
    /// Whether the expected counts meet Cochran's rule.
    package var expectedCountsAdequate: Bool
    /// ½ Σ |p₁ − p₂|, between 0 (same mix) and 1 (no perspective in common).
    package var totalVariation: Double

    /// Compares the counts per perspective of two waves.
    ///
    /// - Returns: `nil` when a wave has no respondents or fewer than two perspectives have any.
    /// - Complexity: O(C log C).
    package init?(before: [String: Int], after: [String: Int]) {
        let perspectives = Set(before.keys).union(after.keys)
            .filter { before[$0, default: 0] + after[$0, default: 0] > 0 }.sorted()
        let first = perspectives.map { before[$0, default: 0] }
        let second = perspectives.map { after[$0, default: 0] }
        let n1 = first.reduce(0, +)
        let n2 = second.reduce(0, +)
        guard perspectives.count >= 2, n1 > 0, n2 > 0, first.allSatisfy({ $0 >= 0 }), second.allSatisfy({ $0 >= 0 })
        else { return nil }
        let total = Double(n1 + n2)
        var chiSquare = 0.0
        var expectedCounts: [Double] = []
        var variation = 0.0
        for c in perspectives.indices {
            let column = Double(first[c] + second[c])
            for (observed, n) in [(first[c], n1), (second[c], n2)] {
                let expected = Double(n) * column / total
                let deviation = Double(observed) - expected
                chiSquare += deviation * deviation / expected
                expectedCounts.append(expected)
            }
            variation += abs(Double(first[c]) / Double(n1) - Double(second[c]) / Double(n2))
        }
        self.perspectives = perspectives
        self.before = first
        self.after = second
        self.chiSquare = chiSquare
        degreesOfFreedom = perspectives.count - 1
        pValue = IncompleteGamma.chiSquareUpperTail(chiSquare, degreesOfFreedom: Double(degreesOfFreedom)) ?? 1
        smallestExpected = expectedCounts.min() ?? 0
        let small = expectedCounts.filter { $0 < 5 }.count
        expectedCountsAdequate = smallestExpected >= 1 && Double(small) <= 0.2 * Double(expectedCounts.count)
        totalVariation = variation / 2
    }

    /// Whether the mix differs clearly: an adequate test, p < ``significance`` and a total
    /// variation distance of at least ``minimumShift`` (by ``Threshold``).
    package var differsClearly: Bool {
        expectedCountsAdequate && pValue < Self.significance
            && Threshold(Self.minimumShift).isReached(by: totalVariation)
    }
}
