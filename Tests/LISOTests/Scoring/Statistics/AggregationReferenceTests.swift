import Testing

@testable import LISO

/// ICC(1), ICC(2), Hedges' g and the mix of perspectives against R (multilevel, `aov`,
/// `lgamma`, `chisq.test`), fed with per-group counts, sums and sums of squares only.
@Suite struct AggregationReferenceTests {
    @Test(arguments: ["example", "d", "e"])
    func iccOneAndTwoMatchMultilevelOnAnAnovaWithUnequalGroups(set name: String) throws {
        let set = try ReferenceSet.named(name)
        for element in set.elements {
            for dimension in ["network", "perspective", "wave"] {
                let path = "\(name)/\(element.id)/\(dimension)/"
                let summaries = set.values(dimension).map { set.sums(element, over: set.rows(dimension, $0)).scores }
                let icc = try #require(IntraclassCorrelation(groups: summaries))
                let expected = StatisticsReference.at(path + "icc")
                StatisticsReference.expectClose(icc.icc1, expected.first ?? nil, path + "icc1")
                StatisticsReference.expectClose(icc.icc2, expected.last ?? nil, path + "icc2")
                #expect([Double(icc.groups), Double(icc.n)] == StatisticsReference.at(path + "icc.groups"))
            }
        }
    }

    @Test func iccFollowsTheAnovaByHand() throws {
        // Groups {1, 2, 3} and {4, 5}: grand mean 3, SSB = 3(2 − 3)² + 2(4.5 − 3)² = 7.5 on 1 df,
        // SSW = 2 + 0.5 = 2.5 on 3 df; n̄ = 2.5.
        let groups = [
            Summary(count: 3, sum: 6, sumOfSquares: 14, isConstant: false),
            Summary(count: 2, sum: 9, sumOfSquares: 41, isConstant: false),
        ]
        let icc = try #require(IntraclassCorrelation(groups: groups))
        let msw = 2.5 / 3
        #expect(abs(icc.meanSquareBetween - 7.5) < 1e-14 && abs(icc.meanSquareWithin - msw) < 1e-15)
        #expect(abs(try #require(icc.icc1) - (7.5 - msw) / (7.5 + 1.5 * msw)) < 1e-15)
        #expect(abs(try #require(icc.icc2) - (7.5 - msw) / 7.5) < 1e-15)
    }

    @Test func iccNeedsTwoGroupsAndSomeWithinGroupVariation() {
        let one = Summary(count: 4, sum: 12, sumOfSquares: 40, isConstant: false)
        let empty = Summary(count: 0, sum: 0, sumOfSquares: 0, isConstant: true)
        #expect(IntraclassCorrelation(groups: [one]) == nil)
        #expect(IntraclassCorrelation(groups: [one, empty]) == nil)
        let singles = [3.0, 4, 5].map { Summary(count: 1, sum: $0, sumOfSquares: $0 * $0, isConstant: true) }
        #expect(IntraclassCorrelation(groups: singles) == nil)
        let same = [Summary](repeating: Summary(count: 3, sum: 9, sumOfSquares: 27, isConstant: true), count: 2)
        let flat = IntraclassCorrelation(groups: same)
        #expect(flat?.icc1 == nil && flat?.icc2 == nil)
    }

    @Test(arguments: ["example", "d", "e"])
    func hedgesGWithTheExactAndTheApproximateCorrectionMatchesR(set name: String) throws {
        let set = try ReferenceSet.named(name)
        for element in set.elements {
            for path in StatisticsReference.paths(prefix: "\(name)/\(element.id)/wave=", suffix: "/hedges") {
                let waves = path.split(separator: "=")[1].split(separator: "/")[0].split(separator: ">").map(
                    String.init)
                let first = set.sums(element, over: set.rows("wave", waves[0])).scores
                let second = set.sums(element, over: set.rows("wave", waves[1])).scores
                let expected = StatisticsReference.at(path)
                #expect([Double(first.count), Double(second.count)] == Array(expected.prefix(2)))
                let samples = TwoSample(
                    TwoSample.Side(n: first.count, mean: first.mean!, sd: first.standardDeviation!),
                    TwoSample.Side(n: second.count, mean: second.mean!, sd: second.standardDeviation!))
                StatisticsReference.expectClose(samples.hedgesG(correction: .exact), expected[2], path + " exact")
                StatisticsReference.expectClose(
                    samples.hedgesG(correction: .approximate), expected[3], path + " approximate")
            }
        }
    }

