import Testing

@testable import LISO

@Suite struct StatisticsTests {
    @Test func rwgFollowsJamesDemareeAndWolf() throws {
        // Two items on a 5-point scale (null variance 2), observed variances 0.5 and 1:
        // r = 0.375, rwg(2) = 2 × 0.625 / (2 × 0.625 + 0.375).
        let value = try #require(Agreement.rwg(itemVariances: [0.5, 1], nullVariances: [2, 2]))
        #expect(abs(value - 1.25 / 1.625) < 1e-15)
        #expect(Agreement.uniformNullVariance(options: 5) == 2)
        #expect(Agreement.uniformNullVariance(options: 7) == 4)
    }

    @Test func rwgIsZeroWhenAgreementIsNoBetterThanChance() {
        #expect(Agreement.rwg(itemVariances: [2.5, 3], nullVariances: [2, 2]) == 0)
        #expect(Agreement.rwg(itemVariances: [0, 0], nullVariances: [2, 2]) == 1)
        #expect(Agreement.rwg(itemVariances: [], nullVariances: []) == nil)
        #expect(Agreement.rwg(itemVariances: [1], nullVariances: [0]) == nil)
    }

    @Test func alphaOfAnIdentityCovarianceIsZeroAndOfEqualItemsIsOne() throws {
        let identity = Reliability(covariance: [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
        #expect(try #require(identity.alpha) == 0)
        let equal = Reliability(covariance: [[1, 1], [1, 1]])
        #expect(abs(try #require(equal.alpha) - 1) < 1e-15)
        #expect(equal.itemRest == [1, 1])
        #expect(equal.alphaIfDeleted == [nil, nil])
    }

    @Test func aZeroCovarianceMatrixGivesNoAlphaAndSaysWhy() {
        let zero = Reliability(covariance: [[0, 0], [0, 0]], tolerance: 1e-12)
        #expect(zero.alpha == nil && zero.note == .zeroVariance)
        #expect(zero.itemRest == [nil, nil])
    }

    @Test func compensatedSumsKeepDigitsThatPlainSumsLose() {
        var sum = CompensatedSum()
        var plain = 0.0
        for _ in 0..<1_000_000 {
            sum.add(0.1)
            plain += 0.1
        }
        #expect(abs(sum.value - 100_000) < 1e-9)
        #expect(abs(plain - 100_000) > 1e-7)
    }

    @Test func summariesNeverProduceNaN() {
        let empty = Summary(count: 0, sum: 0, sumOfSquares: 0, isConstant: true)
        #expect(empty.mean == nil && empty.variance == nil && empty.confidenceInterval() == nil)
        let one = Summary(count: 1, sum: 4, sumOfSquares: 16, isConstant: true)
        #expect(one.mean == 4 && one.standardDeviation == nil && one.confidenceInterval() == nil)
        let constant = Summary(count: 3, sum: 11, sumOfSquares: 121.0 / 3 + 1e-13, isConstant: true)
        #expect(constant.standardDeviation == 0)
        #expect(constant.confidenceInterval() == ConfidenceInterval(low: 11.0 / 3, high: 11.0 / 3))
    }
}
