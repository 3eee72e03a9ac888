extension Agreement {
    /// The average deviation index AD_M(J) (Burke, Finkelstein and Dusig): per item the mean
    /// absolute deviation of the group's answers from the item mean, Σ|x − x̄| / n, averaged over
    /// the element's items. 0 is full agreement; Burke and Dunlap take AD ≤ A / 6 (0.83 on a
    /// 5-point scale) as agreement.
    ///
    /// Computed from item histograms, so each item uses everyone who answered it (pairwise). R:
    /// the mean over the items of `multilevel::ad.m(x[, j], grpid, type = "mean")`; with several
    /// columns at once `ad.m` first drops every row with a missing answer (listwise), which gives
    /// the same value only when no answer is missing.
    ///
    /// - Returns: `nil` without items or when an item has fewer than two answers.
    /// - Complexity: O(Σ scale values).
    package static func averageDeviation(_ items: [ItemHistogram]) -> Double? {
        guard !items.isEmpty, items.allSatisfy({ $0.count >= 2 }) else { return nil }
        let deviations = items.compactMap(\.meanAbsoluteDeviation)
        return deviations.reduce(0, +) / Double(deviations.count)
    }

    /// a_wg of one item (Brown and Hauenstein): 1 − 2s² / (((H + L)M − M² − HL) × n / (n − 1)), the
    /// observed variance s² against the largest variance possible at the observed mean M on a
    /// scale from L to H, for n answers. As in `multilevel::awg`: not defined (`nil`) when M is
    /// beyond the mean of n − 1 answers at one end and one at the other, that is when
    /// M < (L(n − 1) + H) / n or M > (H(n − 1) + L) / n, except that it is 1 when M equals L or H
    /// (everyone gave the same extreme answer).
    ///
    /// - Returns: `nil` when n < 2, or as above.
    package static func awg(mean m: Double, variance: Double, count n: Int, scale: ClosedRange<Double>) -> Double? {
        guard n >= 2 else { return nil }
        let low = scale.lowerBound
        let high = scale.upperBound
        let k = Double(n)
        if m == low || m == high { return 1 }
        guard m >= (low * (k - 1) + high) / k, m <= (high * (k - 1) + low) / k else { return nil }
        return 1 - 2 * variance / (((high + low) * m - m * m - high * low) * (k / (k - 1)))
    }

    /// a_wg of an element from item histograms: per item ``awg(mean:variance:count:scale:)`` over
    /// everyone who answered it (pairwise), averaged over the items where it is defined, as
    /// `multilevel::awg` averages its items. R: the mean over the items of
    /// `multilevel::awg(x[, j], grpid, range = c(L, H))`, leaving out `NA`s.
    ///
    /// - Returns: `nil` when an item has fewer than two answers or no item has a defined value.
    package static func awg(_ items: [ItemHistogram], scale: ClosedRange<Double>) -> Double? {
        guard !items.isEmpty, items.allSatisfy({ $0.count >= 2 }) else { return nil }
        let values = items.compactMap { item -> Double? in
            guard let mean = item.mean, let variance = item.variance else { return nil }
            return awg(mean: mean, variance: variance, count: item.count, scale: scale)
        }
        guard !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count)
    }

    /// a_wg of an element over the respondents who answered every item (listwise), from their
    /// sums and cross-products: exactly `multilevel::awg(x, grpid, range = c(L, H))` with the
    /// element's items as the columns of `x`.
    ///
    /// - Returns: `nil` with fewer than two complete respondents or no item with a defined value.
    package static func awgListwise(_ cases: ItemCrossProducts, scale: ClosedRange<Double>) -> Double? {
        guard let means = cases.means, let variances = cases.variances else { return nil }
        let values = zip(means, variances).compactMap { mean, variance in
            awg(mean: mean, variance: variance, count: cases.count, scale: scale)
        }
        guard !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count)
    }

    /// rwg(j) over the respondents who answered every item (listwise): the item variances are
    /// those of the complete cases, from their sums and cross-products. R:
    /// `multilevel::rwg.j(x, grpid, ranvar = (A² − 1) / 12)`, which drops incomplete rows first.
    ///
    /// The report's rwg(j) (``rwg(itemVariances:nullVariances:)`` fed with each item's variance
    /// over everyone who answered it, pairwise) uses more answers and can differ when answers are
    /// missing; both are equal when none are.
    ///
    /// - Returns: `nil` with fewer than two complete respondents, or as
    ///   ``rwg(itemVariances:nullVariances:)``.
    package static func rwgListwise(_ cases: ItemCrossProducts, nullVariances: [Double]) -> Double? {
        guard let variances = cases.variances else { return nil }
        return rwg(itemVariances: variances, nullVariances: nullVariances)
    }
}
