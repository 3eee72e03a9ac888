/// Finds items that look reverse-keyed the wrong way round: an item whose item–rest correlation
/// in the whole set is negative goes against the other items of its element, which most often
/// means a negatively worded item was not marked `reverse` (or a positively worded one was).
/// R: `which(psych::alpha(x, check.keys = FALSE)$item.stats$r.drop < 0)` on the keyed items of
/// the listwise-complete respondents.
package enum ReverseKeyCheck {
    /// The positions of the items whose item–rest correlation is negative (below 0 by more than
    /// ``Threshold``'s tolerance, so a correlation of 0 computed as −1e−17 does not count).
    /// Items without a correlation (`nil`: no variance) are never suspects.
    ///
    /// - Parameter itemRest: Per item, its correlation with the sum of the element's other items,
    ///   as ``Reliability/itemRest`` gives it for the whole set.
    /// - Complexity: O(k).
    package static func suspects(itemRest: [Double?]) -> [Int] {
        let zero = Threshold(0)
        return itemRest.indices.filter { index in
            guard let r = itemRest[index] else { return false }
            return zero.isBelow(r)
        }
    }

    /// The suspects among an element's items, from the sums and cross-products of the
    /// listwise-complete respondents of the whole set; empty with fewer than three respondents
    /// or two items, where no item–rest correlation is reported. Variances within rounding of 0
    /// (10⁻¹² of the squared item means, times k², as the scorer's alpha uses) count as 0.
    package static func suspects(_ cases: ItemCrossProducts) -> [Int] {
        guard cases.items >= 2, cases.count >= 3, let covariance = cases.covariance, let means = cases.means else {
            return []
        }
        let scale = max(1, means.map { $0 * $0 }.max() ?? 1)
        let tolerance = 1e-12 * scale * Double(cases.items * cases.items)
        return suspects(itemRest: Reliability(covariance: covariance, tolerance: tolerance).itemRest)
    }
}
