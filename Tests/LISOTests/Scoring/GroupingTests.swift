import Testing

@testable import LISO

@Suite struct GroupingTests {
    typealias Support = ScoringTestSupport

    @Test func defaultGroupingsAreThoseDimensionsPresentInTheData() {
        let responses = Support.people(5, answers: "3333") + Support.people(5, network: "south", answers: "4444")
        let result = Support.score(responses)
        #expect(Set(result.groups.map(\.dimensions)) == [[.network]])
        #expect(result.groups.map(\.values) == [["north"], ["south"]])
        #expect(result.overall.dimensions.isEmpty && result.overall.values.isEmpty && result.overall.isWholeSet)
    }

    @Test func aRequestedGroupingNoRespondentHasAValueForIsAWarning() {
        let responses = Support.people(5, answers: "3333")
        let result = Support.score(responses, policy: ScoringPolicy(groupings: [[.role], [.network]]))
        #expect(result.diagnostics.map(\.kind) == [.emptyGrouping])
        #expect(result.diagnostics.first?.message.contains("'role'") == true)
        #expect(Support.score(responses).diagnostics.isEmpty)
    }

    @Test func aCombinationJoinsItsValuesInDimensionOrder() throws {
        let responses = Support.people(5, perspective: "families", answers: "3333")
        let result = Support.score(responses, policy: ScoringPolicy(groupings: [[.perspective, .network]]))
        let group = try #require(result.groups.first)
        #expect(group.dimensions == [.perspective, .network])
        #expect(group.value == "families,north")
        #expect(group.values == ["families", "north"])
        #expect(group.value(of: .network) == "north" && group.value(of: .role) == nil)
    }

    @Test func aMultiSelectRespondentCountsInEachChosenGroup() throws {
        let both = Response(network: "north", perspectives: ["practice", "research"], answers: Support.answers("5555"))
        let responses =
            [both] + Support.people(5, perspective: "practice", answers: "3333")
            + Support.people(5, perspective: "research", answers: "1111")
        let result = Support.score(responses, policy: ScoringPolicy(groupings: [[.perspective]]))
        #expect(result.multiSelect == [.perspective: 1])
        #expect(result.respondents == 11)
        let practice = try #require(result.group([.perspective], ["practice"]))
        #expect(practice.respondents == 6)
        #expect(practice.elements[0].mean == (5 + 5 * 3.0) / 6)
        #expect(result.group([.perspective], ["research"])?.respondents == 6)
    }

    @Test func groupsAreOrderedByTheFrameworkThenByName() {
        let responses =
            Support.people(5, perspective: "families", answers: "3333")
            + Support.people(5, perspective: "policy", answers: "3333")
            + Support.people(5, perspective: "practice", answers: "3333")
        let result = Support.score(responses, policy: ScoringPolicy(groupings: [[.perspective]]))
        #expect(result.groups.map(\.value) == ["policy", "practice", "families"])
    }

    @Test func theModalPhaseIsReportedPerGroup() {
        let responses =
            Support.people(3, phase: "forming", answers: "3333")
            + Support.people(4, phase: "maintaining", answers: "3333")
        #expect(Support.score(responses).overall.phase == "maintaining")
    }
}
