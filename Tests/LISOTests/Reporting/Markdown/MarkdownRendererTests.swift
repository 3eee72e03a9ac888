import Testing

@testable import LISO

@Suite struct MarkdownRendererTests {
    let fixture = ReportFixture()

    @Test func dutchReportsUseDecimalCommas() {
        let text = MarkdownRenderer().render(fixture.report(.dutch))
        #expect(text.contains("| 4,31 |") || text.contains(" 4,31 "))
        #expect(!text.contains("4.31"))
    }

    @Test func englishReportsUseDecimalPoints() {
        let text = MarkdownRenderer().render(fixture.report(.english))
        #expect(text.contains("4.31"))
        #expect(!text.contains("4,31"))
    }

    @Test func tablesRightAlignTheirNumberColumns() throws {
        let text = MarkdownRenderer().render(fixture.report(.english))
        let lines = text.split(separator: "\n")
        let header = try #require(lines.firstIndex { $0.hasPrefix("| Core element") && $0.contains("Mean") })
        let rule = lines[header + 1].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(rule.first?.hasSuffix(":") == false)
        #expect(rule.dropFirst().first?.hasSuffix(":") == true)
        let widths = Set(lines[header...(header + 9)].map(\.count))
        #expect(widths.count == 1, "the rows of a table have the same width")
    }

    @Test func markupCharactersAreEscaped() {
        #expect(MarkdownText.escape("<b>x</b> | *y* & [z](u)") == "\\<b\\>x\\</b\\> \\| \\*y\\* \\& \\[z\\](u)")
        #expect(MarkdownText.escape("two\nlines") == "two lines")
    }

    @Test func theReportStatesTheSuppressionRule() {
        let text = MarkdownRenderer().render(fixture.report(.english))
        #expect(text.contains("Groups with fewer than 5 respondents show their count only"))
    }
}

@Suite struct RecommendationQuestionLimitTests {
    static func report() -> Report {
        var report = ReportFixture().report(.english)
        report.recommendations[0].questions = (1...5).map { "Question \($0)?" }
        return report
    }

    @Test(arguments: [ReportFormat.markdown, .html])
    func aMeetingGetsTheThreeMostRelevantQuestionsAndACountOfTheRest(_ format: ReportFormat) {
        let text = format.renderer.render(Self.report())
        #expect(text.contains("Question 3?"))
        #expect(!text.contains("Question 4?"))
        #expect(text.contains("And 2 more working elements; ‘liso framework’ lists them all."))
        #expect(!text.contains("in the JSON report"))
    }
}