    @Test func theCorrectionFactorsMatchRsGammaFunctionAndTheFormula() throws {
        let paths = StatisticsReference.paths(prefix: "hedgesJ/", suffix: "")
        #expect(paths.count == 11)
        for path in paths {
            let m = try #require(Double(path.dropFirst("hedgesJ/".count)))
            let expected = StatisticsReference.at(path)
            StatisticsReference.expectClose(
                HedgesCorrection.exact.factor(degreesOfFreedom: m), expected[0], "J(\(m)) exact")
            StatisticsReference.expectClose(
                HedgesCorrection.approximate.factor(degreesOfFreedom: m), expected[1], "J(\(m)) approximate")
        }
        #expect(HedgesCorrection.exact.factor(degreesOfFreedom: 1) == nil)
        #expect(HedgesCorrection.approximate.factor(degreesOfFreedom: .infinity) == nil)
    }

    @Test func twoSampleSaysWhichCorrectionItsHedgesGUses() throws {
        let samples = TwoSample(TwoSample.Side(n: 8, mean: 3.1, sd: 0.7), TwoSample.Side(n: 11, mean: 3.6, sd: 0.9))
        #expect(TwoSample.hedgesCorrection == .approximate)
        let used = try #require(samples.hedgesG(correction: TwoSample.hedgesCorrection))
        #expect(abs(used - (try #require(samples.hedgesG))) < 1e-15)
        let exact = try #require(samples.hedgesG(correction: .exact))
        #expect(exact < used)
    }

    @Test(arguments: ["example", "d", "e"])
    func perspectiveMixMatchesChisqTestWithoutContinuityCorrection(set name: String) throws {
        let set = try ReferenceSet.named(name)
        let paths = StatisticsReference.paths(prefix: "\(name)/wave=", suffix: "/mix")
        #expect(!paths.isEmpty)
        for path in paths {
            let waves = path.split(separator: "=")[1].split(separator: "/")[0].split(separator: ">").map(String.init)
            let count = { (wave: String) in
                Dictionary(
                    set.rows("wave", wave).filter { !$0.perspective.isEmpty }.map { ($0.perspective, 1) },
                    uniquingKeysWith: +)
            }
            let mix = try #require(PerspectiveMix(before: count(waves[0]), after: count(waves[1])))
            let expected = StatisticsReference.at(path)
            #expect((mix.before + mix.after).map(Double.init) == StatisticsReference.at(path + ".counts"))
            StatisticsReference.expectClose(mix.chiSquare, expected[0], path + " X²")
            #expect(Double(mix.degreesOfFreedom) == expected[1])
            StatisticsReference.expectClose(mix.pValue, expected[2], path + " p")
            StatisticsReference.expectClose(mix.smallestExpected, expected[3], path + " smallest expected")
            StatisticsReference.expectClose(mix.totalVariation, expected[4], path + " total variation")
        }
    }

    @Test func theMixDiffersClearlyOnlyWithATrustedTestASmallPValueAndALargeShift() throws {
        let d = try ReferenceSet.named("d")
        let count = { (wave: String) in
            Dictionary(d.rows("wave", wave).map { ($0.perspective, 1) }, uniquingKeysWith: +)
        }
        // 2024-najaar → 2025-voorjaar: p = 0.16, no clear difference.
        let calm = try #require(PerspectiveMix(before: count("2024-najaar"), after: count("2025-voorjaar")))
        #expect(calm.expectedCountsAdequate && !calm.differsClearly)
        // 2025-voorjaar → 2025-najaar: beleid grew from 17% to 31%; p = 0.006, distance 0.25.
        let shifted = try #require(PerspectiveMix(before: count("2025-voorjaar"), after: count("2025-najaar")))
        #expect(shifted.differsClearly)
        // Set e's waves are too small for the test: nothing is claimed.
        let e = try ReferenceSet.named("e")
        let small = { (wave: String) in
            Dictionary(e.rows("wave", wave).map { ($0.perspective, 1) }, uniquingKeysWith: +)
        }
        let untrusted = try #require(PerspectiveMix(before: small("meting 2"), after: small("meting 3")))
        #expect(!untrusted.expectedCountsAdequate && !untrusted.differsClearly)
        // A significant but small shift in a large survey is not a clear difference.
        let large = try #require(
            PerspectiveMix(before: ["a": 5_000, "b": 5_000], after: ["a": 5_300, "b": 4_700]))
        #expect(large.pValue < 0.001 && abs(large.totalVariation - 0.03) < 1e-12 && !large.differsClearly)
        // A shift of exactly 0.1 (25% to 15%), computed as 0.09999999999999999, counts.
        let edge = try #require(PerspectiveMix(before: ["a": 75, "b": 225], after: ["a": 45, "b": 255]))
        #expect(edge.totalVariation < 0.1 && edge.differsClearly)
    }

    @Test func aMixNeedsTwoPerspectivesAndRespondentsInBothWaves() {
        #expect(PerspectiveMix(before: ["a": 4], after: ["a": 9]) == nil)
        #expect(PerspectiveMix(before: [:], after: ["a": 3, "b": 2]) == nil)
        #expect(PerspectiveMix(before: ["a": 3, "b": 0], after: ["a": 0, "b": 0]) == nil)
    }
}
