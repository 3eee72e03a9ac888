import Foundation

/// Formats numbers for people reading a report: a decimal comma and a `.` thousands separator
/// in Dutch, a decimal point and a `,` separator in English. JSON and CSV never use it.
package struct NumberStyle: Hashable, Sendable {
    /// The language whose conventions apply.
    package var language: Language

    /// Creates a style for a language.
    package init(_ language: Language) { self.language = language }

    private var decimalSeparator: String { language == .dutch ? "," : "." }
    private var groupSeparator: String { language == .dutch ? "." : "," }

    /// A number with a fixed number of decimals, for example `3,84` in Dutch; `-0` prints as `0`.
    package func decimal(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return "–" }
        var text = String(format: "%.\(digits)f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            text.removeFirst()
        }
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var result = grouped(String(parts[0]))
        if parts.count > 1 { result += decimalSeparator + parts[1] }
        return (negative ? "-" : "") + result
    }

    /// A number with an explicit sign, for a change: `+0,40`, `-0,25`, `0,00`.
    package func signed(_ value: Double, digits: Int = 2) -> String {
        let text = decimal(value, digits: digits)
        guard value.isFinite, !text.hasPrefix("-"), text.contains(where: { $0 != "0" && $0.isNumber }) else {
            return text
        }
        return "+" + text
    }

    /// A whole number with a thousands separator from five digits on: `12.345` in Dutch.
    package func integer(_ value: Int) -> String {
        value < 0 ? "-" + grouped(String(-value)) : grouped(String(value))
    }

    /// A fraction as a whole percentage: `12%`.
    package func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "–" }
        return decimal(fraction * 100, digits: 0) + "%"
    }

    /// A confidence interval: `[3.10, 4.20]` in English, `[3,10; 4,20]` in Dutch.
    package func interval(_ interval: ConfidenceInterval, digits: Int = 2) -> String {
        let separator = language == .dutch ? "; " : ", "
        return "[" + decimal(interval.low, digits: digits) + separator + decimal(interval.high, digits: digits) + "]"
    }

    private func grouped(_ digits: String) -> String {
        guard digits.count >= 5 else { return digits }
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += groupSeparator }
            result.append(character)
        }
        return result
    }
}
