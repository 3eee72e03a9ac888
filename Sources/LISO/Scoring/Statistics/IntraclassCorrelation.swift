/// Whether it is sound to speak of a group's score: ICC(1) and ICC(2) of element scores by group,
/// from a one-way analysis of variance with unequal group sizes, computed from each group's count,
/// mean and sum of squared deviations (no rows needed).
///
/// With N scores in G groups, MSB = Σ nᵍ(ȳᵍ − ȳ)² / (G − 1) and MSW = Σ Σ(y − ȳᵍ)² / (N − G):
///
/// - ICC(1) = (MSB − MSW) / (MSB + (n̄ − 1) MSW), the share of the variance of one respondent's
///   score that lies between groups, with n̄ = N / G the mean group size;
/// - ICC(2) = (MSB − MSW) / MSB, the reliability of the group means.
///
/// R: `multilevel::ICC1(aov(score ~ group))` and `multilevel::ICC2(aov(score ~ group))`.
/// multilevel takes the plain mean group size N / G for n̄ (from the ANOVA's degrees of freedom),
/// not the adjusted n₀ = (N − Σnᵍ² / N) / (G − 1) of some textbooks; so does this type. ICC(1)
/// may be negative when groups differ less than chance would make them.
package struct IntraclassCorrelation: Hashable, Sendable {
    /// ICC(1); `nil` when every score is the same.
    package var icc1: Double?
    /// ICC(2); `nil` when the group means are all equal (MSB = 0).
    package var icc2: Double?
    /// The groups with at least one score.
    package var groups: Int
    /// The scores in those groups.
    package var n: Int
    /// The mean square between groups.
    package var meanSquareBetween: Double
    /// The mean square within groups.
    package var meanSquareWithin: Double

    /// Computes both coefficients from per-group summaries of the element scores; groups
    /// without scores are left out.
    ///
    /// - Returns: `nil` with fewer than two groups with scores, or when no group has two scores
    ///   (N = G leaves no within-group degrees of freedom).
    /// - Complexity: O(G).
    package init?(groups summaries: [Summary]) {
        let groups = summaries.filter { $0.count > 0 }
        let total = groups.reduce(0) { $0 + $1.count }
        guard groups.count >= 2, total > groups.count else { return nil }
        var sum = CompensatedSum()
        for group in groups { sum.add(Double(group.count) * (group.mean ?? 0)) }
        let grand = sum.value / Double(total)
        var between = CompensatedSum()
        var within = CompensatedSum()
        for group in groups {
            let deviation = (group.mean ?? 0) - grand
            between.add(Double(group.count) * deviation * deviation)
            within.add(group.centredSquares)
        }
        let g = Double(groups.count)
        let msb = between.value / (g - 1)
        let msw = within.value / (Double(total) - g)
        let meanGroupSize = Double(total) / g
        self.groups = groups.count
        n = total
        meanSquareBetween = msb
        meanSquareWithin = msw
        let denominator = msb + (meanGroupSize - 1) * msw
        icc1 = denominator > 0 ? (msb - msw) / denominator : nil
        icc2 = msb > 0 ? (msb - msw) / msb : nil
    }
}
