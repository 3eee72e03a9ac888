import Testing

@testable import LISO

@Suite struct ScorerTests {
    typealias Support = ScoringTestSupport

    /// Synergy (the 4th element) has three items, the third reverse-keyed; the hand-computed
    /// element scores are 13/3, 3, 14/3 and 2 (the fifth answered too few items).
    static func handExample(policy: ScoringPolicy = ScoringPolicy(minimumGroupSize: 1)) -> EvaluationResult {
        let instrument = Support.instrument(itemsPerElement: [0, 0, 0, 3], reversed: [2])
        var scorer = Scorer(instrument: instrument, policy: policy)
        for text in ["452", "333", "541", "2d4", "1.."] {
            scorer.add(Response(answers: Support.answers(text)))
        }
        return scorer.result()
    }

    @Test func elementScoresUseReverseKeysAndTheHalfAnsweredRule() throws {
        let result = Self.handExample()
        let synergy = try #require(result.overall.elements.first { $0.id == "synergy" })
        #expect(synergy.n == 4)
        #expect(abs(try #require(synergy.mean) - 3.5) < 1e-15)
        #expect(abs(try #require(synergy.sd) - (41.0 / 27).squareRoot()) < 1e-14)
        #expect(synergy.alphaN == 3)
        #expect(abs(try #require(synergy.score100) - 62.5) < 1e-12)
        #expect(synergy.band == .attention)
        // Complete cases (4,5,4), (3,3,3), (5,4,5): variances 1, 1, 1; covariances 0.5, 1, 0.5.
        #expect(abs(try #require(synergy.alpha) - 6.0 / 7) < 1e-15)
    }

    @Test func itemCountsAreKeyedAfterReversal() throws {
        let result = Self.handExample()
        let reversed = try #require(result.overall.items.first { $0.id == "synergy-3" })
        #expect(reversed.counts == ["1": 0, "2": 1, "3": 1, "4": 1, "5": 1])
        #expect(reversed.unanswered == 1)
        #expect(reversed.n == 4)
        #expect(reversed.mean == 3.5)
        let second = try #require(result.overall.items.first { $0.id == "synergy-2" })
        #expect(second.dontKnow == 1)
        #expect(second.unanswered == 1)
    }

    @Test func elementsWithoutItemsHaveNoFiguresAndSayWhy() throws {
        let result = Self.handExample()
        let empty = try #require(result.overall.elements.first { $0.id == "results" })
        #expect(empty.n == 0)
        #expect(empty.mean == nil && empty.sd == nil && empty.ci95 == nil && empty.alpha == nil)
        #expect(empty.alphaNote == .tooFewItems)
    }

    @Test func aRowWithoutAnyAnswerIsReadButRejected() {
        let instrument = Support.instrument(itemsPerElement: [2])
        var scorer = Scorer(instrument: instrument)
        scorer.add(Response(answers: Support.answers("..")))
        scorer.add(Response(answers: Support.answers("xx")))
        scorer.add(Response(answers: Support.answers("d.")))
        let result = scorer.result()
        #expect(result.rowsRead == 3)
        #expect(result.respondents == 1)
        #expect(result.rowsRejected == 2)
    }

    @Test func theWholeSetIsSuppressedBelowTheMinimumGroupSize() {
        let result = Self.handExample(policy: ScoringPolicy(minimumGroupSize: 6))
        #expect(result.overall.suppressed)
        #expect(result.overall.suppressionReason == .smallGroup)
        #expect(result.overall.respondents == 5)
        #expect(result.overall.elements.isEmpty && result.overall.items.isEmpty)
    }
}
