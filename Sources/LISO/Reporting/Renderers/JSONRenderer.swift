import Foundation

/// Writes the JSON report (`schemaVersion` 1): the ``EvaluationResult`` with every key present,
/// absent values as `null`, numbers as numbers with `.` decimals, keys sorted, two-space indent.
///
/// The JSON is language-independent: ids, not labels. `DocsSource/report.schema.json` describes it.
public struct JSONRenderer: ReportRenderer {
    /// Creates a JSON renderer.
    public init() {}

    /// Writes the report's result as JSON followed by a newline.
    public func render(_ report: Report, to output: inout some TextOutputStream) {
        output.write(Self.json(report.result))
        output.write("\n")
    }

    /// The JSON text of a result. Encoding cannot fail: non-finite numbers are written as `null`.
    package static func json(_ result: EvaluationResult) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(result) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
