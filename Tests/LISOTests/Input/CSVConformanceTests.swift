import Foundation
import Testing

@testable import LISO

/// The shared csv-spectrum suite and our own cases in `Fixtures/CSV`, each read whole from its
/// file and again from bytes in small chunks.
@Suite struct CSVConformanceTests {
    /// Where we knowingly differ from a case's expected JSON, and why.
    private static let deviations: [String: [(row: Int, key: String, value: String)]] = [
        // The upstream JSON's phone number is not the one in its CSV; we check the CSV's.
        "location_coordinates": [(0, "Contact Phone Number", "2095257564")],
        // RFC 4180 has no NULL: an unquoted `NULL` is the text `NULL` (the PR expects "").
        "null": [(2, "b", "NULL")],
    ]

    private static func spectrumCases() -> [URL] {
        guard let root = CSVTestSupport.spectrum else { return [] }
        return ["csvs", "unmerged-prs/csvs"].flatMap { folder in
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".csv") }.sorted().map { url.appendingPathComponent($0) }
        }
    }

    private static func fixtureCases() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: CSVTestSupport.fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.sorted().map { CSVTestSupport.fixtures.appendingPathComponent($0) }
    }

    private func expectedJSON(for csv: URL) throws -> Any {
        let json = csv.deletingPathExtension().appendingPathExtension("json").path
            .replacingOccurrences(of: "/csvs/", with: "/json/")
        return try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json)))
    }

    /// The records of a file, read from the file and from its bytes in chunks of 1, 2 and 5 bytes,
    /// after checking that all readings agree.
    private func readEveryWay(_ csv: URL) throws -> (records: [CSVRecord], reader: CSVReader) {
        var reader = try CSVReader(contentsOf: csv, displayName: csv.lastPathComponent)
        var records: [CSVRecord] = []
        try reader.forEachRecord { records.append($0) }
        let bytes = Array(try Data(contentsOf: csv))
        for chunk in [1, 2, 5] {
            let chunked = try CSVTestSupport.records(bytes, limits: CSVTestSupport.limits(chunk: chunk))
            #expect(chunked == records, "\(csv.lastPathComponent) in chunks of \(chunk)")
        }
        return (records, reader)
    }

    @Test(arguments: spectrumCases())
    func aCSVSpectrumCaseReadsToItsExpectedJSON(csv: URL) throws {
        let name = csv.deletingPathExtension().lastPathComponent
        let (records, reader) = try readEveryWay(csv)
        #expect(reader.diagnostics.isEmpty, "\(reader.diagnostics)")
        let header = try #require(records.first).fields
        var objects: [[String: String]] = records.dropFirst().map { record in
            Dictionary(uniqueKeysWithValues: zip(header, record.fields))
        }
        var expected: [[String: String]]
        let json = try expectedJSON(for: csv)
        if let single = json as? [String: String] {
            expected = [single]
        } else {
            expected = try #require(json as? [[String: String]])
        }
        for deviation in Self.deviations[name] ?? [] {
            #expect(objects[deviation.row][deviation.key] == deviation.value, "\(name): documented deviation")
            objects[deviation.row][deviation.key] = nil
            expected[deviation.row][deviation.key] = nil
        }
        #expect(objects == expected, "\(name)")
    }

    @Test func theUnmergedCasesAreIncluded() throws {
        try #require(CSVTestSupport.spectrum != nil)
        let names = Self.spectrumCases().map { $0.deletingPathExtension().lastPathComponent }
        #expect(names.contains("newlines_cr"))
        #expect(names.contains("null"))
        #expect(names.count == 14)
    }

    @Test(arguments: fixtureCases())
    func anOwnCaseReadsToItsExpectedJSON(csv: URL) throws {
        let (records, reader) = try readEveryWay(csv)
        let expected = try #require(try expectedJSON(for: csv) as? [String: Any])
        #expect(reader.encoding.rawValue == expected["encoding"] as? String)
        #expect(String(UnicodeScalar(reader.delimiter)) == expected["delimiter"] as? String)
        #expect(records.map(\.fields) == expected["records"] as? [[String]])
        #expect(records.map(\.line) == expected["lines"] as? [Int])
        if let bare = expected["bare"] as? [[Bool]] {
            #expect(records.map { record in (0..<record.count).map(record.isBare) } == bare)
        }
        let warnings = try #require(expected["warnings"] as? [[String: Any]])
        #expect(reader.diagnostics.count == warnings.count, "\(reader.diagnostics)")
        for (diagnostic, warning) in zip(reader.diagnostics, warnings) {
            #expect(diagnostic.severity == .warning)
            #expect(diagnostic.kind.rawValue == warning["kind"] as? String)
            #expect(diagnostic.file == csv.lastPathComponent)
            if let line = warning["line"] as? Int { #expect(diagnostic.line == line) }
            if let column = warning["column"] as? Int { #expect(diagnostic.column == column) }
        }
    }

    @Test func everyOwnCaseHasItsExpectedJSON() {
        let cases = Self.fixtureCases().map { $0.deletingPathExtension().lastPathComponent }
        for required in ["bom", "semicolon", "cr-only", "utf16le", "utf16be", "windows1252", "decimal-comma", "ragged"]
        {
            #expect(cases.contains(required), "Fixtures/CSV/\(required).csv")
        }
    }
}
