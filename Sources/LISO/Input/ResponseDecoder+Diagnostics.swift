import Foundation

// The diagnostics of decoding cells into answers, and their messages.

extension Diagnostic.Kind {
    /// A cell matches nothing on its item's scale; it is not scored.
    public static let invalidValue: Self = "invalid-value"
    /// A background field's cell matches none of its coded values.
    public static let unknownFieldValue: Self = "unknown-field-value"
}

extension Diagnostic.Message {
    /// `value '7' is outside scale 1–5 of item 'syn-2'`, or `is not a value of` for a number
    /// within the range that is not on the scale.
    static func valueOffScale(_ cell: String, item: Item.ID, minimum: Double, maximum: Double) -> Self {
        let range = "\(ResponseScale.text(of: minimum))–\(ResponseScale.text(of: maximum))"
        let number = Double(cell.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
        let between = number.map { minimum <= $0 && $0 <= maximum } ?? false
        return Self(
            en: "value '\(cell)' is \(between ? "not a value of" : "outside") scale \(range) of item '\(item)'",
            nl:
                "waarde '\(cell)' \(between ? "komt niet voor op" : "valt buiten") schaal \(range) van stelling '\(item)'"
        )
    }

    /// `value 'x' does not match scale 'agree5' of item 'syn-2'`.
    static func valueNotOnScale(_ cell: String, scale: ResponseScale.ID, item: Item.ID) -> Self {
        Self(
            en: "value '\(cell)' does not match scale '\(scale)' of item '\(item)'",
            nl: "waarde '\(cell)' past niet bij schaal '\(scale)' van stelling '\(item)'")
    }

    /// `value of field 'perspective' matches none of its values`.
    static func unknownFieldValue(field: String) -> Self {
        Self(
            en: "value of field '\(field)' matches none of its values",
            nl: "de waarde van veld '\(field)' past bij geen van de mogelijke waarden")
    }
}
