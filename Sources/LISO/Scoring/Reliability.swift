/// Cronbach's alpha and its item statistics, from the covariance matrix of an element's items
/// over the respondents who answered all of them.
package struct Reliability: Hashable, Sendable {
    /// Cronbach's alpha, `nil` when the total has no variance.
    package var alpha: Double?
    /// Why ``alpha`` is absent: ``AlphaNote/zeroVariance``.
    package var note: AlphaNote?
    /// Per item: correlation with the sum of the other items, `nil` when either has no variance.
    package var itemRest: [Double?]
    /// Per item: alpha of the other items, `nil` with fewer than three items or no variance.
    package var alphaIfDeleted: [Double?]

    /// Computes alpha from a k × k sample covariance matrix (k ≥ 2):
    /// α = k / (k − 1) × (1 − Σᵢ Cᵢᵢ / Σᵢⱼ Cᵢⱼ).
    ///
    /// Item–rest correlation of item i: (cᵢ − Cᵢᵢ) / √(Cᵢᵢ × (V − 2cᵢ + Cᵢᵢ)), where cᵢ is
    /// row i's sum and V the sum of all entries. Variances at or below `tolerance` count as zero.
    ///
    /// - Complexity: O(k²).
    package init(covariance: [[Double]], tolerance: Double = 0) {
        let k = covariance.count
        let rowSums = covariance.map { $0.reduce(0, +) }
        let total = rowSums.reduce(0, +)
        let trace = (0..<k).reduce(0.0) { $0 + covariance[$1][$1] }
        let kk = Double(k)
        if total > tolerance {
            alpha = kk / (kk - 1) * (1 - trace / total)
        } else {
            note = .zeroVariance
        }
        var itemRest: [Double?] = []
        var alphaIfDeleted: [Double?] = []
        for i in 0..<k {
            let variance = covariance[i][i]
            let restVariance = total - 2 * rowSums[i] + variance
            let covarianceWithRest = rowSums[i] - variance
            if variance > tolerance, restVariance > tolerance {
                let r = covarianceWithRest / (variance * restVariance).squareRoot()
                itemRest.append(min(1, max(-1, r)))
            } else {
                itemRest.append(nil)
            }
            if k >= 3, restVariance > tolerance {
                alphaIfDeleted.append((kk - 1) / (kk - 2) * (1 - (trace - variance) / restVariance))
            } else {
                alphaIfDeleted.append(nil)
            }
        }
        self.itemRest = itemRest
        self.alphaIfDeleted = alphaIfDeleted
    }
}
