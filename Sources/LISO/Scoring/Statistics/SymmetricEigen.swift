/// Eigenvalues and eigenvectors of a small symmetric matrix by the cyclic Jacobi method: robust,
/// accurate to a few units in the last place, and fast enough for the k × k matrices of an
/// element's items (k up to a few dozen).
package struct SymmetricEigen: Sendable {
    /// The eigenvalues, largest first.
    package var values: [Double]
    /// The unit eigenvectors, `vectors[i]` belonging to `values[i]`.
    package var vectors: [[Double]]

    /// Decomposes a symmetric matrix (only its upper triangle is read).
    ///
    /// - Returns: `nil` when the matrix is not square or the rotations do not converge.
    /// - Complexity: O(k³) per sweep; a handful of sweeps.
    package init?(_ matrix: [[Double]]) {
        let k = matrix.count
        guard matrix.allSatisfy({ $0.count == k }) else { return nil }
        var a = matrix
        for i in 0..<k { for j in 0..<i { a[i][j] = a[j][i] } }
        var v = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for i in 0..<k { v[i][i] = 1 }
        var converged = k < 2
        for _ in 0..<100 where !converged {
            var offDiagonal = 0.0
            var diagonal = 0.0
            for i in 0..<k {
                diagonal += a[i][i] * a[i][i]
                for j in (i + 1)..<k { offDiagonal += a[i][j] * a[i][j] }
            }
            if offDiagonal <= 1e-32 * diagonal || offDiagonal == 0 {
                converged = true
                break
            }
            for p in 0..<(k - 1) {
                for q in (p + 1)..<k where a[p][q] != 0 {
                    Self.rotate(&a, &v, p, q)
                }
            }
        }
        guard converged else { return nil }
        let order = (0..<k).sorted { a[$0][$0] > a[$1][$1] }
        values = order.map { a[$0][$0] }
        vectors = order.map { column in (0..<k).map { v[$0][column] } }
    }

    /// One Jacobi rotation that zeroes a[p][q], applied to a and accumulated in v's columns.
    private static func rotate(_ a: inout [[Double]], _ v: inout [[Double]], _ p: Int, _ q: Int) {
        let k = a.count
        let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
        let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
        let c = 1 / (t * t + 1).squareRoot()
        let s = t * c
        let apq = a[p][q]
        a[p][p] -= t * apq
        a[q][q] += t * apq
        a[p][q] = 0
        a[q][p] = 0
        for r in 0..<k where r != p && r != q {
            let arp = a[r][p]
            let arq = a[r][q]
            a[r][p] = c * arp - s * arq
            a[p][r] = a[r][p]
            a[r][q] = s * arp + c * arq
            a[q][r] = a[r][q]
        }
        for r in 0..<k {
            let vrp = v[r][p]
            let vrq = v[r][q]
            v[r][p] = c * vrp - s * vrq
            v[r][q] = s * vrp + c * vrq
        }
    }
}
