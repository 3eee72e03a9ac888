import Foundation
import LISO
import Testing

@Suite(.enabled(if: BinaryRun.executable != nil, "the 'liso' binary is not built"))
struct ScoreEndToEndTests {
    let folder = TemporaryDirectory()

    @Test func theBundledExampleScoresToAReadableReport() throws {
        let run = try BinaryRun(["score", Fixtures.example.path], in: folder.url)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("# "))
        #expect(run.output.contains("Kwetsbare gezinnen"))
        #expect(run.errors.hasSuffix("rejected); 2 notes\n"))
        #expect(run.errors.contains("scored 82 respondents from 1 file"))
        #expect(!run.errors.contains("\r"), "no progress line when standard error is not a terminal")
    }

    @Test func jsonGoesToTheOutputFileAndStandardOutputStaysEmpty() throws {
        try folder.write(Fixtures.clean, to: "a.csv")
        let run = try BinaryRun(["score", "a.csv", "--format", "json", "--output", "report.json"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.output.isEmpty)
        let data = try Data(contentsOf: folder.url.appendingPathComponent("report.json"))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(json?["schemaVersion"] as? Int == 1)
        #expect(json?["respondents"] as? Int == 6)
        #expect(folder.contents == ["a.csv", "report.json"])
    }

    @Test func standardInputIsReadForADash() throws {
        let run = try BinaryRun(["score", "-", "--format", "json"], input: Fixtures.clean, in: folder.url)
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect(json?["respondents"] as? Int == 6)
    }

    @Test func severalFilesAreScoredTogether() throws {
        try folder.write(Fixtures.clean, to: "a.csv")
        try folder.write(Fixtures.clean, to: "b.csv")
        let run = try BinaryRun(["score", "a.csv", "b.csv", "--format", "json"], in: folder.url)
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect(json?["respondents"] as? Int == 12)
        #expect(run.errors.contains("from 2 files"))
    }

    @Test func aMissingFileExits66AndWritesNothing() throws {
        try folder.write(Fixtures.clean, to: "a.csv")
        let run = try BinaryRun(["score", "a.csv", "missing.csv", "--output", "r.md"], in: folder.url)
        #expect(run.status == 66)
        #expect(run.errors.hasPrefix("missing.csv: error: cannot read 'missing.csv': no such file or directory\n"))
        #expect(folder.contents == ["a.csv"])
    }

    @Test func aDirectoryAsInputExits66() throws {
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("exports"), withIntermediateDirectories: true)
        let run = try BinaryRun(["score", "exports"], in: folder.url)
        #expect(run.status == 66)
        #expect(run.errors.contains("it is a directory"))
    }

    @Test func aFileWithoutItemColumnsExits65AndLeavesAnOldReportUntouched() throws {
        try folder.write("naam,leeftijd\nAnna,40\n", to: "other.csv")
        try folder.write("old report", to: "r.md")
        let run = try BinaryRun(["score", "other.csv", "--output", "r.md"], in: folder.url)
        #expect(run.status == 65)
        #expect(run.errors.contains("error:"))
        #expect(try String(contentsOf: folder.url.appendingPathComponent("r.md"), encoding: .utf8) == "old report")
        #expect(folder.contents == ["other.csv", "r.md"])
    }

    @Test func anUnterminatedQuoteExits65AndNamesTheLine() throws {
        try folder.write(Fixtures.clean + "r9,\"Integraal werken,practice\n", to: "broken.csv")
        let run = try BinaryRun(["score", "broken.csv"], in: folder.url)
        #expect(run.status == 65)
        #expect(run.errors.hasPrefix("broken.csv:8"))
        #expect(run.output.isEmpty)
    }

    @Test func aBadInstrumentFileExits65AndAMissingOneExits66() throws {
        try folder.write(Fixtures.clean, to: "a.csv")
        try folder.write("{\"format\": \"liso-instrument\", \"version\": 1, \"colour\": 1}", to: "bad.json")
        let bad = try BinaryRun(["score", "a.csv", "--instrument", "bad.json"], in: folder.url)
        #expect(bad.status == 65)
        #expect(bad.errors.contains("bad.json"))
        let missing = try BinaryRun(["score", "a.csv", "--instrument", "none.json"], in: folder.url)
        #expect(missing.status == 66)
    }

    @Test func anUnwritableOutputExits74() throws {
        try folder.write(Fixtures.clean, to: "a.csv")
        let run = try BinaryRun(["score", "a.csv", "--output", "no/such/folder/r.md"], in: folder.url)
        #expect(run.status == 74)
        #expect(run.errors.contains("error: cannot write 'no/such/folder/r.md'"))
    }

    @Test func strictExits1WhenACellIsInvalidButStillWritesTheReport() throws {
        let export = Fixtures.shortExport(rows: (0..<6).map { _ in ("N", "w1", ["4", "7"]) })
        try folder.write(export, to: "a.csv")
        let lenient = try BinaryRun(["score", "a.csv"], in: folder.url)
        #expect(lenient.status == 0)
        #expect(lenient.errors.contains("a.csv:2:8: warning: "))
        let strict = try BinaryRun(["score", "a.csv", "--strict", "--output", "r.md"], in: folder.url)
        #expect(strict.status == 1)
        #expect(folder.contents == ["a.csv", "r.md"])
    }

    @Test func diagnosticsAreCappedWithACountOfTheRest() throws {
        let export = Fixtures.shortExport(rows: (0..<30).map { _ in ("N", "w1", ["4", "7"]) })
        try folder.write(export, to: "a.csv")
        let run = try BinaryRun(["score", "a.csv"], in: folder.url)
        let lines = run.errors.split(separator: "\n")
        #expect(lines.filter { $0.contains(": warning: ") }.count == 20)
        #expect(lines.contains { $0.hasPrefix("… and ") && $0.hasSuffix(" more problems") })
    }

    @Test func byGroupsByTheGivenDimensionsAndLangPicksDutch() throws {
        try folder.write(Fixtures.clean, to: "a.csv")
        let run = try BinaryRun(["score", "a.csv", "--by", "network,wave", "--format", "json"], in: folder.url)
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let groups = json?["groups"] as? [[String: Any]] ?? []
        #expect(groups.map { $0["dimension"] as? String } == ["network,wave"])
        let dutch = try BinaryRun(["score", "a.csv"], in: folder.url, environment: ["LANG": "nl_NL.UTF-8"])
        let english = try BinaryRun(
            ["score", "a.csv", "--lang", "en"], in: folder.url, environment: ["LANG": "nl_NL.UTF-8"])
        #expect(dutch.output != english.output)
        #expect(dutch.output.contains("Kernelement") || dutch.output.contains("kernelement"))
    }

    @Test func minGroupSizeMustBeAPositiveWholeNumber() throws {
        let run = try BinaryRun(["score", "a.csv", "--min-group-size", "zero"], in: folder.url)
        #expect(run.status == 64)
    }
}
