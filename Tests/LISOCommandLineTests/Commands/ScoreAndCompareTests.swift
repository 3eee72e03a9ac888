import Foundation
import Testing

@testable import LISOCommandLine

@Suite struct ScoreAndCompareTests {
    let folder = TemporaryDirectory()

    /// The report as JSON.
    func json(_ run: InProcessRun) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }

    @Test func theSummaryLineSaysOneRespondentAndOneRowInTheSingular() async throws {
        try folder.write(Fixtures.shortExport(rows: [("Noord", "w1", ["4"])]), to: "a.csv")
        let run = await InProcessRun(["score", "a.csv"], directory: folder.url)
        #expect(run.status == .success)
        #expect(run.errors.contains("scored 1 respondent from 1 file (1 row read, 0 rejected)"))
    }

    @Test func theCompareLineSaysOneRespondentInTheSingular() async throws {
        try folder.write(Fixtures.shortExport(rows: [("Noord", "w1", ["4"])]), to: "a.csv")
        try folder.write(Fixtures.shortExport(rows: [("Noord", "w2", ["3"]), ("Noord", "w2", ["5"])]), to: "b.csv")
        let run = await InProcessRun(["compare", "a.csv", "b.csv"], directory: folder.url)
        #expect(run.errors.contains("compared 1 respondent in 'a.csv' with 2 in 'b.csv'"))
    }

    @Test func rejectedRowsAreTheRowsThatAreNoRespondentInEveryFileAndInTheTotal() async throws {
        // Line 3 is empty, line 4 answers nothing: both are read and rejected, in the file's count too.
        var lines = Fixtures.shortExport(rows: [("Noord", "w1", ["4"]), ("Noord", "w1", [""]), ("Zuid", "w1", ["5"])])
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert(String(repeating: ",", count: lines[0].count { $0 == "," }), at: 2)
        try folder.write(lines.joined(separator: "\n"), to: "a.csv")
        try folder.write(Fixtures.clean, to: "b.csv")
        let run = await InProcessRun(["score", "a.csv", "b.csv", "--format", "json"], directory: folder.url)
        let report = try json(run)
        let sources = try #require(report["sources"] as? [[String: Any]])
        #expect(sources.map { $0["rowsRejected"] as? Int } == [2, 0])
        #expect(sources.map { $0["rowsRead"] as? Int } == [4, 6])
        #expect(report["rowsRejected"] as? Int == 2)
        #expect(report["rowsRead"] as? Int == 10)
        #expect(run.errors.contains("scored 8 respondents from 2 files (10 rows read, 2 rejected)"))
    }

    @Test func eachSideOfAComparisonHasOnlyItsOwnFilesAndProblems() async throws {
        try folder.write(Fixtures.shortExport(rows: (0..<6).map { _ in ("Noord", "w1", ["4", "7"]) }), to: "a.csv")
        try folder.write(Fixtures.clean, to: "b.csv")
        let run = await InProcessRun(["compare", "a.csv", "b.csv", "--format", "json"], directory: folder.url)
        let report = try json(run)
        let sources = try #require(report["sources"] as? [[String: Any]])
        #expect(sources.map { $0["file"] as? String } == ["b.csv"])
        #expect(report["rowsRead"] as? Int == 6)
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(!diagnostics.contains { $0["file"] as? String == "a.csv" })
        // Standard error still lists the problems of both sides, and counts them.
        #expect(run.errors.contains("a.csv:2:"))
        #expect(run.errors.contains("; 48 warnings"), "6 rows with 8 cells of '7' each")
    }

    @Test func atATerminalTheReportAndTheDiagnosticsAreThoseOfAPipe() async throws {
        // A ragged row (the CSV reader's warning) before an invalid value (the decoder's): both
        // ways of running list them in the file's order.
        var lines = Fixtures.shortExport(rows: (0..<40).map { _ in ("Noord", "w1", ["4"]) })
            .split(separator: "\n").map(String.init)
        lines[2] += ",extra"
        lines[3] = lines[3].replacingOccurrences(of: ",4,", with: ",7,")
        try folder.write((lines + [""]).joined(separator: "\n"), to: "a.csv")
        let piped = await InProcessRun(["score", "a.csv"], directory: folder.url)
        let terminal = await InProcessRun(["score", "a.csv"], directory: folder.url, errorsIsTerminal: true)
        #expect(terminal.output == piped.output)
        #expect(terminal.errors.contains("a.csv: 0 rows, "), "the progress line is drawn")
        let first = try #require(terminal.errors.range(of: "\r\u{1B}[K"))
        let last = try #require(terminal.errors.range(of: "\r\u{1B}[K", options: .backwards))
        var withoutProgress = terminal.errors
        withoutProgress.removeSubrange(first.lowerBound..<last.upperBound)
        #expect(withoutProgress == piped.errors)
        #expect(piped.errors.hasPrefix("a.csv:3:23: warning: record has 23 fields"))
    }
}
