import Foundation
import Testing

@testable import LISO

@Suite struct ExportEvaluationTests {
    /// A generic export of the full form with quoted comments that hold line breaks and commas,
    /// invalid cells and empty rows scattered through it.
    static func writeExport(rows: Int, seed: UInt64) throws -> URL {
        var random = SplitMix64(seed: seed)
        let items = Instrument.lisoFull.items.map(\.id.rawValue)
        var text = "respondent,network,perspective,role,phase,wave," + items.joined(separator: ",") + ",opmerking\n"
        let networks = ["Focus op Vaderschap", "Kwetsbare gezinnen", "Integraal werken"]
        let perspectives = ["Beleid", "Onderwijs", "Praktijk", "Onderzoek", "Gezinnen"]
        for row in 0..<rows {
            if row % 97 == 13 {
                text += String(repeating: ",", count: items.count + 6) + "\n"
                continue
            }
            var cells = [
                "r\(row % 700)", networks[Int(random.next() % 3)], perspectives[Int(random.next() % 5)],
                row % 11 == 0 ? "Trekker" : "Lid", "Onderhoud", row % 2 == 0 ? "2025-1" : "2025-2",
            ]
            for _ in items {
                switch random.next() % 40 {
                case 0: cells.append("Weet niet")
                case 1: cells.append("")
                case 2: cells.append("7")
                default: cells.append(String(1 + random.next() % 5))
                }
            }
            cells.append(row % 5 == 0 ? "\"regel een,\nregel twee\"" : "")
            text += cells.joined(separator: ",") + "\n"
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liso-evaluation-\(seed).csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func aFileReadInManyRangesScoresLikeOnePass() throws {
        let url = try Self.writeExport(rows: 3_000, seed: 7)
        defer { try? FileManager.default.removeItem(at: url) }
        let onePass = ExportEvaluation(instrument: .lisoFull, workers: 1)
        let ranges = ExportEvaluation(instrument: .lisoFull, workers: 7, minimumRangeBytes: 4_096)
        let single = try onePass.score(url, displayName: "a.csv")
        let parallel = try ranges.score(url, displayName: "a.csv")
        #expect(parallel.summary.rowsRead == single.summary.rowsRead)
        #expect(parallel.summary.rowsRejected == single.summary.rowsRejected)
        #expect(parallel.summary.respondents == single.summary.respondents)
        #expect(parallel.summary.diagnostics.countsByKind == single.summary.diagnostics.countsByKind)
        let a = single.scorer.result(sources: [single.source])
        let b = parallel.scorer.result(sources: [parallel.source])
        #expect(try ResultComparison.differences(b, a, tolerance: 1e-12).isEmpty)
    }

    @Test func diagnosticsOfLaterRangesNameTheLinesOfTheWholeFile() throws {
        let url = try Self.writeExport(rows: 2_000, seed: 11)
        defer { try? FileManager.default.removeItem(at: url) }
        let evaluation = ExportEvaluation(instrument: .lisoFull, workers: 5, minimumRangeBytes: 4_096)
        let single = try ExportEvaluation(instrument: .lisoFull, workers: 1).score(url, displayName: "a.csv")
        let parallel = try evaluation.score(url, displayName: "a.csv")
        let lines = { (file: ExportEvaluation.ScoredFile) in
            file.summary.diagnostics.kept.filter { $0.kind == .emptyRow }.compactMap(\.line)
        }
        #expect(!lines(single).isEmpty)
        #expect(lines(parallel) == lines(single))
    }

    @Test func evaluatingTheBundledExampleCountsEveryRow() async throws {
        let url = PackagePaths.root.appendingPathComponent("Fixtures/Exports/example-leernetwerken.csv")
        let result = try await ExportEvaluation(instrument: .lisoFull).evaluate([url])
        #expect(result.rowsRead == 83)
        #expect(result.rowsRejected == 1)
        #expect(result.respondents == 82)
        #expect(result.sources.map(\.layout) == [.generic])
    }

    @Test func aMissingFileIsReportedAsMissing() {
        let evaluation = ExportEvaluation(instrument: .lisoFull)
        let error = #expect(throws: LISOError.self) {
            try evaluation.evaluate([URL(fileURLWithPath: "/nonexistent/liso.csv")])
        }
        #expect(error?.kind == .inputMissing)
    }
}
