import Foundation
import Testing

@testable import LISO

@Suite struct MeetingRendererTests {
    let day = CalendarDay(year: 2025, month: 3, day: 7)

    func report(_ fixture: ReportFixture = ReportFixture(), _ language: Language = .dutch) -> MeetingReport {
        MeetingReport(
            result: fixture.result, instrument: fixture.instrument, framework: fixture.framework, language: language,
            day: day, wavesByNetwork: ["Noord": ["2025-voorjaar"]])
    }

    /// The HTML of one network's section.
    func section(_ html: String, _ number: Int) -> Substring {
        let parts = html.components(separatedBy: "<section class=\"network")
        return parts.indices.contains(number) ? Substring(parts[number]) : ""
    }

    @Test func eachNetworkIsASectionThatPrintsOnANewPage() {
        let html = MeetingHTMLRenderer().render(report())
        #expect(html.components(separatedBy: "<section class=\"network").count - 1 == 3)
        #expect(html.contains("section.network { break-before: page; }"))
        #expect(html.contains("@page { size: A4;"))
    }

    @Test func theHeaderHasTheDateTheWaveAndBlanksWhereTheyAreUnknown() {
        let html = MeetingHTMLRenderer().render(report())
        #expect(section(html, 1).contains("<dt>Datum:</dt><dd>7 maart 2025</dd>"))
        #expect(section(html, 1).contains("<dt>Meting:</dt><dd>2025-voorjaar</dd>"))
        #expect(section(html, 2).contains("<dt>Meting:</dt><dd>…………………………</dd>"))
    }

    @Test func aHiddenNetworkShowsTheNoticeAndNoFigureAtAll() {
        let hidden = section(MeetingHTMLRenderer().render(report()), 3)
        #expect(hidden.contains("class=\"notice\""))
        #expect(!hidden.contains("td class=\"bar\"") && !hidden.contains("verborgen (n"))
        #expect(!hidden.contains("<th scope=\"row\">"))
        #expect(hidden.contains("<table class=\"actions\">"))
    }

    @Test func theAgreementsTableIsEmptyToFillInByHand() {
        let html = MeetingHTMLRenderer().render(report())
        let table = section(html, 1).components(separatedBy: "<table class=\"actions\">").last ?? ""
        #expect(table.contains("Wat gaan we doen?</th><th scope=\"col\">Wie?</th><th scope=\"col\">Wanneer klaar?"))
        #expect(table.components(separatedBy: "<tr><td></td><td></td><td></td></tr>").count - 1 == 8)
    }

    @Test func theHTMLNeedsNothingFromElsewhereAndEscapesUserText() {
        let fixture = ReportFixture { "<i>\($0)</i>" }
        let html = MeetingHTMLRenderer().render(report(fixture))
        #expect(!html.contains("<i>"))
        #expect(html.contains("&lt;i&gt;Noord&lt;/i&gt;"))
        let outside = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        for external in ["src=", "href=", "http", "@import", "url("] { #expect(!outside.contains(external)) }
        let markdown = MeetingMarkdownRenderer().render(report(fixture))
        #expect(!markdown.contains("<i>"))
    }

    @Test func markdownHasTheSameSectionsInTheSameOrder() {
        let markdown = MeetingMarkdownRenderer().render(report(ReportFixture(), .english))
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.prefix(5).map(String.init)
        #expect(
            headings == [
                "## Where the perspectives differ most", "## The core elements at a glance",
                "## The lead and the other members", "## Questions to discuss together", "## Agreements",
            ])
        #expect(markdown.components(separatedBy: "\n---\n").count == 3)
    }

    @Test func jsonAndCSVHaveNoMeetingReport() {
        #expect(ReportFormat.json.meetingRenderer == nil)
        #expect(ReportFormat.csv.meetingRenderer == nil)
        #expect(ReportFormat.html.meetingRenderer is MeetingHTMLRenderer)
    }
}
