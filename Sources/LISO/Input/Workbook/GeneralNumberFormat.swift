import Foundation

/// Numbers as Excel's General format shows them in a wide enough column: at most 15 significant
/// digits, no trailing zeros (`4`, not `4.0`; `0.1 + 0.2` is `0.3`), scientific notation from
/// 10^15 up and below 10^−4 (`1.5E+20`, `1E-05`).
enum GeneralNumberFormat {
    /// The General text of the number written as `raw` in a cell's `<v>`, or `nil` when `raw` is
    /// not a finite decimal number.
    ///
    /// - Complexity: O(*n*).
    static func text(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        if let digits = plainDigits(raw) { return String(decoding: raw[digits], as: UTF8.self) }
        var start = 0
        var end = raw.count
        while start < end, XMLText.isSpace(raw[start]) { start += 1 }
        while end > start, XMLText.isSpace(raw[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        if let integer = plainInteger(raw, start, end) { return integer }
        for byte in raw[start..<end] {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"),
                UInt8(ascii: "e"), UInt8(ascii: "E"):
                continue
            default: return nil
            }
        }
        guard let value = Double(String(decoding: raw[start..<end], as: UTF8.self)), value.isFinite else {
            return nil
        }
        return text(value)
    }

    /// The General text of `value`.
    static func text(_ value: Double) -> String {
        if value == 0 { return "0" }
        return String(format: "%.15G", value)
    }

    /// The range of `raw` that is its General text when `raw` is 1 to 15 digits without a leading
    /// zero (or just `0`), the common case, so that the caller can copy it without building text.
    @inline(__always)
    static func plainDigits(_ raw: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let count = raw.count
        guard count >= 1, count <= 15, raw[0] != UInt8(ascii: "0") || count == 1 else { return nil }
        for byte in raw where byte &- UInt8(ascii: "0") > 9 { return nil }
        return 0..<count
    }

    /// `-`? digits (at most 15) without leading zeros, or `nil` when `raw` is something else.
    private static func plainInteger(_ raw: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        var index = start
        let negative = raw[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < end, end - index <= 15 else { return nil }
        for byte in raw[index..<end] where byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") { return nil }
        while index < end - 1, raw[index] == UInt8(ascii: "0") { index += 1 }
        if raw[index] == UInt8(ascii: "0") { return "0" }
        return (negative ? "-" : "") + String(decoding: raw[index..<end], as: UTF8.self)
    }
}
