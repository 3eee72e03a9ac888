/// What SpreadsheetML adds to XML text: `_xHHHH_` escapes for characters XML cannot hold
/// (`_x000D_` is a carriage return, `_x005F_` an underscore), and `<t>` text trimmed unless it
/// says `xml:space="preserve"`, as Excel shows it.
enum SpreadsheetText {
    /// Replaces the `_xHHHH_` escapes in `bytes[start...]`; a UTF-16 surrogate pair written as two
    /// escapes becomes one character, a lone surrogate or NUL becomes U+FFFD.
    ///
    /// - Complexity: O(*n*); text without `_` is left as it is.
    static func unescape(_ bytes: inout [UInt8], from start: Int) {
        guard bytes[start...].contains(UInt8(ascii: "_")) else { return }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count - start)
        var index = start
        while index < bytes.count {
            guard let unit = escape(bytes, at: index) else {
                output.append(bytes[index])
                index += 1
                continue
            }
            index += 7
            var scalar = UInt32(unit)
            if (0xD800..<0xDC00).contains(unit) {
                if let low = escape(bytes, at: index), (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
                    index += 7
                } else {
                    scalar = 0xFFFD
                }
            } else if (0xDC00..<0xE000).contains(unit) || unit == 0 {
                scalar = 0xFFFD
            }
            TextEncoding.appendUTF8(scalar, to: &output)
        }
        bytes.replaceSubrange(start..., with: output)
    }

    /// The UTF-16 unit of an `_xHHHH_` escape at `index`, or `nil`.
    private static func escape(_ bytes: [UInt8], at index: Int) -> UInt16? {
        guard index + 7 <= bytes.count, bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "x"),
            bytes[index + 6] == UInt8(ascii: "_")
        else { return nil }
        var unit: UInt16 = 0
        for offset in 2..<6 {
            guard let digit = XMLText.hexDigit(bytes[index + offset]) else { return nil }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }

    /// Removes leading and trailing XML white space from `bytes[start...]`, unless that is all
    /// there is (a cell holding only a space keeps it).
    static func trim(_ bytes: inout [UInt8], from start: Int) {
        var first = start
        while first < bytes.count, XMLText.isSpace(bytes[first]) { first += 1 }
        guard first < bytes.count else { return }
        var end = bytes.count
        while end > first, XMLText.isSpace(bytes[end - 1]) { end -= 1 }
        bytes.removeSubrange(end...)
        bytes.removeSubrange(start..<first)
    }
}
