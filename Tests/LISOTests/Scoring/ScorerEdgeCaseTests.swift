import Foundation
import Testing

@testable import LISO

@Suite struct ScorerEdgeCaseTests {
    typealias Support = ScoringTestSupport

    @Test func valuesOffTheScaleOrNotANumberCountAsInvalid() throws {
        var scorer = Scorer(
            instrument: Support.instrument(itemsPerElement: [2]), policy: ScoringPolicy(minimumGroupSize: 1))
        for value in [7, 0, 2.5, .nan, .infinity, -.infinity, 3] {
            scorer.add(Response(answers: [.value(value), .value(1)]))
        }
        let result = scorer.result()
        let item = try #require(result.overall.items.first)
        #expect(item.invalid == 6 && item.n == 1 && item.mean == 3)
        #expect(result.respondents == 7)
        // A row whose only cell is invalid answers nothing: read, rejected, not counted per item.
        scorer.add(Response(answers: [.value(9), .unanswered]))
        #expect(scorer.result().rowsRejected == 1)
        #expect(scorer.result().overall.items.first?.invalid == 6)
    }

    @Test func shortAndLongAnswerListsAreToleratedWithoutACrash() throws {
        var scorer = Scorer(
            instrument: Support.instrument(itemsPerElement: [3]), policy: ScoringPolicy(minimumGroupSize: 1))
        scorer.add(Response(answers: [.value(4)]))
        scorer.add(Response(answers: Support.answers("12345")))
        let item = try #require(scorer.result().overall.items.last)
        #expect(item.unanswered == 1 && item.n == 1)
    }

    @Test func anEmptyScorerGivesASuppressedEmptyResult() throws {
        let result = Scorer(instrument: Support.instrument(itemsPerElement: [2])).result()
        #expect(result.respondents == 0 && result.rowsRead == 0)
        #expect(result.overall.suppressed)
        #expect(result.groups.isEmpty && result.divergence.isEmpty && result.recommendations.isEmpty)
        _ = try JSONEncoder().encode(result)
    }

    @Test func anInstrumentWithoutItemsScoresWithoutDividingByZero() throws {
        var scorer = Scorer(
            instrument: Support.instrument(itemsPerElement: []), policy: ScoringPolicy(minimumGroupSize: 0))
        scorer.add(Response(answers: []))
        let result = scorer.result()
        #expect(result.respondents == 0 && result.rowsRejected == 1)
        _ = try JSONEncoder().encode(result)
    }

    @Test func anAnsweredFractionAboveOneMeansNoElementScores() throws {
        var scorer = Scorer(
            instrument: Support.instrument(itemsPerElement: [2]),
            policy: ScoringPolicy(minimumAnsweredFraction: 1.5, minimumGroupSize: 1))
        scorer.add(Response(answers: Support.answers("45")))
        let element = try #require(scorer.result().overall.elements.first)
        #expect(element.n == 0 && element.mean == nil && element.band == nil)
    }

    @Test func aScaleWithNonIntegerValuesUsesCompensatedSums() throws {
        let scale = ResponseScale(
            id: "thirds", values: [0.1, 0.2, 0.3].map { ResponseScale.Value(value: $0, labels: []) }, missing: [])
        let items = (0..<3).map {
            Item(id: Item.ID("i\($0)"), text: LocalizedText(nl: "", en: ""), element: "synergy", scale: "thirds")
        }
        let instrument = Instrument(
            id: "t", title: LocalizedText(nl: "", en: ""), framework: "liso-2023", scales: [scale], items: items,
            fields: InstrumentFields())
        var scorer = Scorer(instrument: instrument, policy: ScoringPolicy(minimumGroupSize: 1))
        for row in [[0.1, 0.2, 0.3], [0.3, 0.3, 0.2], [0.2, 0.1, 0.1], [0.1, 0.1, 0.2]] {
            scorer.add(Response(answers: row.map { .value($0) }))
        }
        let result = scorer.result()
        let element = try #require(result.overall.elements.first { $0.id == "synergy" })
        #expect(element.alpha != nil)
        let counts = try #require(result.overall.items.first?.counts)
        #expect(counts == ["0.1": 2, "0.2": 1, "0.3": 1])
    }

    @Test func unreasonablePolicyNumbersNeitherCrashNorProduceNaN() throws {
        for fraction in [Double.nan, .infinity, -.infinity, -1] {
            var scorer = Scorer(
                instrument: Support.instrument(itemsPerElement: [2]),
                policy: ScoringPolicy(
                    minimumAnsweredFraction: fraction, minimumGroupSize: -3, divergenceThreshold: .nan,
                    strengthThreshold: .nan, attentionThreshold: .infinity, straightlinerMinimumItems: -1))
            scorer.add(Response(answers: Support.answers("4.")))
            let result = scorer.result()
            // The policy is echoed as given; every figure computed from it must encode.
            _ = try JSONEncoder().encode([result.overall] + result.groups)
            _ = try JSONEncoder().encode(result.divergence)
            _ = try JSONEncoder().encode(result.recommendations)
        }
    }
}
