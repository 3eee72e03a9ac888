import Testing

@testable import LISO

/// A suppressed group shows its count and the rule only: even when a result carries statistics
/// for it, no format shows them.
@Suite struct ReportSuppressionTests {
    static func leaking() -> (clean: Report, leaking: Report) {
        let fixture = ReportFixture()
        var result = fixture.result
        for index in result.groups.indices where result.groups[index].suppressed {
            result.groups[index].elements = fixture.elements(shift: -2.9, n: result.groups[index].respondents)
            result.groups[index].items = fixture.items(n: 3)
            result.groups[index].phase = "institutionalising"
        }
        let leaking = Report(
            result: result, instrument: fixture.instrument, framework: fixture.framework, language: .dutch)
        return (fixture.report(.dutch), leaking)
    }

    @Test(arguments: ReportFormat.allCases)
    func statisticsOfASuppressedGroupNeverReachTheOutput(_ format: ReportFormat) {
        let (clean, leaking) = Self.leaking()
        #expect(format.renderer.render(leaking) == format.renderer.render(clean))
    }

    @Test(arguments: [ReportFormat.markdown, .html])
    func aSuppressedGroupShowsItsCountAsHidden(_ format: ReportFormat) {
        let text = format.renderer.render(ReportFixture().report(.dutch))
        #expect(text.contains("verborgen (n = 3)"))
        #expect(text.contains("verborgen (n = 4)"))
    }
}
