import Testing

@testable import LISO

@Suite struct DivergenceTests {
    typealias Support = ScoringTestSupport

    @Test func perspectiveSpreadIsLargestMinusSmallestMeanAndFlaggedAtTheThreshold() throws {
        let responses =
            Support.people(5, perspective: "practice", answers: "5444")
            + Support.people(5, perspective: "policy", answers: "3434")
        let result = Support.score(responses)
        let found = try #require(
            result.divergence.first {
                $0.kind == .perspectives && $0.network == "north" && $0.element == "community-context"
            })
        #expect(found.difference == 2)
        #expect(found.highest == "practice" && found.lowest == "policy")
        #expect(found.means == ["practice": 5, "policy": 3])
        #expect(found.flagged)
        let small = try #require(
            result.divergence.first {
                $0.kind == .perspectives && $0.network == "north" && $0.element == "organisation"
            })
        #expect(small.difference == 1 && small.flagged)
        let none = try #require(
            result.divergence.first {
                $0.kind == .perspectives && $0.network == "north" && $0.element == "learning-network"
            })
        #expect(none.difference == 0 && !none.flagged)
    }

    @Test func suppressedPerspectivesTakeNoPartInTheSpread() {
        let responses =
            Support.people(5, perspective: "practice", answers: "5444")
            + Support.people(5, perspective: "policy", answers: "3434")
            + Support.people(1, perspective: "research", answers: "1111")
        let result = Support.score(responses)
        // Research is small, and policy is hidden with it (complementary): one perspective left.
        #expect(!result.divergence.contains { $0.kind == .perspectives && $0.network == "north" })
        #expect(!result.divergence.contains { $0.means.keys.contains("research") })
    }

    @Test func trekkersAreComparedWithEveryoneElseInTheNetwork() throws {
        let responses =
            Support.people(5, role: "trekker", answers: "5555")
            + Support.people(4, role: "member", answers: "3333")
            + Support.people(2, role: nil, answers: "2222")
        let result = Support.score(responses)
        let found = try #require(
            result.divergence.first {
                $0.kind == .trekkersVersusMembers && $0.network == "north" && $0.element == "synergy"
            })
        let othersMean = (4 * 3.0 + 2 * 2.0) / 6
        #expect(abs(found.difference - (5 - othersMean)) < 1e-12)
        #expect(found.highest == "trekker" && found.lowest == "others")
        #expect(found.flagged)
    }

    @Test func noTrekkerComparisonWhenEitherSideIsTooSmall() {
        let responses =
            Support.people(4, role: "trekker", answers: "5555")
            + Support.people(9, role: "member", answers: "3333")
        let result = Support.score(responses)
        #expect(!result.divergence.contains { $0.kind == .trekkersVersusMembers })
        let fewOthers =
            Support.people(9, role: "trekker", answers: "5555")
            + Support.people(3, role: "member", answers: "3333")
        #expect(!Support.score(fewOthers).divergence.contains { $0.kind == .trekkersVersusMembers })
    }
}
