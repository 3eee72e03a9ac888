import Testing

@testable import LISO

@Suite struct BuiltInInstrumentScoringTests {
    @Test func theBuiltInItemBankScoresAndRecommendsThePhasesWorkingElements() throws {
        let instrument = Instrument.lisoFull
        let framework = EvaluationFramework.liso2023
        // Everyone agrees (4) except on synergy, where everyone disagrees (2 after keying).
        let answers: [Answer] = instrument.items.map { item in
            let keyed = item.element == "synergy" ? 2.0 : 4.0
            return .value(item.reverse ? 6 - keyed : keyed)
        }
        var scorer = Scorer(instrument: instrument)
        for index in 0..<8 {
            scorer.add(
                Response(
                    respondentID: "p\(index)", network: "north", perspectives: ["practice"], roles: ["member"],
                    phase: index < 6 ? "maintaining" : "forming", answers: answers))
        }
        let result = scorer.result()
        let synergy = try #require(result.overall.elements.first { $0.id == "synergy" })
        #expect(synergy.mean == 2 && synergy.band == .concern)
        #expect(result.overall.elements.filter { $0.band == .strength }.count == framework.elements.count - 1)
        let recommendation = try #require(result.recommendations.first { $0.network == "north" })
        #expect(recommendation.element == "synergy" && recommendation.phase == "maintaining")
        let maintaining = try #require(framework.phase("maintaining"))
        let synergyWorkingElements = Set(try #require(framework.element("synergy")).workingElements.map(\.id))
        let expected = maintaining.relevance.workingElements.filter { synergyWorkingElements.contains($0) }
        #expect(!expected.isEmpty)
        #expect(recommendation.workingElements == expected)
        #expect(result.flags.straightliners == 0)
    }
}
