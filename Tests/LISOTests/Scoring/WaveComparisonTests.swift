import Testing

@testable import LISO

@Suite struct WaveComparisonTests {
    typealias Support = ScoringTestSupport

    static func group(_ respondents: Int, suppressed: Bool = false, elements: [ElementResult]) -> GroupResult {
        GroupResult(
            dimensions: [], values: [], respondents: respondents, suppressionReason: suppressed ? .smallGroup : nil,
            elements: suppressed ? [] : elements, items: [])
    }

    static func element(n: Int, mean: Double?, sd: Double?) -> ElementResult {
        ElementResult(
            id: "synergy", n: n, mean: mean, sd: sd, ci95: nil, score100: nil, band: nil, alpha: nil, alphaN: 0,
            rwg: nil)
    }

    @Test func aSuppressedSideGivesNoFiguresAndSaysSo() throws {
        let before = Self.group(3, suppressed: true, elements: [])
        let after = Self.group(9, elements: [Self.element(n: 9, mean: 3, sd: 1)])
        let change = try #require(
            WaveComparison(before: before, after: after, beforeLabel: "a", afterLabel: "b").elements.first)
        #expect(change.note == .suppressed)
        #expect(change.difference == nil && change.ci95 == nil && change.hedgesG == nil && !change.likelyReal)
    }

    @Test func oneScoreOnASideGivesADifferenceButNoInterval() throws {
        let before = Self.group(5, elements: [Self.element(n: 1, mean: 2, sd: nil)])
        let after = Self.group(5, elements: [Self.element(n: 5, mean: 3, sd: 1)])
        let change = try #require(
            WaveComparison(before: before, after: after, beforeLabel: "a", afterLabel: "b").elements.first)
        #expect(change.difference == 1)
        #expect(change.ci95 == nil && change.hedgesG == nil)
        #expect(change.note == .tooFewRespondents)
        #expect(change.nBefore == 1 && change.nAfter == 5)
    }

    @Test func noSpreadOnEitherSideGivesNoIntervalInsteadOfDividingByZero() throws {
        let before = Self.group(5, elements: [Self.element(n: 5, mean: 2, sd: 0)])
        let after = Self.group(5, elements: [Self.element(n: 5, mean: 3, sd: 0)])
        let change = try #require(
            WaveComparison(before: before, after: after, beforeLabel: "a", afterLabel: "b").elements.first)
        #expect(change.difference == 1)
        #expect(change.ci95 == nil && change.hedgesG == nil)
        #expect(change.note == .zeroVariance)
    }

    @Test func aClearImprovementIsLikelyReal() throws {
        let before = Self.group(40, elements: [Self.element(n: 40, mean: 2.5, sd: 0.5)])
        let after = Self.group(40, elements: [Self.element(n: 40, mean: 3.5, sd: 0.5)])
        let change = try #require(
            WaveComparison(before: before, after: after, beforeLabel: "a", afterLabel: "b").elements.first)
        #expect(change.likelyReal)
        // Equal sizes and spreads: d = 2, J = 1 − 3 / (4 × 80 − 9).
        #expect(abs(try #require(change.hedgesG) - 2 * (1 - 3.0 / 311)) < 1e-12)
    }

    @Test func twoWavesInOneSetAreFoundByTheirGroups() throws {
        var scorer = Scorer(
            instrument: Support.instrument(itemsPerElement: [1]), policy: ScoringPolicy(groupings: [[.wave]]))
        for value in [1, 2, 2, 3, 3] { scorer.add(Response(wave: "w1", answers: [.value(Double(value))])) }
        for value in [3, 4, 4, 5, 5] { scorer.add(Response(wave: "w2", answers: [.value(Double(value))])) }
        let result = scorer.result()
        let comparison = try #require(WaveComparison(waves: result, before: "w1", after: "w2"))
        #expect(comparison.before == "w1" && comparison.after == "w2")
        #expect(comparison.elements.first?.difference == 2)
        #expect(WaveComparison(waves: result, before: "w1", after: "w9") == nil)
    }

    @Test func welchDegreesOfFreedomMatchR() throws {
        // R: t.test on set-a.csv waves gives df 13.460040459098316; here from its summaries.
        let samples = TwoSample(.init(n: 2, mean: 1, sd: 1), .init(n: 3, mean: 2, sd: 2))
        // (1/2 + 4/3)² / ((1/2)² / 1 + (4/3)² / 2) by hand.
        let expected = (0.5 + 4.0 / 3) * (0.5 + 4.0 / 3) / (0.25 + 16.0 / 9 / 2)
        #expect(abs(try #require(samples.welchDegreesOfFreedom) - expected) < 1e-12)
    }
}
