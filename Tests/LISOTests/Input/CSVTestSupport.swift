import Foundation

@testable import LISO

/// Helpers the CSV tests share: reading everything from bytes, and where fixtures live.
enum CSVTestSupport {
    /// `Fixtures/CSV` in the package.
    static let fixtures = PackagePaths.root.appendingPathComponent("Fixtures/CSV")

    /// The shared csv-spectrum conformance suite beside the package, or `nil` (with a printed
    /// reason) when it is absent.
    static var spectrum: URL? {
        let url = PackagePaths.shared.appendingPathComponent("conformance/csv-spectrum")
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("skipping csv-spectrum cases: '\(url.path)' is absent")
            return nil
        }
        return url
    }

    /// Limits with a small chunk so that records cross chunk boundaries.
    static func limits(chunk: Int) -> CSVReaderLimits {
        var limits = CSVReaderLimits.standard
        limits.chunkBytes = chunk
        return limits
    }

    /// Reads every record of `bytes`.
    static func records(
        _ bytes: [UInt8], dialect: CSVDialect = .automatic, limits: CSVReaderLimits = .standard
    ) throws -> [CSVRecord] {
        var reader = CSVReader(bytes: bytes, displayName: "t.csv", dialect: dialect, limits: limits)
        var result: [CSVRecord] = []
        try reader.forEachRecord { result.append($0) }
        return result
    }

    /// Reads every record of `text` as fields.
    static func fields(_ text: String, dialect: CSVDialect = .automatic, chunk: Int = 1 << 20) throws -> [[String]] {
        try records(Array(text.utf8), dialect: dialect, limits: limits(chunk: chunk)).map(\.fields)
    }

    /// The error reading `bytes` throws, or `nil` when it reads to the end.
    static func failure(_ bytes: [UInt8], limits: CSVReaderLimits = .standard) -> LISOError? {
        do {
            _ = try records(bytes, limits: limits)
            return nil
        } catch let error as LISOError {
            return error
        } catch {
            return nil
        }
    }
}
