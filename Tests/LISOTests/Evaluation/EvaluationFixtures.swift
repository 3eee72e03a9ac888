import Foundation
import LISO

/// Exports written to temporary files for the run's tests.
enum EvaluationFixtures {
    /// A generic export of the full form with quoted comments that hold line breaks and commas,
    /// invalid cells, empty rows and rows that answer nothing scattered through it; two waves.
    static func export(rows: Int, seed: UInt64) -> String {
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
            let answersNothing = row % 89 == 7
            for _ in items {
                switch answersNothing ? 1 : random.next() % 40 {
                case 0: cells.append("Weet niet")
                case 1: cells.append("")
                case 2: cells.append("7")
                default: cells.append(String(1 + random.next() % 5))
                }
            }
            cells.append(row % 5 == 0 ? "\"regel een,\nregel twee\"" : "")
            text += cells.joined(separator: ",") + "\n"
        }
        return text
    }

    /// Writes `text` to a new temporary file and returns its URL.
    static func write(_ text: String, name: String = "export") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "liso-evaluation-\(name)-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    /// A run with the full form that reads a file in many small ranges, or in one pass.
    static func evaluation(ranges: Int, policy: ScoringPolicy = .standard) throws -> ExportEvaluation {
        try ExportEvaluation(instrument: .lisoFull, policy: policy, workers: ranges, minimumRangeBytes: 4_096)
    }

    /// One pass by the export reader, every response into one scorer: the run's reference.
    static func onePass(_ text: String, name: String, policy: ScoringPolicy = .standard) throws -> (
        Scorer, ExportReader.Summary
    ) {
        var scorer = Scorer(instrument: .lisoFull, policy: policy)
        let summary = try ExportReader(instrument: .lisoFull).read(bytes: Array(text.utf8), displayName: name) {
            scorer.add($0)
        }
        return (scorer, summary)
    }
}
