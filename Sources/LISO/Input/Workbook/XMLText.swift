/// Decoding XML character data: the five predefined entities, decimal and hexadecimal character
/// references, and line ends (CR LF and a lone CR become LF, as XML 1.0 section 2.11 says).
/// An unknown entity is kept as written; a reference to a character XML does not allow becomes
/// U+FFFD.
enum XMLText {
    /// XML's white space: space, tab, line feed, carriage return.
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Appends `raw` decoded to `output`.
    ///
    /// - Complexity: O(*n*); text without `&` or CR is copied as it is.
    static func appendDecoded(_ raw: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var needsWork = false
        for byte in raw where byte == UInt8(ascii: "&") || byte == 0x0D {
            needsWork = true
            break
        }
        guard needsWork else {
            output.append(contentsOf: raw)
            return
        }
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            if byte == 0x0D {
                output.append(0x0A)
                index += index + 1 < raw.count && raw[index + 1] == 0x0A ? 2 : 1
                continue
            }
            guard byte == UInt8(ascii: "&"), let (scalar, length) = reference(raw, at: index) else {
                output.append(byte)
                index += 1
                continue
            }
            TextEncoding.appendUTF8(scalar, to: &output)
            index += length
        }
    }

    /// The text of `raw`, decoded.
    static func string(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var bytes: [UInt8] = []
        appendDecoded(raw, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `raw` as a non-negative decimal integer with optional surrounding white space, or `nil`.
    static func integer(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0
        var digits = 0
        var index = 0
        while index < raw.count, isSpace(raw[index]) { index += 1 }
        while index < raw.count, raw[index] >= 0x30, raw[index] <= 0x39 {
            guard digits < 18 else { return nil }
            value = value * 10 + Int(raw[index] - 0x30)
            digits += 1
            index += 1
        }
        while index < raw.count, isSpace(raw[index]) { index += 1 }
        return digits > 0 && index == raw.count ? value : nil
    }

    /// The character an entity or character reference at `start` stands for, and the
    /// reference's length; `nil` when it is not one.
    private static func reference(_ raw: UnsafeBufferPointer<UInt8>, at start: Int) -> (UInt32, Int)? {
        var end = start + 1
        while end < raw.count, end - start <= 12, raw[end] != UInt8(ascii: ";") { end += 1 }
        guard end < raw.count, raw[end] == UInt8(ascii: ";") else { return nil }
        let name = raw[(start + 1)..<end]
        let length = end - start + 1
        switch Array(name) {
        case Array("lt".utf8): return (0x3C, length)
        case Array("gt".utf8): return (0x3E, length)
        case Array("amp".utf8): return (0x26, length)
        case Array("quot".utf8): return (0x22, length)
        case Array("apos".utf8): return (0x27, length)
        default: break
        }
        guard name.first == UInt8(ascii: "#"), name.count >= 2 else { return nil }
        var value: UInt32 = 0
        let hex = name[name.startIndex + 1] == UInt8(ascii: "x") || name[name.startIndex + 1] == UInt8(ascii: "X")
        let digits = name.dropFirst(hex ? 2 : 1)
        guard !digits.isEmpty else { return nil }
        for byte in digits {
            guard let digit = hexDigit(byte), hex || digit < 10 else { return nil }
            value = value * (hex ? 16 : 10) + UInt32(digit)
            if value > 0x10FFFF { return (0xFFFD, length) }
        }
        return (allowed(value) ? value : 0xFFFD, length)
    }

    /// Whether XML 1.0 allows the character `value`.
    static func allowed(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The value of a hexadecimal digit, or `nil`.
    static func hexDigit(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: Int(byte - 0x30)
        case 0x41...0x46: Int(byte - 0x41 + 10)
        case 0x61...0x66: Int(byte - 0x61 + 10)
        default: nil
        }
    }
}
