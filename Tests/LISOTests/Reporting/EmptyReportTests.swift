import Foundation
import Testing

@testable import LISO

/// A result with too few respondents for any figure still renders in every format.
@Suite struct EmptyReportTests {
    static let result = EvaluationResult(
        instrument: InstrumentInfo(ReportFixture().instrument), policy: .standard,
        sources: [SourceSummary(file: "leeg.csv", rowsRead: 3, rowsRejected: 1)], respondents: 2, rowsRead: 3,
        rowsRejected: 1,
        overall: GroupResult(
            dimensions: [], values: [], respondents: 2, suppressionReason: .smallGroup, elements: [], items: []),
        groups: [], divergence: [], recommendations: [], flags: QualityFlags(straightliners: 0, duplicateIds: 0),
        diagnostics: [])

    static func report(_ language: Language) -> Report {
        Report(result: result, instrument: ReportFixture().instrument, language: language)
    }

    @Test func theHumanFormatsSayThereAreTooFewRespondents() {
        let markdown = MarkdownRenderer().render(Self.report(.dutch))
        #expect(markdown.contains(ReportStrings(.dutch).overallSuppressed))
        #expect(!markdown.contains(ReportStrings(.dutch).noRecommendations))
        let html = HTMLRenderer().render(Self.report(.english))
        #expect(html.contains(ReportStrings(.english).overallSuppressed))
        #expect(!html.contains(ReportStrings(.english).noRecommendations))
        #expect(!html.contains("<svg"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func theJSONStillRoundTripsAndTheCSVHasOnlyCounts() throws {
        let json = JSONRenderer().render(Self.report(.english))
        #expect(try JSONDecoder().decode(EvaluationResult.self, from: Data(json.utf8)) == Self.result)
        let csv = CSVRenderer().render(Self.report(.english))
        let statistics = Set(CSVRendererTests.parse(csv).dropFirst().map { $0[4] })
        #expect(!statistics.contains("mean"))
        #expect(statistics.contains("respondents"))
    }
}
