import Foundation

@testable import LISO

/// Helpers the workbook tests share: where the fixtures are, and reading them.
enum WorkbookTestSupport {
    /// `Fixtures/Workbooks` in the package.
    static let fixtures = PackagePaths.root.appendingPathComponent("Fixtures/Workbooks")

    /// The fixture at `path` (relative to `Fixtures/Workbooks`).
    static func url(_ path: String) -> URL { fixtures.appendingPathComponent(path) }

    /// The bytes of a fixture.
    static func bytes(_ path: String) throws -> [UInt8] { try [UInt8](Data(contentsOf: url(path))) }

    /// Every record of a fixture workbook.
    static func records(_ path: String, limits: WorkbookLimits = .standard) throws -> [CSVRecord] {
        try Workbook(bytes: bytes(path), displayName: path, limits: limits).records()
    }

    /// Every record of a CSV file in `Fixtures/Exports`.
    static func csvRecords(_ name: String) throws -> [CSVRecord] {
        let url = PackagePaths.root.appendingPathComponent("Fixtures/Exports/\(name)")
        var reader = try CSVReader(contentsOf: url, displayName: name)
        var records: [CSVRecord] = []
        try reader.forEachRecord { records.append($0) }
        return records
    }

    /// The error opening and reading a fixture throws, or `nil` when it reads to the end.
    static func failure(_ path: String, limits: WorkbookLimits = .standard) throws -> LISOError? {
        do {
            _ = try records(path, limits: limits)
            return nil
        } catch let error as LISOError {
            return error
        }
    }

    /// The records of a JSON fixture: `{"records": [{"line": 1, "fields": [...]}]}`.
    static func expectedRecords(_ path: String) throws -> [(line: Int, fields: [String])] {
        struct File: Decodable {
            struct Record: Decodable {
                var line: Int
                var fields: [String]
            }
            var records: [Record]
        }
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url(path)))
        return file.records.map { ($0.line, $0.fields) }
    }
}
