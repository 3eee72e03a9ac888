import Testing

@testable import LISO

/// The input types of the statistics: item sums and cross-products, and item histograms, against
/// naive two-pass formulas on the rows.
@Suite struct StreamingInputsTests {
    static func rows(seed: UInt64, count: Int, items: Int) -> [[Double]] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in (0..<items).map { _ in Double(Int.random(in: 1...5, using: &generator)) } }
    }

    /// The two-pass sample covariance of two columns.
    static func covariance(_ x: [Double], _ y: [Double]) -> Double {
        let mx = x.reduce(0, +) / Double(x.count)
        let my = y.reduce(0, +) / Double(y.count)
        return zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) } / Double(x.count - 1)
    }

    @Test func covarianceAndCorrelationFromSumsMatchTwoPassFormulas() throws {
        let rows = Self.rows(seed: 3, count: 40, items: 4)
        var cases = ItemCrossProducts(items: 4)
        for row in rows { cases.add(row) }
        let covariance = try #require(cases.covariance)
        let correlation = try #require(cases.correlation)
        let columns = (0..<4).map { c in rows.map { $0[c] } }
        for i in 0..<4 {
            for j in 0..<4 {
                let naive = Self.covariance(columns[i], columns[j])
                #expect(abs(covariance[i][j] - naive) < 1e-13)
                let r = try #require(NaiveReference.correlation(columns[i], columns[j]))
                #expect(abs(correlation[i][j] - r) < 1e-13)
            }
        }
        #expect(cases.means == columns.map { $0.reduce(0, +) / 40 })
    }

    @Test func chunksOfSumsMergeToTheSumsOfTheWhole() throws {
        let rows = Self.rows(seed: 4, count: 30, items: 3)
        var whole = ItemCrossProducts(items: 3)
        var first = ItemCrossProducts(items: 3)
        var second = ItemCrossProducts(items: 3)
        for (index, row) in rows.enumerated() {
            whole.add(row)
            if index < 11 { first.add(row) } else { second.add(row) }
        }
        let merged = ItemCrossProducts(
            count: first.count + second.count, sums: zip(first.sums, second.sums).map(+),
            crossProducts: zip(first.crossProducts, second.crossProducts).map(+))
        #expect(merged == whole)
    }

    @Test func theCrossProductLayoutIsTheScorersUpperTriangle() throws {
        let instrument = ScoringTestSupport.instrument(itemsPerElement: [0, 0, 0, 5])
        let plan = ScoringPlan(instrument: instrument, framework: .liso2023, policy: .standard)
        let layout = try #require(plan.elements.first { $0.items.count == 5 })
        let cases = ItemCrossProducts(items: 5)
        let start = layout.crossIndex(0, 0)
        for i in 0..<5 {
            for j in i..<5 {
                #expect(layout.crossIndex(i, j) - start == 2 * cases.crossIndex(i, j))
            }
        }
        #expect(cases.crossIndex(4, 4) == cases.crossProducts.count - 1)
    }

    @Test func aConstantItemHasNoCorrelationAndTooFewRespondentsNoCovariance() {
        var cases = ItemCrossProducts(items: 2)
        cases.add([3, 1])
        #expect(cases.covariance == nil && cases.variances == nil)
        cases.add([3, 4])
        #expect(cases.covariance != nil && cases.correlation == nil)
        #expect(ItemCrossProducts(items: 2).means == nil)
    }

    @Test func histogramFiguresMatchTheAnswersTheyCount() throws {
        let answers: [Double] = [5, 4, 4, 2, 5, 3, 4, 1]
        let histogram = ItemHistogram(values: [1, 2, 3, 4, 5], counts: [1, 1, 1, 3, 2])
        let mean = answers.reduce(0, +) / 8
        #expect(histogram.count == 8)
        #expect(histogram.mean == mean)
        #expect(abs(try #require(histogram.variance) - NaiveReference.variance(answers)!) < 1e-15)
        let deviation = answers.reduce(0) { $0 + abs($1 - mean) } / 8
        #expect(abs(try #require(histogram.meanAbsoluteDeviation) - deviation) < 1e-15)
        let empty = ItemHistogram(values: [1, 2], counts: [0, 0])
        #expect(empty.mean == nil && empty.variance == nil && empty.meanAbsoluteDeviation == nil)
    }

    @Test func theSymmetricEigenDecompositionReproducesTheMatrix() throws {
        let matrix: [[Double]] = [[4, 1, 0.5, 0], [1, 3, 0.2, 0.1], [0.5, 0.2, 2, 0.3], [0, 0.1, 0.3, 1]]
        let eigen = try #require(SymmetricEigen(matrix))
        #expect(eigen.values == eigen.values.sorted(by: >))
        for i in 0..<4 {
            for j in 0..<4 {
                let rebuilt = (0..<4).reduce(0.0) {
                    $0 + eigen.values[$1] * eigen.vectors[$1][i] * eigen.vectors[$1][j]
                }
                #expect(abs(rebuilt - matrix[i][j]) < 1e-13)
            }
        }
        #expect(SymmetricEigen([[1, 2], [3]]) == nil)
    }
}
