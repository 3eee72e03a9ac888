/// A1-style cell references: column letters `A`…`XFD` and a row number.
enum CellReference {
    /// Excel's last column (XFD) and row.
    static let maximumColumns = 16_384
    static let maximumRows = 1_048_576

    /// The 0-based column of a reference such as `B12` (lowercase accepted, `$` signs ignored),
    /// or `nil` when it does not start with 1 to 3 letters followed by a row number.
    static func column(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var column = 0
        if index < raw.count, raw[index] == UInt8(ascii: "$") { index += 1 }
        let lettersStart = index
        while index < raw.count, index - lettersStart < 4 {
            let byte = raw[index] | 0x20
            guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { break }
            column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            index += 1
        }
        guard index > lettersStart, index - lettersStart <= 3 else { return nil }
        if index < raw.count, raw[index] == UInt8(ascii: "$") { index += 1 }
        guard index < raw.count else { return nil }
        for byte in raw[index...] where byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") { return nil }
        return column - 1
    }

    /// The letters of 0-based `column`: 0 is `A`, 26 is `AA`.
    static func letters(_ column: Int) -> String {
        var number = column + 1
        var scalars: [Unicode.Scalar] = []
        while number > 0 {
            number -= 1
            scalars.insert(Unicode.Scalar(UInt8(ascii: "A") + UInt8(number % 26)), at: 0)
            number /= 26
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// `B12` for 0-based `column` 1 and `row` 12.
    static func name(column: Int, row: Int) -> String { "\(letters(column))\(row)" }
}
