import Foundation

/// One CSV field as RFC 4180 writes it; the CSV report and the blank response template share it.
enum CSVField {
    /// The text as a field: quoted, with quotes doubled, when it holds a comma, quote or line break.
    static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
