import Testing

@testable import LISO

/// Markup in every user-supplied string (network names, wave labels, file names, item texts and
/// ids, the instrument's title, diagnostics) never comes out live.
@Suite struct ReportInjectionTests {
    static let payloads = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "&amp;"]

    static func injected(_ payload: String) -> ReportFixture {
        var fixture = ReportFixture()
        fixture.text = { $0 + " " + payload }
        return fixture
    }

    @Test(arguments: payloads)
    func markupInUserTextIsEscapedInHTML(_ payload: String) {
        for language in Language.allCases {
            let html = HTMLRenderer().render(Self.injected(payload).report(language))
            #expect(!html.contains("<script"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("onerror=alert(1)>"))
            let escaped = HTMLText.escape(payload)
            #expect(html.components(separatedBy: escaped).count - 1 >= 10, "the payload appears escaped")
            if payload == "&amp;" { #expect(html.contains("&amp;amp;")) }
        }
    }

    @Test(arguments: payloads)
    func markupInUserTextIsNotLiveInMarkdown(_ payload: String) {
        let text = MarkdownRenderer().render(Self.injected(payload).report(.dutch))
        for (index, character) in text.enumerated() where character == "<" || character == "&" {
            let previous = text[text.index(text.startIndex, offsetBy: index - 1)]
            #expect(previous == "\\", "an unescaped '\(character)' at offset \(index)")
        }
        #expect(text.contains(MarkdownText.escape(payload)))
    }

    @Test func markupInTheNameOfTheOnlyNetworkIsEscapedInTheTitle() {
        let fixture = Self.injected("<script>alert(1)</script>")
        var result = fixture.result
        result.groups.removeAll { $0.dimensions == [.network] && $0.value != fixture.networks[0] }
        let report = Report(result: result, instrument: fixture.instrument, language: .english)
        #expect(report.title.contains("<script>"))
        let html = HTMLRenderer().render(report)
        #expect(!html.contains("<script"))
        #expect(html.contains("<h1>Evaluation of the learning network ‘Noord &lt;script&gt;"))
        #expect(MarkdownRenderer().render(report).hasPrefix("# Evaluation of the learning network ‘Noord \\<script\\>"))
    }

    @Test func markupInUserTextStaysPlainTextInJSON() throws {
        let text = JSONRenderer().render(Self.injected("<script>alert(1)</script>").report(.english))
        #expect(text.contains("Noord <script>alert(1)</script>"))
    }
}
