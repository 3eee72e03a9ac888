/// A strict JSON parser (RFC 8259) that keeps the line and column of every value and every
/// object key, and keeps duplicate keys, so that a caller can report them.
///
/// - Complexity: O(*n*) in the length of the text.
struct JSONParser {
    /// A syntax error with its place.
    struct SyntaxError: Error, Hashable, Sendable {
        /// What is wrong, lowercase.
        var message: String
        /// The 1-based line.
        var line: Int
        /// The 1-based column, in characters.
        var column: Int
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0
    private static let maximumDepth = 512

    /// Creates a parser over UTF-8 text; a leading byte order mark is skipped.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// Parses the whole text as one value; only whitespace may follow it.
    mutating func parseDocument() throws(SyntaxError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count { throw error("unexpected \(describeCurrent()) after the end of the document") }
        return value
    }

    private mutating func parseValue() throws(SyntaxError) -> JSONValue {
        guard let byte = peek() else { throw error("unexpected end of file, expected a value") }
        let (startLine, startColumn) = (line, column)
        let kind: JSONValue.Kind
        switch byte {
        case UInt8(ascii: "{"): kind = try parseObject()
        case UInt8(ascii: "["): kind = try parseArray()
        case UInt8(ascii: "\""): kind = .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); kind = .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); kind = .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); kind = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): kind = .number(try parseNumber())
        default: throw error("unexpected \(describeCurrent()), expected a value")
        }
        return JSONValue(kind, line: startLine, column: startColumn)
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONValue.Kind {
        try enterContainer()
        advance()
        var members: [JSONValue.Member] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            advance()
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw error("unexpected \(describeCurrent()), expected a key") }
            let (keyLine, keyColumn) = (line, column)
            let key = try parseString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw error("unexpected \(describeCurrent()), expected ':'") }
            advance()
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONValue.Member(key: key, value: value, line: keyLine, column: keyColumn))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "}"):
                advance()
                depth -= 1
                return .object(members)
            default: throw error("unexpected \(describeCurrent()), expected ',' or '}'")
            }
        }
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONValue.Kind {
        try enterContainer()
        advance()
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            advance()
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "]"):
                advance()
                depth -= 1
                return .array(elements)
            default: throw error("unexpected \(describeCurrent()), expected ',' or ']'")
            }
        }
    }

    private mutating func enterContainer() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("values are nested more than \(Self.maximumDepth) deep") }
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        advance()
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush() {
            if !run.isEmpty {
                scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                run.removeAll(keepingCapacity: true)
            }
        }
        while true {
            guard let byte = peek() else { throw error("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                advance()
                scalars.append(try parseEscape())
            case 0..<0x20:
                throw error("control character in a string; write it as an escape such as '\\n'")
            default:
                run.append(byte)
                advance()
            }
        }
    }

    private mutating func parseEscape() throws(SyntaxError) -> Unicode.Scalar {
        guard let byte = peek() else { throw error("unterminated string") }
        advance()
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let first = try parseHex4()
            if (0xD800..<0xDC00).contains(first) {
                guard peek() == UInt8(ascii: "\\") else { throw error("unpaired surrogate in a '\\u' escape") }
                advance()
                guard peek() == UInt8(ascii: "u") else { throw error("unpaired surrogate in a '\\u' escape") }
                advance()
                let second = try parseHex4()
                guard (0xDC00..<0xE000).contains(second) else { throw error("unpaired surrogate in a '\\u' escape") }
                return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(first) else { throw error("unpaired surrogate in a '\\u' escape") }
            return scalar
        default:
            throw error("invalid escape '\\\(String(decoding: [byte], as: UTF8.self))' in a string")
        }
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek(), let digit = Self.hexDigit(byte) else {
                throw error("expected four hexadecimal digits after '\\u'")
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func parseNumber() throws(SyntaxError) -> Double {
        let start = index
        if peek() == UInt8(ascii: "-") { advance() }
        guard let first = peek(), Self.isDigit(first) else { throw error("invalid number") }
        advance()
        if first != UInt8(ascii: "0") { skipDigits() }
        if peek() == UInt8(ascii: ".") {
            advance()
            guard let digit = peek(), Self.isDigit(digit) else { throw error("invalid number") }
            skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            advance()
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { advance() }
            guard let digit = peek(), Self.isDigit(digit) else { throw error("invalid number") }
            skipDigits()
        }
        guard let number = Double(String(decoding: bytes[start..<index], as: UTF8.self)), number.isFinite else {
            throw error("number out of range")
        }
        return number
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private mutating func skipDigits() {
        while let byte = peek(), Self.isDigit(byte) { advance() }
    }

    private mutating func expectWord(_ word: String) throws(SyntaxError) {
        for byte in word.utf8 {
            guard peek() == byte else { throw error("unexpected \(describeCurrent()), expected a value") }
            advance()
        }
    }

    private mutating func skipWhitespace() {
        while let byte = peek(),
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        {
            advance()
        }
    }

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Moves past one byte, keeping line and column; a column counts characters, not bytes.
    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if index >= bytes.count || bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
    }

    private func describeCurrent() -> String {
        guard let byte = peek() else { return "end of file" }
        if byte < 0x20 || byte >= 0x80 { return "character" }
        return "'\(String(decoding: [byte], as: UTF8.self))'"
    }

    private func error(_ message: String) -> SyntaxError { SyntaxError(message: message, line: line, column: column) }
}
