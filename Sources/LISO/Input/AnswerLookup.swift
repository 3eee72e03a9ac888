/// Everything needed to turn one cell into an ``Answer`` for one scale, precomputed once so that
/// decoding a cell creates no `String`: a table for single ASCII digits, a table from normalised
/// bytes to answers, and the scale's values for cells read as numbers.
final class AnswerLookup: Sendable {
    /// The words that always mean "don't know", even when a scale does not list them.
    static let alwaysMissing = [
        "weet niet", "weet ik niet", "niet van toepassing", "n.v.t.", "nvt", "don't know", "not applicable", "N/A",
    ]

    /// The scale's identifier, for messages.
    let scaleID: ResponseScale.ID
    /// The lowest and highest score, for messages.
    let minimum: Double
    let maximum: Double
    /// The answer for each single digit `0`…`9`, `nil` when the digit means nothing.
    let digits: [Answer?]
    /// The answer for each normalised code or label.
    private let table: ByteKeyTable<Answer>
    /// The scored values.
    private let values: Set<Double>

    init(scale: ResponseScale) {
        scaleID = scale.id
        minimum = scale.minimum
        maximum = scale.maximum
        values = Set(scale.values.map(\.value))
        var table = ByteKeyTable<Answer>()
        var digits = [Answer?](repeating: nil, count: 10)
        func add(_ text: String, _ answer: Answer) {
            let key = TextNormalization.key(text)
            guard !key.isEmpty, table.insert(key, answer) else { return }
            if key.count == 1, let digit = key.first, digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") {
                digits[Int(digit - UInt8(ascii: "0"))] = answer
            }
        }
        for value in scale.values {
            for text in value.codes + value.labels { add(text, .value(value.value)) }
        }
        for missing in scale.missing {
            for text in missing.codes + missing.labels { add(text, .dontKnow) }
        }
        for text in Self.alwaysMissing { add(text, .dontKnow) }
        // Cells usually repeat a label exactly as written: look that up before normalising.
        for value in scale.values {
            for text in value.codes + value.labels { table.insert(Array(text.utf8), .value(value.value)) }
        }
        for missing in scale.missing {
            for text in missing.codes + missing.labels { table.insert(Array(text.utf8), .dontKnow) }
        }
        for digit in 0...9 where digits[digit] == nil {
            if values.contains(Double(digit)) { digits[digit] = .value(Double(digit)) }
        }
        self.table = table
        self.digits = digits
    }

    /// The outcome of reading one cell.
    enum Outcome {
        /// The cell decoded.
        case answer(Answer)
        /// A number that is not on the scale.
        case offScale
        /// Text that matches no code or label.
        case unknown
    }

    /// Reads one cell's bytes; `scratch` is reused storage for the normalised form.
    ///
    /// - Complexity: O(*n*) in the cell's length; O(1) for a single digit.
    func decode(_ raw: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> Outcome {
        var start = 0
        var end = raw.count
        while start < end, Self.isSpace(raw[start]) { start += 1 }
        while end > start, Self.isSpace(raw[end - 1]) { end -= 1 }
        if start == end { return .answer(.unanswered) }
        if end - start == 1 {
            let byte = raw[start] &- UInt8(ascii: "0")
            if byte < 10, let answer = digits[Int(byte)] { return .answer(answer) }
        }
        let cell = UnsafeBufferPointer(rebasing: raw[start..<end])
        if let answer = table[cell] { return .answer(answer) }
        TextNormalization.normalize(utf8: cell, into: &scratch)
        if let answer = table[scratch] { return .answer(answer) }
        guard let number = Self.number(cell) else { return .unknown }
        return values.contains(number) ? .answer(.value(number)) : .offScale
    }

    /// The cell read as a decimal number with a point or a comma (`4`, `4.0`, `4,0`, `-1`), or
    /// `nil` when it is not one.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var integer = 0.0
        var digits = 0
        while index < bytes.count, case let digit = bytes[index] &- UInt8(ascii: "0"), digit < 10 {
            integer = integer * 10 + Double(digit)
            digits += 1
            index += 1
        }
        guard digits > 0, digits < 16 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
            index += 1
            var fraction = 0.0
            var scale = 1.0
            var fractionDigits = 0
            while index < bytes.count, case let digit = bytes[index] &- UInt8(ascii: "0"), digit < 10 {
                fraction = fraction * 10 + Double(digit)
                scale *= 10
                fractionDigits += 1
                index += 1
            }
            guard fractionDigits > 0, fractionDigits < 16 else { return nil }
            integer += fraction / scale
        }
        guard index == bytes.count else { return nil }
        return negative ? -integer : integer
    }

    /// Spaces, tabs and line breaks around a cell.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\n")
    }
}
