/// A small DEFLATE encoder for the workbook benchmark: greedy LZ77 over a 32 KiB window (one
/// candidate per 4-byte hash) and the fixed Huffman codes of RFC 1951, in one final block. It
/// compresses sheet XML about as well as a fast zlib level, so the decoder sees long matches as
/// in real workbooks. Not part of the library: liso only reads workbooks.
enum DeflateEncoder {
    private struct BitWriter {
        var bytes: [UInt8] = []
        var buffer: UInt64 = 0
        var count = 0

        /// Writes `length` bits of `value`, lowest first.
        mutating func write(_ value: Int, _ length: Int) {
            buffer |= UInt64(value) << UInt64(count)
            count += length
            while count >= 8 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                count -= 8
            }
        }

        /// Writes a Huffman code, its first bit first.
        mutating func code(_ code: Int, _ length: Int) {
            var reversed = 0
            for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
            write(reversed, length)
        }

        mutating func finish() -> [UInt8] {
            if count > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
            return bytes
        }
    }

    private static let lengthBases = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let distanceBases = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]

    private static func literal(_ symbol: Int, _ writer: inout BitWriter) {
        switch symbol {
        case 0..<144: writer.code(0x30 + symbol, 8)
        case 144..<256: writer.code(0x190 + symbol - 144, 9)
        case 256..<280: writer.code(symbol - 256, 7)
        default: writer.code(0xC0 + symbol - 280, 8)
        }
    }

    private static func match(length: Int, distance: Int, _ writer: inout BitWriter) {
        let lengthCode = (lengthBases.lastIndex { $0 <= length })!
        literal(257 + lengthCode, &writer)
        let lengthExtra = lengthCode < 8 || lengthCode == 28 ? 0 : (lengthCode - 4) / 4
        writer.write(length - lengthBases[lengthCode], lengthExtra)
        let distanceCode = (distanceBases.lastIndex { $0 <= distance })!
        writer.code(distanceCode, 5)
        let distanceExtra = distanceCode < 4 ? 0 : distanceCode / 2 - 1
        writer.write(distance - distanceBases[distanceCode], distanceExtra)
    }

    /// `data` compressed as raw DEFLATE.
    static func compress(_ data: [UInt8]) -> [UInt8] {
        var writer = BitWriter()
        writer.write(1, 1)
        writer.write(1, 2)
        var heads = [Int](repeating: -1, count: 1 << 16)
        var position = 0
        data.withUnsafeBufferPointer { bytes in
            while position < bytes.count {
                var best = 0
                if position + 4 <= bytes.count {
                    let word =
                        Int(bytes[position]) | Int(bytes[position + 1]) << 8 | Int(bytes[position + 2]) << 16
                        | Int(bytes[position + 3]) << 24
                    let key = ((word &* 0x9E37_79B1) >> 16) & 0xFFFF
                    let candidate = heads[key]
                    heads[key] = position
                    if candidate >= 0, position - candidate <= 32_768 {
                        let limit = min(258, bytes.count - position)
                        while best < limit, bytes[candidate + best] == bytes[position + best] { best += 1 }
                        if best >= 4 {
                            match(length: best, distance: position - candidate, &writer)
                            position += best
                            continue
                        }
                    }
                }
                literal(Int(bytes[position]), &writer)
                position += 1
            }
        }
        literal(256, &writer)
        return writer.finish()
    }
}
