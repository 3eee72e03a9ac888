import Foundation

/// One CSV field as RFC 4180 writes it, the one quoting rule for everything the package writes
/// as CSV: the CSV report, the blank response template, a saved self-evaluation and synthetic
/// exports.
package enum CSVField {
    /// The text as a field: quoted, with quotes doubled, when it holds a comma, a semicolon (a
    /// Dutch spreadsheet's delimiter), a quote or a control character such as a line break.
    package static func quoted(_ text: String) -> String {
        let special = text.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\"") || $0 < 0x20
        }
        guard special else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A row of fields, quoted where needed and joined by commas, without a line break.
    package static func row(_ fields: [String]) -> String { fields.map(quoted).joined(separator: ",") }
}
