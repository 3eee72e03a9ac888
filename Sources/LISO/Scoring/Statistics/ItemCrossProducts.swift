/// The running sums of an element's items over the respondents who answered all of them
/// (listwise complete): their number, the item sums and the item cross-products. This is what a
/// streaming scorer keeps per group and element; covariances, correlations and the listwise item
/// means and variances follow from it without the rows.
package struct ItemCrossProducts: Hashable, Sendable {
    /// The number of listwise-complete respondents.
    package var count: Int
    /// Per item, Σ xᵢ over those respondents (keyed values).
    package var sums: [Double]
    /// Σ xᵢxⱼ for i ≤ j, the upper triangle row by row with the diagonal: (0,0), (0,1), …,
    /// (0,k−1), (1,1), …, as ``ScoringPlan/ElementLayout/crossIndex(_:_:)`` lays it out.
    package var crossProducts: [Double]

    /// Creates the sums from their parts; `crossProducts` has k(k + 1)/2 entries.
    package init(count: Int, sums: [Double], crossProducts: [Double]) {
        precondition(crossProducts.count == sums.count * (sums.count + 1) / 2, "upper triangle of k × k expected")
        self.count = count
        self.sums = sums
        self.crossProducts = crossProducts
    }

    /// Creates empty sums for `items` items.
    package init(items: Int) {
        self.init(
            count: 0, sums: [Double](repeating: 0, count: items),
            crossProducts: [Double](repeating: 0, count: items * (items + 1) / 2))
    }

    /// The number of items.
    package var items: Int { sums.count }

    /// Adds one listwise-complete respondent's keyed item values.
    ///
    /// - Complexity: O(k²).
    package mutating func add(_ values: [Double]) {
        precondition(values.count == items, "one value per item expected")
        count += 1
        var index = 0
        for i in 0..<items {
            sums[i] += values[i]
            for j in i..<items {
                crossProducts[index] += values[i] * values[j]
                index += 1
            }
        }
    }

    /// The index of Σ xᵢxⱼ (i ≤ j) in ``crossProducts``.
    package func crossIndex(_ i: Int, _ j: Int) -> Int { i * items - i * (i - 1) / 2 + j - i }

    /// The listwise item means; `nil` without respondents.
    package var means: [Double]? {
        guard count > 0 else { return nil }
        return sums.map { $0 / Double(count) }
    }

    /// The sample covariance matrix (n − 1 denominator): (Σxᵢxⱼ − ΣxᵢΣxⱼ / n) / (n − 1); `nil`
    /// when n < 2.
    ///
    /// - Complexity: O(k²).
    package var covariance: [[Double]]? {
        guard count >= 2 else { return nil }
        let n = Double(count)
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: items), count: items)
        for i in 0..<items {
            for j in i..<items {
                let value = (crossProducts[crossIndex(i, j)] - sums[i] * sums[j] / n) / (n - 1)
                matrix[i][j] = value
                matrix[j][i] = value
            }
        }
        for i in 0..<items { matrix[i][i] = max(0, matrix[i][i]) }
        return matrix
    }

    /// The listwise item variances (the covariance matrix's diagonal); `nil` when n < 2.
    package var variances: [Double]? {
        guard let covariance else { return nil }
        return (0..<items).map { covariance[$0][$0] }
    }

    /// The correlation matrix Cᵢⱼ / √(CᵢᵢCⱼⱼ), with an exact 1 on the diagonal; `nil` when n < 2
    /// or an item has no variance (at most 10⁻¹² of its squared mean, the rounding left by the
    /// sums of a constant item).
    ///
    /// - Complexity: O(k²).
    package var correlation: [[Double]]? {
        guard let covariance, let means else { return nil }
        for i in 0..<items where covariance[i][i] <= 1e-12 * max(1, means[i] * means[i]) { return nil }
        var matrix = covariance
        for i in 0..<items {
            for j in 0..<items {
                let value = i == j ? 1 : covariance[i][j] / (covariance[i][i] * covariance[j][j]).squareRoot()
                matrix[i][j] = min(1, max(-1, value))
            }
        }
        return matrix
    }
}
