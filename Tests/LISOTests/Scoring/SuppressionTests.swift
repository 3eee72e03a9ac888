import Testing

@testable import LISO

@Suite struct SuppressionTests {
    typealias Support = ScoringTestSupport
    static let byNetworkAndPerspective = ScoringPolicy(groupings: [[.network, .perspective]])

    @Test func aSmallGroupShowsItsCountOnly() throws {
        let result = Support.score(
            Support.people(6, perspective: "practice", answers: "4444")
                + Support.people(7, perspective: "policy", answers: "3333")
                + Support.people(2, perspective: "research", answers: "1111"),
            policy: Self.byNetworkAndPerspective)
        let research = try #require(result.group([.network, .perspective], ["north", "research"]))
        #expect(research.suppressed && research.suppressionReason == .smallGroup)
        #expect(research.respondents == 2)
        #expect(research.elements.isEmpty && research.items.isEmpty && research.phase == nil)
    }

    @Test func theSmallestOtherSiblingIsHiddenSoTheSmallGroupCannotBeRecoveredBySubtraction() throws {
        let result = Support.score(
            Support.people(6, perspective: "practice", answers: "4444")
                + Support.people(7, perspective: "policy", answers: "3333")
                + Support.people(2, perspective: "research", answers: "1111"),
            policy: Self.byNetworkAndPerspective)
        let practice = try #require(result.group([.network, .perspective], ["north", "practice"]))
        let policy = try #require(result.group([.network, .perspective], ["north", "policy"]))
        #expect(practice.suppressed && practice.suppressionReason == .complementary)
        #expect(!policy.suppressed)
    }

    @Test func twoSmallSiblingsThatTogetherReachTheMinimumNeedNoFurtherHiding() throws {
        let result = Support.score(
            Support.people(6, perspective: "practice", answers: "4444")
                + Support.people(3, perspective: "policy", answers: "3333")
                + Support.people(3, perspective: "research", answers: "1111"),
            policy: Self.byNetworkAndPerspective)
        #expect(result.group([.network, .perspective], ["north", "practice"])?.suppressed == false)
        #expect(result.group([.network, .perspective], ["north", "policy"])?.suppressionReason == .smallGroup)
        #expect(result.group([.network, .perspective], ["north", "research"])?.suppressionReason == .smallGroup)
    }

    @Test func respondentsWithoutAValueCountAsAHiddenSibling() throws {
        // Two people did not say their perspective: network minus the shown perspectives would
        // reveal them, so the smallest perspective is hidden as well.
        let result = Support.score(
            Support.people(6, perspective: "practice", answers: "4444")
                + Support.people(7, perspective: "policy", answers: "3333")
                + Support.people(2, perspective: nil, answers: "1111"),
            policy: Self.byNetworkAndPerspective)
        #expect(result.group([.network, .perspective], ["north", "practice"])?.suppressionReason == .complementary)
        #expect(result.group([.network, .perspective], ["north", "policy"])?.suppressed == false)
        #expect(!result.groups.contains { $0.values.contains("") })
    }

    @Test func equallySmallSiblingsHideTheOneFirstInFrameworkOrder() throws {
        // Policy precedes practice in the framework's list of perspectives.
        let result = Support.score(
            Support.people(6, perspective: "practice", answers: "4444")
                + Support.people(6, perspective: "policy", answers: "3333")
                + Support.people(1, perspective: "families", answers: "1111"),
            policy: ScoringPolicy(groupings: [[.perspective]]))
        #expect(result.group([.perspective], ["policy"])?.suppressionReason == .complementary)
        #expect(result.group([.perspective], ["practice"])?.suppressed == false)
    }

    @Test func theRuleAlsoProtectsAcrossNetworks() throws {
        // Perspective 'research' exists in two networks: 6 in north, 1 in south. The research
        // total is shown, so north's research must not be, or south's could be subtracted.
        let north =
            Support.people(6, perspective: "research", answers: "4444")
            + Support.people(6, perspective: "practice", answers: "3333")
        let south =
            Support.people(1, network: "south", perspective: "research", answers: "1111")
            + Support.people(8, network: "south", perspective: "practice", answers: "2222")
        let result = Support.score(
            north + south, policy: ScoringPolicy(groupings: [[.perspective], [.network, .perspective]]))
        #expect(result.group([.perspective], ["research"])?.suppressed == false)
        #expect(result.group([.network, .perspective], ["south", "research"])?.suppressionReason == .smallGroup)
        #expect(result.group([.network, .perspective], ["north", "research"])?.suppressionReason == .complementary)
    }

    @Test func theReasonsFunctionLeavesLargeFamiliesAlone() {
        let groups: [(values: [String?], respondents: Int)] = [(["a"], 5), (["b"], 9), (["c"], 12)]
        let reasons = Suppression.reasons(groups: groups, grouping: [0, 0, 0], minimumGroupSize: 5) { $0 < $1 }
        #expect(reasons == [nil, nil, nil])
    }
}
