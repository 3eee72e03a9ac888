import Foundation
import Testing

@testable import LISO

@Suite struct TempRealTests {
    @Test func writeReal() throws {
        let instrument = Instrument.lisoFull
        let fixture = ReportFixture()
        var result = fixture.result
        result.instrument = InstrumentInfo(instrument)
        func items(_ n: Int) -> [ItemResult] {
            instrument.items.enumerated().map { index, item in
                ItemResult(
                    id: item.id, element: item.element, n: n, dontKnow: index % 3, unanswered: 0, invalid: 0,
                    mean: 3.5, sd: 1, counts: ["1": 1, "2": 2 + index % 3, "3": 3, "4": n / 2, "5": n / 4])
            }
        }
        result.overall.items = items(40)
        let phase = EvaluationFramework.liso2023.phase("maintaining")!
        result.recommendations = [
            Recommendation(
                network: nil, phase: "maintaining", element: "making-lessons-explicit", band: .concern, mean: 2.41,
                workingElements: Array(phase.relevance.workingElements.prefix(4)))
        ]
        for language in Language.allCases {
            let report = Report(result: result, instrument: instrument, framework: .liso2023, language: language)
            try HTMLRenderer().render(report).write(
                toFile: "/tmp/real.\(language.rawValue).html", atomically: true, encoding: .utf8)
            try MarkdownRenderer().render(report).write(
                toFile: "/tmp/real.\(language.rawValue).md", atomically: true, encoding: .utf8)
        }
    }
}
