import Foundation
import Testing

@Suite(.enabled(if: BinaryRun.executable != nil, "the 'liso' binary is not built"))
struct ValidateCompareEndToEndTests {
    let folder = TemporaryDirectory()

    @Test func aCleanFileValidatesWithStatus0AndASummary() throws {
        try folder.write(Fixtures.clean, to: "a.csv")
        let run = try BinaryRun(["validate", "a.csv"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasSuffix("1 file, 6 rows, 6 respondents, no problems\n"))
    }

    @Test func everyProblemIsListedUncappedAndTheStatusIs1() throws {
        let export = Fixtures.shortExport(rows: (0..<30).map { _ in ("N", "w1", ["4", "7"]) })
        try folder.write(export, to: "a.csv")
        let run = try BinaryRun(["validate", "a.csv"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.errors.split(separator: "\n").filter { $0.contains(": warning: ") }.count == 30 * 8)
    }

    @Test func anUnusableFileIs65AndAMissingOneIs66EvenAfterOthers() throws {
        try folder.write(Fixtures.clean, to: "a.csv")
        try folder.write("naam\nAnna\n", to: "other.csv")
        #expect(try BinaryRun(["validate", "a.csv", "other.csv"], in: folder.url).status == 65)
        let missing = try BinaryRun(["validate", "a.csv", "other.csv", "gone.csv"], in: folder.url)
        #expect(missing.status == 66)
        #expect(missing.errors.contains("gone.csv: error: cannot read 'gone.csv'"))
    }

    @Test func aHeaderOnlyFileWarnsAndValidatesWithStatus1() throws {
        try folder.write(String(Fixtures.clean.prefix { $0 != "\n" }) + "\n", to: "empty.csv")
        let run = try BinaryRun(["validate", "empty.csv"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.errors.contains("warning:"))
        #expect(try BinaryRun(["score", "empty.csv"], in: folder.url).status == 0)
    }

    @Test func twoWavesOfOneFileAreCompared() throws {
        let run = try BinaryRun(
            ["compare", Fixtures.example.path, "--waves", "2025-voorjaar,2025-najaar", "--format", "json"],
            in: folder.url)
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let comparison = json?["comparison"] as? [String: Any]
        #expect(comparison?["before"] as? String == "2025-voorjaar")
        #expect((comparison?["elements"] as? [Any])?.count == 8)
    }

    @Test func twoFilesAreCompared() throws {
        try folder.write(Fixtures.clean, to: "before.csv")
        try folder.write(
            Fixtures.shortExport(rows: (0..<6).map { _ in ("Integraal werken", "w2", ["5", "4"]) }), to: "after.csv")
        let run = try BinaryRun(["compare", "before.csv", "after.csv", "--format", "json"], in: folder.url)
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect((json?["comparison"] as? [String: Any])?["after"] as? String == "after.csv")
    }

    @Test func aWaveThatIsNotThereExits65AndListsTheWavesFound() throws {
        let run = try BinaryRun(["compare", Fixtures.example.path, "--waves", "2025-voorjaar,2030"], in: folder.url)
        #expect(run.status == 65)
        #expect(run.errors.contains("no respondents in wave '2030'; waves found: 2025-najaar, 2025-voorjaar"))
    }

    @Test func compareNeedsTwoFilesOrWaves() throws {
        #expect(try BinaryRun(["compare", "a.csv"], in: folder.url).status == 64)
        #expect(try BinaryRun(["compare", "a.csv", "b.csv", "--waves", "a,b"], in: folder.url).status == 64)
        #expect(try BinaryRun(["compare", "a.csv", "--waves", "a"], in: folder.url).status == 64)
    }
}
