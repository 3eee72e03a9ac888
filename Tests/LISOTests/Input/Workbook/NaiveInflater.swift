/// A second DEFLATE decoder, written for clarity instead of speed, straight from RFC 1951: one bit
/// at a time, each Huffman code looked up in a dictionary by its length and value. The tests
/// check the library's table-driven ``Inflater`` against it byte for byte.
enum NaiveInflater {
    struct Failure: Error {}

    private struct Bits {
        let bytes: [UInt8]
        var position = 0

        mutating func bit() throws -> Int {
            guard position < bytes.count * 8 else { throw Failure() }
            defer { position += 1 }
            return Int(bytes[position / 8] >> UInt8(position % 8)) & 1
        }

        /// `count` bits, the first one lowest (how DEFLATE packs numbers).
        mutating func number(_ count: Int) throws -> Int {
            var value = 0
            for index in 0..<count { value |= try bit() << index }
            return value
        }
    }

    /// A canonical Huffman code: symbol by (length, code).
    private struct Code {
        var symbols: [Int: [Int: Int]] = [:]

        init(lengths: [Int]) {
            var code = 0
            for length in 1...15 {
                for (symbol, symbolLength) in lengths.enumerated() where symbolLength == length {
                    symbols[length, default: [:]][code] = symbol
                    code += 1
                }
                code <<= 1
            }
        }

        /// Reads one symbol, its code's first bit first.
        func decode(_ bits: inout Bits) throws -> Int {
            var code = 0
            for length in 1...15 {
                code = code << 1 | (try bits.bit())
                if let symbol = symbols[length]?[code] { return symbol }
            }
            throw Failure()
        }
    }

    private static let lengthBases = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let lengthExtras = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBases = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtras = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    static func inflate(_ bytes: [UInt8]) throws -> [UInt8] {
        var bits = Bits(bytes: bytes)
        var output: [UInt8] = []
        var final = 0
        repeat {
            final = try bits.number(1)
            switch try bits.number(2) {
            case 0:
                bits.position = (bits.position + 7) / 8 * 8
                let length = try bits.number(16)
                guard try bits.number(16) == length ^ 0xFFFF else { throw Failure() }
                for _ in 0..<length { output.append(UInt8(try bits.number(8))) }
            case 1:
                let literals = Code(lengths: (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 })
                try decodeBlock(&bits, literals, Code(lengths: Array(repeating: 5, count: 30)), into: &output)
            case 2:
                let literalCount = try bits.number(5) + 257
                let distanceCount = try bits.number(5) + 1
                let codeLengthCount = try bits.number(4) + 4
                let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
                var codeLengthLengths = Array(repeating: 0, count: 19)
                for index in 0..<codeLengthCount { codeLengthLengths[order[index]] = try bits.number(3) }
                let codeLengths = Code(lengths: codeLengthLengths)
                var lengths: [Int] = []
                while lengths.count < literalCount + distanceCount {
                    let symbol = try codeLengths.decode(&bits)
                    switch symbol {
                    case 0..<16: lengths.append(symbol)
                    case 16:
                        guard let last = lengths.last else { throw Failure() }
                        lengths += Array(repeating: last, count: 3 + (try bits.number(2)))
                    case 17: lengths += Array(repeating: 0, count: 3 + (try bits.number(3)))
                    default: lengths += Array(repeating: 0, count: 11 + (try bits.number(7)))
                    }
                }
                try decodeBlock(
                    &bits, Code(lengths: Array(lengths[..<literalCount])),
                    Code(lengths: Array(lengths[literalCount...])),
                    into: &output)
            default: throw Failure()
            }
        } while final == 0
        return output
    }

    private static func decodeBlock(_ bits: inout Bits, _ literals: Code, _ distances: Code, into output: inout [UInt8])
        throws
    {
        while true {
            let symbol = try literals.decode(&bits)
            if symbol < 256 {
                output.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let length = lengthBases[symbol - 257] + (try bits.number(lengthExtras[symbol - 257]))
                let code = try distances.decode(&bits)
                let distance = distanceBases[code] + (try bits.number(distanceExtras[code]))
                guard distance <= output.count else { throw Failure() }
                for _ in 0..<length { output.append(output[output.count - distance]) }
            }
        }
    }
}
