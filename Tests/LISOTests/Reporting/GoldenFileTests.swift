import Foundation
import Testing

@testable import LISO

/// Compares every format of the rich fixture with its golden file in `Fixtures/Expected/`, and
/// the meeting and personal reports made from fixtures.
/// Set `LISO_RECORD_GOLDEN=1` to write the golden files instead.
@Suite struct GoldenFileTests {
    static let expected = PackagePaths.root.appendingPathComponent("Fixtures/Expected")

    static let cases: [(file: String, format: ReportFormat, language: Language)] = [
        ("report.nl.md", .markdown, .dutch), ("report.en.md", .markdown, .english),
        ("report.nl.html", .html, .dutch), ("report.en.html", .html, .english),
        ("report.json", .json, .english), ("report.csv", .csv, .english),
    ]

    @Test(arguments: cases.indices)
    func theRichFixtureRendersAsItsGoldenFile(_ index: Int) throws {
        let (file, format, language) = Self.cases[index]
        try Self.compare(format.renderer.render(ReportFixture().report(language)), with: file)
    }

    /// The meeting report of the rich fixture on a fixed day.
    static func meeting(_ language: Language) -> MeetingReport {
        let fixture = ReportFixture()
        return MeetingReport(
            result: fixture.result, instrument: fixture.instrument, framework: fixture.framework, language: language,
            day: CalendarDay(year: 2025, month: 3, day: 7), wavesByNetwork: ["Noord": ["2025-voorjaar"]])
    }

    static let others: [(file: String, render: @Sendable () -> String)] = [
        ("meeting.nl.html", { MeetingHTMLRenderer().render(meeting(.dutch)) }),
        ("meeting.nl.md", { MeetingMarkdownRenderer().render(meeting(.dutch)) }),
        ("meeting.en.md", { MeetingMarkdownRenderer().render(meeting(.english)) }),
        ("personal.nl.txt", { PersonalTextRenderer().render(PersonalReportTests.report(.dutch)) }),
        ("personal.nl.html", { PersonalHTMLRenderer().render(PersonalReportTests.report(.dutch)) }),
    ]

    @Test(arguments: others.indices)
    func theMeetingAndPersonalReportsRenderAsTheirGoldenFiles(_ index: Int) throws {
        try Self.compare(Self.others[index].render(), with: Self.others[index].file)
    }

    /// Compares `rendered` with a golden file, naming the first line that differs; records the
    /// file instead when `LISO_RECORD_GOLDEN=1`.
    static func compare(_ rendered: String, with file: String) throws {
        let url = expected.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["LISO_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: expected, withIntermediateDirectories: true)
            try rendered.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard rendered != expected else { return }
        let (new, old) = (
            rendered.split(separator: "\n", omittingEmptySubsequences: false),
            expected.split(separator: "\n", omittingEmptySubsequences: false)
        )
        let line =
            zip(new, old).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(new.count, old.count)
        let got = line < new.count ? String(new[line].prefix(300)) : "(end of output)"
        let want = line < old.count ? String(old[line].prefix(300)) : "(end of file)"
        Issue.record(
            "\(file):\(line + 1) differs; re-record with LISO_RECORD_GOLDEN=1 after checking the change\nexpected: \(want)\nrendered: \(got)"
        )
    }
}
