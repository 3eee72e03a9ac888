import Testing

@testable import LISO

@Suite struct RecommendationTests {
    typealias Support = ScoringTestSupport

    /// LISO 2023 with working elements under synergy, and a maintaining phase that names one of
    /// them.
    static let framework: EvaluationFramework = {
        var framework = EvaluationFramework.liso2023
        let statement = LocalizedText(nl: "x", en: "x")
        let index = framework.elements.firstIndex { $0.id == "synergy" }!
        framework.elements[index].themes = [
            Theme(
                id: "synergy.goal", name: statement, isTopThree: true, provenance: .derived,
                workingElements: [
                    WorkingElement(id: "synergy.goal.explicit", statement: statement, provenance: .derived),
                    WorkingElement(id: "synergy.goal.shared", statement: statement, provenance: .derived),
                ]),
            Theme(
                id: "synergy.trust", name: statement, isTopThree: false, provenance: .derived,
                workingElements: [WorkingElement(id: "synergy.trust.time", statement: statement, provenance: .derived)]),
        ]
        let phase = framework.phases.firstIndex { $0.id == "maintaining" }!
        framework.phases[phase].relevance.workingElements = ["synergy.trust.time", "results.other.thing"]
        return framework
    }()

    @Test func weakElementsComeWeakestFirstWithThePhasesWorkingElements() throws {
        // community-context 5 (strength), learning-network 3 (attention), organisation 2,
        // synergy 1 (concern).
        let responses =
            Support.people(4, phase: "maintaining", answers: "5321")
            + Support.people(2, phase: "forming", answers: "5321")
        let result = Support.score(responses, framework: Self.framework)
        let north = result.recommendations.filter { $0.network == "north" }
        #expect(north.map(\.element) == ["synergy", "organisation", "learning-network"])
        #expect(north.map(\.band) == [.concern, .concern, .attention])
        #expect(north.allSatisfy { $0.phase == "maintaining" })
        #expect(north[0].workingElements == ["synergy.trust.time"])
        #expect(north[0].mean == 1)
    }

    @Test func withoutAPhaseTheElementsTopThreeThemesAreUsed() throws {
        let result = Support.score(Support.people(6, answers: "5551"), framework: Self.framework)
        let synergy = try #require(result.recommendations.first { $0.network == "north" && $0.element == "synergy" })
        #expect(synergy.phase == nil)
        #expect(synergy.workingElements == ["synergy.goal.explicit", "synergy.goal.shared"])
    }

    @Test func theWholeSetGetsRecommendationsAndSmallNetworksNone() {
        let responses = Support.people(6, answers: "2222") + Support.people(2, network: "south", answers: "2222")
        let result = Support.score(responses, framework: Self.framework)
        #expect(result.recommendations.contains { $0.network == nil })
        #expect(!result.recommendations.contains { $0.network == "south" })
    }
}
