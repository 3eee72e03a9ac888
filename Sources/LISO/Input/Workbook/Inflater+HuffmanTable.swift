/// Lookup tables for DEFLATE's canonical Huffman codes.
///
/// An entry is a `UInt32`: bits 0–3 the number of code bits to consume (for a subtable pointer,
/// the number of bits that index the subtable), bits 4–7 the number of extra bits, bits 8–10 the
/// kind, bits 16–31 the value (a literal byte, a length or distance base, a subtable's offset).
/// The primary table is indexed by the next ``literalPrimaryBits`` (or ``distancePrimaryBits``)
/// bits; longer codes continue in a subtable. Slots no code reaches hold 0, the invalid kind.
enum HuffmanTable {
    /// Entry kinds.
    static let invalid: UInt32 = 0
    static let literal: UInt32 = 1 << 8
    static let length: UInt32 = 2 << 8
    static let endOfBlock: UInt32 = 3 << 8
    static let subtable: UInt32 = 4 << 8
    static let distance: UInt32 = 5 << 8
    static let kindMask: UInt32 = 7 << 8

    static let literalPrimaryBits = 10
    static let distancePrimaryBits = 8
    static let codeLengthPrimaryBits = 7
    /// Every symbol longer than the primary bits can need its own subtable, at most 2^(15 − primary).
    static let literalCapacity = (1 << 10) + 288 << (15 - 10)
    static let distanceCapacity = (1 << 8) + 32 << (15 - 8)
    /// Room for the per-prefix longest lengths and the symbols' codes while building.
    static let scratchCapacity = (1 << 10) + 320

    /// The entry (without its code length) of each literal/length symbol 0–287.
    static let literalPayloads: [UInt32] = (0..<288).map { symbol in
        if symbol < 256 { return literal | UInt32(symbol) << 16 }
        if symbol == 256 { return endOfBlock }
        guard symbol <= 285 else { return invalid }
        let bases: [UInt32] = [
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
            227, 258,
        ]
        let extras: [UInt32] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        return length | bases[symbol - 257] << 16 | extras[symbol - 257] << 4
    }

    /// The entry (without its code length) of each distance symbol 0–31.
    static let distancePayloads: [UInt32] = (0..<32).map { symbol in
        guard symbol < 30 else { return invalid }
        let base: UInt32 = symbol < 4 ? UInt32(symbol + 1) : (UInt32(2 + symbol & 1) << UInt32(symbol / 2 - 1)) + 1
        let extra: UInt32 = symbol < 4 ? 0 : UInt32(symbol / 2 - 1)
        return distance | base << 16 | extra << 4
    }

    /// The entry of each code-length symbol 0–18: the symbol itself.
    static let codeLengthPayloads: [UInt32] = (0..<19).map { literal | UInt32($0) << 16 }

    /// Builds the table of the code whose symbol `s` has length `lengths[s]` (0: unused).
    ///
    /// - Throws: ``Inflater/Failure/damaged(_:)`` for an over-subscribed code or a length over 15.
    /// - Complexity: O(2^`primaryBits` + symbols + subtable entries).
    static func build(
        lengths: UnsafeBufferPointer<UInt8>, payloads: UnsafeBufferPointer<UInt32>, primaryBits: Int,
        into table: UnsafeMutablePointer<UInt32>, capacity: Int, scratch: UnsafeMutablePointer<UInt32>
    ) throws {
        var count = [Int](repeating: 0, count: 16)
        for length in lengths {
            guard length <= 15 else { throw Inflater.Failure.damaged("a code length is over 15") }
            count[Int(length)] += 1
        }
        var left = 1
        for length in 1...15 {
            left = left << 1 - count[length]
            if left < 0 { throw Inflater.Failure.damaged("a Huffman code is over-subscribed") }
        }
        // The first code of each length, in the canonical order.
        var next = [Int](repeating: 0, count: 16)
        for length in 1..<15 { next[length + 1] = (next[length] + count[length]) << 1 }
        let primarySize = 1 << primaryBits
        let longest = scratch  // per primary prefix: the longest code with it
        let codes = scratch + primarySize  // per symbol: its code, bits reversed
        table.update(repeating: 0, count: primarySize)
        longest.update(repeating: 0, count: primarySize)
        for symbol in 0..<lengths.count {
            let length = Int(lengths[symbol])
            guard length > 0 else { continue }
            let code = reversed(next[length], length)
            next[length] += 1
            codes[symbol] = UInt32(code)
            if length > primaryBits {
                let prefix = code & (primarySize - 1)
                longest[prefix] = max(longest[prefix], UInt32(length))
            }
        }
        var free = primarySize
        for prefix in 0..<primarySize where longest[prefix] > 0 {
            let subBits = Int(longest[prefix]) - primaryBits
            guard free + 1 << subBits <= capacity else { throw Inflater.Failure.damaged("a Huffman code is too large") }
            table[prefix] = subtable | UInt32(free) << 16 | UInt32(subBits)
            (table + free).update(repeating: 0, count: 1 << subBits)
            free += 1 << subBits
        }
        for symbol in 0..<lengths.count {
            let length = Int(lengths[symbol])
            guard length > 0 else { continue }
            let code = Int(codes[symbol])
            if length <= primaryBits {
                var index = code
                while index < primarySize {
                    table[index] = payloads[symbol] | UInt32(length)
                    index += 1 << length
                }
            } else {
                let pointer = table[code & (primarySize - 1)]
                let offset = Int(pointer >> 16)
                let subSize = 1 << Int(pointer & 15)
                let subLength = length - primaryBits
                var index = code >> primaryBits
                while index < subSize {
                    table[offset + index] = payloads[symbol] | UInt32(subLength)
                    index += 1 << subLength
                }
            }
        }
    }

    /// `code`'s low `length` bits in reverse order: DEFLATE packs Huffman codes from their first bit.
    @inline(__always)
    static func reversed(_ code: Int, _ length: Int) -> Int {
        var result = 0
        var code = code
        for _ in 0..<length {
            result = result << 1 | code & 1
            code >>= 1
        }
        return result
    }

    /// Builds the fixed codes of block type 1 (RFC 1951, 3.2.6).
    static func buildFixed(
        literal: UnsafeMutablePointer<UInt32>, distance: UnsafeMutablePointer<UInt32>,
        scratch: UnsafeMutablePointer<UInt32>
    ) throws {
        var lengths = [UInt8](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        try lengths.withUnsafeBufferPointer { lengths throws in
            try literalPayloads.withUnsafeBufferPointer { payloads throws in
                try build(
                    lengths: lengths, payloads: payloads, primaryBits: literalPrimaryBits, into: literal,
                    capacity: literalCapacity, scratch: scratch)
            }
        }
        let distances = [UInt8](repeating: 5, count: 32)
        try distances.withUnsafeBufferPointer { lengths throws in
            try distancePayloads.withUnsafeBufferPointer { payloads throws in
                try build(
                    lengths: lengths, payloads: payloads, primaryBits: distancePrimaryBits, into: distance,
                    capacity: distanceCapacity, scratch: scratch)
            }
        }
    }
}
