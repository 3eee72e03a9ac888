/// McDonald's omega total of one element: the share of the variance of the element's total score
/// that one common factor explains, from a one-factor model fitted by minimum residual (unweighted
/// least squares) to the correlation matrix of the listwise-complete respondents:
///
/// ω = (Σλᵢ)² / ((Σλᵢ)² + Σ(1 − hᵢ²)), with loadings λᵢ and communalities hᵢ² = λᵢ².
///
/// The model is fitted by iterated principal axes (the top eigenvector of the correlation matrix
/// with the communalities on its diagonal, repeated until they no longer change), whose fixed
/// point is the exact minimum-residual solution. R: `psych::fa(r, nfactors = 1, fm = "pa",
/// min.err = 1e-15, max.iter = 1e5)` reaches the same loadings; `fm = "minres"` stops up to 1e-5
/// short of them. This is the model-based omega total (the denominator is the model's total
/// variance), not `psych::omega`'s `omega.tot`, which divides by the observed total variance.
package struct OmegaTotal: Hashable, Sendable {
    /// Listwise-complete respondents below which omega is not computed: 30.
    package static let minimumRespondents = 30
    /// A communality at or above this is a Heywood case and omega is not reported: 0.99.
    package static let heywoodCommunality = 0.99
    /// Principal-axis iterations allowed before giving up: 100 000.
    package static let defaultMaximumIterations = 100_000

    /// Omega total; `nil` when ``note`` says why.
    package var omega: Double?
    /// Why ``omega`` is absent: `too-few-items` (fewer than 3), `too-few-respondents` (fewer
    /// than ``minimumRespondents`` complete), `zero-variance` (an item without variance),
    /// `heywood-case` (a communality of at least ``heywoodCommunality``) or `no-convergence`.
    package var note: String?
    /// The fitted loadings, signed so that their sum is not negative; empty when no model was
    /// fitted.
    package var loadings: [Double]
    /// The principal-axis iterations used.
    package var iterations: Int

    /// Fits the model to the correlation matrix of the complete cases in `cases`.
    ///
    /// - Complexity: O(k²) to build the correlations, then as ``init(correlation:respondents:maximumIterations:)``.
    package init(_ cases: ItemCrossProducts, maximumIterations: Int = Self.defaultMaximumIterations) {
        if cases.items < 3 {
            self.init(note: "too-few-items")
        } else if cases.count < Self.minimumRespondents {
            self.init(note: "too-few-respondents")
        } else if let correlation = cases.correlation {
            self.init(correlation: correlation, respondents: cases.count, maximumIterations: maximumIterations)
        } else {
            self.init(note: "zero-variance")
        }
    }

    /// No model (yet), for the reason `note`.
    private init(note: String?) {
        omega = nil
        self.note = note
        loadings = []
        iterations = 0
    }

    /// Fits the model to a k × k correlation matrix of `respondents` complete cases.
    ///
    /// Starts from the squared multiple correlations (1 − 1 / (R⁻¹)ᵢᵢ, clamped to [0, 1], as psych
    /// does) and iterates until no communality changes by more than 10⁻¹⁴.
    ///
    /// - Complexity: O(k³) per iteration; tens of iterations for a well-defined factor, more
    ///   near a Heywood case.
    package init(correlation r: [[Double]], respondents: Int, maximumIterations: Int = Self.defaultMaximumIterations) {
        self.init(note: nil)
        let k = r.count
        guard k >= 3 else {
            note = "too-few-items"
            return
        }
        guard respondents >= Self.minimumRespondents else {
            note = "too-few-respondents"
            return
        }
        var communalities =
            Self.squaredMultipleCorrelations(r)
            ?? r.indices.map { i in
                r[i].indices.filter { $0 != i }.map { r[i][$0] * r[i][$0] }.max() ?? 0
            }
        var reduced = r
        var converged = false
        while iterations < maximumIterations {
            iterations += 1
            for i in 0..<k { reduced[i][i] = communalities[i] }
            guard let eigen = SymmetricEigen(reduced), eigen.values[0] > 0 else { break }
            let scale = eigen.values[0].squareRoot()
            loadings = eigen.vectors[0].map { $0 * scale }
            let next = loadings.map { $0 * $0 }
            let change = zip(next, communalities).map { abs($0 - $1) }.max() ?? 0
            communalities = next
            if change <= 1e-14 {
                converged = true
                break
            }
        }
        guard converged else {
            note = "no-convergence"
            return
        }
        if loadings.reduce(0, +) < 0 { loadings = loadings.map { -$0 } }
        if communalities.contains(where: { $0 >= Self.heywoodCommunality }) {
            note = "heywood-case"
            return
        }
        let common = loadings.reduce(0, +)
        let unique = communalities.reduce(0) { $0 + (1 - $1) }
        omega = common * common / (common * common + unique)
    }

    /// 1 − 1 / (R⁻¹)ᵢᵢ per item, clamped to [0, 1]; `nil` when R is singular.
    static func squaredMultipleCorrelations(_ r: [[Double]]) -> [Double]? {
        let k = r.count
        var a = r
        var inverse = (0..<k).map { i in (0..<k).map { $0 == i ? 1.0 : 0.0 } }
        for column in 0..<k {
            guard let pivot = (column..<k).max(by: { abs(a[$0][column]) < abs(a[$1][column]) }),
                abs(a[pivot][column]) > 1e-12
            else { return nil }
            a.swapAt(column, pivot)
            inverse.swapAt(column, pivot)
            let divisor = a[column][column]
            for j in 0..<k {
                a[column][j] /= divisor
                inverse[column][j] /= divisor
            }
            for row in 0..<k where row != column && a[row][column] != 0 {
                let factor = a[row][column]
                for j in 0..<k {
                    a[row][j] -= factor * a[column][j]
                    inverse[row][j] -= factor * inverse[column][j]
                }
            }
        }
        return (0..<k).map { min(1, max(0, 1 - 1 / inverse[$0][$0])) }
    }
}
