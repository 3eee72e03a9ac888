import Testing

@testable import LISO

@Suite struct QualityFlagsTests {
    typealias Support = ScoringTestSupport

    static func scorer(_ texts: [String], ids: [String?] = []) -> Scorer {
        var scorer = Scorer(instrument: Support.instrument(itemsPerElement: [4, 4, 4]))
        for (index, text) in texts.enumerated() {
            scorer.add(Response(respondentID: index < ids.count ? ids[index] : nil, answers: Support.answers(text)))
        }
        return scorer
    }

    @Test func tenOrMoreAnsweredItemsAllTheSameRawValueMakeAStraightliner() {
        let result = Self.scorer([
            "444444444444",  // 12 the same
            "4444444444..",  // 10 the same, two empty
            "44444444d...",  // 8 answered: too few
            "444444444445",  // one differs
            "111111111111",
        ]).result()
        #expect(result.flags.straightliners == 3)
    }

    @Test func reverseKeyingDoesNotHideAStraightliner() {
        var scorer = Scorer(instrument: Support.instrument(itemsPerElement: [6, 6], reversed: [0, 7]))
        scorer.add(Response(answers: Support.answers("555555555555")))
        #expect(scorer.result().flags.straightliners == 1)
    }

    @Test func eachRepeatedIdCountsOnceAndEmptyIdsNever() {
        let texts = Array(repeating: "123412341234", count: 8)
        let result = Self.scorer(texts, ids: ["a", "a", "b", "c", "c", "c", "", nil]).result()
        #expect(result.flags.duplicateIds == 2)
    }

    @Test func duplicatesAcrossMergedScorersAreFound() {
        var first = Self.scorer(["123412341234"], ids: ["a"])
        let second = Self.scorer(["123412341234", "123412341234"], ids: ["a", "b"])
        first.merge(second)
        #expect(first.result().flags.duplicateIds == 1)
    }

    @Test func idHashesAreStableAcrossRuns() {
        // FNV-1a 64 of "a" is a published test vector.
        #expect(DuplicateIdentifiers.hash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(DuplicateIdentifiers.hash("") == 0xcbf2_9ce4_8422_2325)
    }
}
