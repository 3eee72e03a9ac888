import Foundation
import Testing

@testable import LISO

/// Compares every format of the rich fixture with its golden file in `Fixtures/Expected/`.
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
        let rendered = format.renderer.render(ReportFixture().report(language))
        let url = Self.expected.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["LISO_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.expected, withIntermediateDirectories: true)
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
