import Testing

@testable import LISO

/// AD_M, a_wg and listwise rwg(j) per network against multilevel, fed with item histograms and
/// the listwise sums and cross-products only.
@Suite struct AgreementReferenceTests {
    static func each(_ name: String, _ body: (String, ReferenceSet, ReferenceSet.ElementSums) throws -> Void)
        throws
    {
        let set = try ReferenceSet.named(name)
        for element in set.elements {
            for network in set.values("network") {
                let path = "\(name)/\(element.id)/network=\(network)/"
                try body(path, set, set.sums(element, over: set.rows("network", network)))
            }
        }
    }

    @Test(arguments: ["example", "d", "e"])
    func averageDeviationFromHistogramsMatchesMultilevelADMItemByItem(set: String) throws {
        try Self.each(set) { path, _, sums in
            StatisticsReference.expectClose(
                Agreement.averageDeviation(sums.histograms), StatisticsReference.value(path + "adm"), path + "adm")
            let items = StatisticsReference.at(path + "adm.items")
            for (histogram, expected) in zip(sums.histograms, items) where histogram.count >= 2 {
                StatisticsReference.expectClose(histogram.meanAbsoluteDeviation, expected, path + "adm.items")
            }
        }
    }

    @Test(arguments: ["example", "d", "e"])
    func awgFromHistogramsMatchesMultilevelAwgItemByItem(set: String) throws {
        try Self.each(set) { path, reference, sums in
            StatisticsReference.expectClose(
                Agreement.awg(sums.histograms, scale: reference.scale), StatisticsReference.value(path + "awg"),
                path + "awg")
            for (histogram, expected) in zip(sums.histograms, StatisticsReference.at(path + "awg.items")) {
                let found = histogram.mean.flatMap { mean in
                    histogram.variance.flatMap { variance in
                        Agreement.awg(mean: mean, variance: variance, count: histogram.count, scale: reference.scale)
                    }
                }
                StatisticsReference.expectClose(found, expected, path + "awg.items")
            }
        }
    }

    @Test(arguments: ["example", "d", "e"])
    func listwiseAwgAndRwgJMatchMultilevelWithSeveralItems(set: String) throws {
        try Self.each(set) { path, reference, sums in
            #expect(Double(sums.complete.count) == StatisticsReference.value(path + "listwiseN"))
            StatisticsReference.expectClose(
                Agreement.awgListwise(sums.complete, scale: reference.scale),
                StatisticsReference.value(path + "awg.listwise"), path + "awg.listwise")
            let options = Int(reference.scale.upperBound - reference.scale.lowerBound) + 1
            let nulls = [Double](
                repeating: Agreement.uniformNullVariance(options: options), count: sums.complete.items)
            StatisticsReference.expectClose(
                Agreement.rwgListwise(sums.complete, nullVariances: nulls),
                StatisticsReference.value(path + "rwg.j.listwise"), path + "rwg.j.listwise")
        }
    }

    @Test func aGroupThatAllAnswersTheTopAgreesFullyAndAGroupOfOneHasNoAgreement() throws {
        let e = try ReferenceSet.named("e")
        let gamma = e.sums(e.elements[0], over: e.rows("network", "Gamma"))
        #expect(Agreement.averageDeviation(gamma.histograms) == 0)
        #expect(Agreement.awg(gamma.histograms, scale: e.scale) == 1)
        #expect(Agreement.awgListwise(gamma.complete, scale: e.scale) == 1)
        let delta = e.sums(e.elements[0], over: e.rows("network", "Delta"))
        #expect(Agreement.averageDeviation(delta.histograms) == nil)
        #expect(Agreement.awg(delta.histograms, scale: e.scale) == nil)
        #expect(Agreement.rwgListwise(delta.complete, nullVariances: [4, 4, 4, 4]) == nil)
    }

    @Test func awgFollowsBrownAndHauensteinByHand() throws {
        // Answers 2, 4, 4, 5 on 1–5: M = 3.75, s² = 19/12, largest variance at M for n = 4 is
        // ((5 + 1) × 3.75 − 3.75² − 5) × 4 / 3 = 3.4375 × 4 / 3; a_wg = 1 − 2 s² / that.
        let histogram = ItemHistogram(values: [1, 2, 3, 4, 5], counts: [0, 1, 0, 2, 1])
        let mean = try #require(histogram.mean)
        let variance = try #require(histogram.variance)
        #expect(mean == 3.75)
        #expect(abs(variance - 19.0 / 12) < 1e-15)
        let awg = try #require(Agreement.awg(mean: mean, variance: variance, count: 4, scale: 1...5))
        #expect(abs(awg - (1 - 2 * (19.0 / 12) / (3.4375 * 4 / 3))) < 1e-15)
        // Mean deviation: (1.75 + 0.25 + 0.25 + 1.25) / 4.
        #expect(histogram.meanAbsoluteDeviation == 0.875)
        // Four answers of 5 and one of 1 give the highest mean a_wg allows for five answers,
        // (5 × 4 + 1) / 5 = 4.2, and the largest variance at it: a_wg = −1. Above it, undefined.
        let edge = try #require(Agreement.awg(mean: 4.2, variance: 3.2, count: 5, scale: 1...5))
        #expect(abs(edge + 1) < 1e-12)
        #expect(Agreement.awg(mean: 4.8, variance: 0.2, count: 5, scale: 1...5) == nil)
        #expect(Agreement.awg(mean: 1.6, variance: 0.3, count: 5, scale: 1...5) == nil)
        #expect(Agreement.awg(mean: 5, variance: 0, count: 5, scale: 1...5) == 1)
    }

    @Test func withoutMissingAnswersListwiseAndPairwiseAgreementCoincide() throws {
        var generator = SplitMix64(seed: 42)
        var counts = [[Int]](repeating: [0, 0, 0, 0, 0], count: 3)
        var cases = ItemCrossProducts(items: 3)
        for _ in 0..<25 {
            let row = (0..<3).map { _ in Double(Int.random(in: 1...5, using: &generator)) }
            for (item, value) in row.enumerated() { counts[item][Int(value) - 1] += 1 }
            cases.add(row)
        }
        let histograms = counts.map { ItemHistogram(values: [1, 2, 3, 4, 5], counts: $0) }
        let pairwise = try #require(
            Agreement.rwg(itemVariances: histograms.map { $0.variance! }, nullVariances: [2, 2, 2]))
        let listwise = try #require(Agreement.rwgListwise(cases, nullVariances: [2, 2, 2]))
        #expect(abs(pairwise - listwise) < 1e-12)
        let awgPairwise = try #require(Agreement.awg(histograms, scale: 1...5))
        let awgListwise = try #require(Agreement.awgListwise(cases, scale: 1...5))
        #expect(abs(awgPairwise - awgListwise) < 1e-12)
    }
}
