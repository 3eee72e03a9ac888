import Foundation
import Testing

/// The figures R printed into `Fixtures/Reference/statistics-output.txt` (by `statistics.R`):
/// one `path<TAB>values` line each, values with 17 significant digits, `NA` for no value.
enum StatisticsReference {
    /// Every line, by path.
    static let values: [String: [Double?]] = {
        let url = PackagePaths.root.appendingPathComponent("Fixtures/Reference/statistics-output.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var values: [String: [Double?]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            values[String(parts[0])] = parts[1].split(separator: " ").map { $0 == "NA" ? nil : Double($0) }
        }
        return values
    }()

    /// The values at `path`; records an issue when R printed no such line.
    static func at(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Double?] {
        guard let found = values[path] else {
            Issue.record("no reference line '\(path)'", sourceLocation: sourceLocation)
            return []
        }
        return found
    }

    /// The single value at `path` (`nil` for `NA`).
    static func value(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> Double? {
        at(path, sourceLocation: sourceLocation).first ?? nil
    }

    /// The paths that start with `prefix` and end with `suffix`.
    static func paths(prefix: String, suffix: String) -> [String] {
        values.keys.filter { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) }.sorted()
    }

    /// Expects `found` within `tolerance` × max(1, |expected|) of R's `expected`, both absent or
    /// both present.
    static func expectClose(
        _ found: Double?, _ expected: Double?, tolerance: Double = 1e-9, _ label: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        switch (found, expected) {
        case (nil, nil):
            return
        case (let found?, let expected?):
            let difference = abs(found - expected)
            #expect(
                difference <= tolerance * max(1, abs(expected)), "\(label): \(found) vs R \(expected)",
                sourceLocation: sourceLocation)
        default:
            Issue.record(
                "\(label): \(String(describing: found)) vs R \(String(describing: expected))",
                sourceLocation: sourceLocation)
        }
    }
}
