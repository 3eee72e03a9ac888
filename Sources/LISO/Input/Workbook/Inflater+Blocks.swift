extension Inflater {
    /// The order in which a dynamic block lists the code-length code's lengths (RFC 1951, 3.2.7).
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// Reads a dynamic block's header and builds its literal/length and distance tables.
    mutating func readDynamicTables() throws {
        try refill()
        let literalCount = take(5) + 257
        let distanceCount = take(5) + 1
        let codeLengthCount = take(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else {
            throw Failure.damaged("a dynamic block declares too many codes")
        }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            try refill()
            codeLengthLengths[Self.codeLengthOrder[index]] = UInt8(take(3))
        }
        // The code-length table lives in the distance table's space until the lengths are read.
        let codeLengthTable = distanceTable
        try codeLengthLengths.withUnsafeBufferPointer { lengths in
            try HuffmanTable.codeLengthPayloads.withUnsafeBufferPointer { payloads in
                try HuffmanTable.build(
                    lengths: lengths, payloads: payloads, primaryBits: HuffmanTable.codeLengthPrimaryBits,
                    into: codeLengthTable, capacity: HuffmanTable.distanceCapacity, scratch: scratch)
            }
        }
        let total = literalCount + distanceCount
        var lengths = [UInt8](repeating: 0, count: total)
        var index = 0
        while index < total {
            try refill()
            let entry = codeLengthTable[Int(truncatingIfNeeded: bits) & (1 << HuffmanTable.codeLengthPrimaryBits - 1)]
            guard entry & HuffmanTable.kindMask == HuffmanTable.literal else {
                throw Failure.damaged("a code length uses an unassigned code")
            }
            _ = take(Int(entry & 15))
            let symbol = Int(entry >> 16)
            var repeated: UInt8 = 0
            var times = 1
            switch symbol {
            case 0..<16: repeated = UInt8(symbol)
            case 16:
                guard index > 0 else { throw Failure.damaged("a code length repeats before the first one") }
                repeated = lengths[index - 1]
                times = 3 + take(2)
            case 17: times = 3 + take(3)
            default: times = 11 + take(7)
            }
            guard index + times <= total else { throw Failure.damaged("code lengths run past their count") }
            for _ in 0..<times {
                lengths[index] = repeated
                index += 1
            }
        }
        guard lengths[256] > 0 else { throw Failure.damaged("a dynamic block has no end-of-block code") }
        try lengths.withUnsafeBufferPointer { all in
            let literals = UnsafeBufferPointer(rebasing: all[0..<literalCount])
            let distances = UnsafeBufferPointer(rebasing: all[literalCount...])
            try HuffmanTable.literalPayloads.withUnsafeBufferPointer { payloads in
                try HuffmanTable.build(
                    lengths: literals, payloads: payloads, primaryBits: HuffmanTable.literalPrimaryBits,
                    into: literalTable, capacity: HuffmanTable.literalCapacity, scratch: scratch)
            }
            try HuffmanTable.distancePayloads.withUnsafeBufferPointer { payloads in
                try HuffmanTable.build(
                    lengths: distances, payloads: payloads, primaryBits: HuffmanTable.distancePrimaryBits,
                    into: distanceTable, capacity: HuffmanTable.distanceCapacity, scratch: scratch)
            }
        }
    }

    /// Decodes the symbols of a Huffman-coded block up to its end-of-block code.
    ///
    /// The hot loop: the bit buffer, the input position and the output count live in locals and
    /// are written back before anything that reads them (a refill near the end, a flush, a throw).
    mutating func decodeCompressedBlock(_ sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let literalMask = UInt64(1 << HuffmanTable.literalPrimaryBits - 1)
        let distanceMask = UInt64(1 << HuffmanTable.distancePrimaryBits - 1)
        let output = output
        let literals = literalTable
        let distances = distanceTable
        let fastEnd = input.count - 8
        let base = input.baseAddress
        while true {
            if outputCount - flushed >= chunkBytes { try flush(sink) }
            let flushAt = flushed + chunkBytes
            var out = outputCount
            var bits = bits
            var bitCount = bitCount
            var position = position
            defer {
                self.bits = bits
                self.bitCount = bitCount
                self.position = position
                outputCount = out
            }
            // Decode until the output needs flushing or the input is nearly used up.
            while out < flushAt {
                if bitCount < 48 {
                    guard position <= fastEnd, let base else { break }
                    let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                    bits |= word.littleEndian << UInt64(bitCount)
                    position += (63 - bitCount) >> 3
                    bitCount |= 56
                }
                var entry = literals[Int(bits & literalMask)]
                if entry & HuffmanTable.kindMask == HuffmanTable.subtable {
                    bits >>= UInt64(HuffmanTable.literalPrimaryBits)
                    bitCount -= HuffmanTable.literalPrimaryBits
                    entry = literals[Int(entry >> 16) + Int(bits & ((1 << UInt64(entry & 15)) - 1))]
                }
                let kind = entry & HuffmanTable.kindMask
                bits >>= UInt64(entry & 15)
                bitCount -= Int(entry & 15)
                if kind == HuffmanTable.literal {
                    output[out] = UInt8(truncatingIfNeeded: entry >> 16)
                    out += 1
                    continue
                }
                if kind == HuffmanTable.endOfBlock { return }
                guard kind == HuffmanTable.length else { throw Failure.damaged("a block uses an unassigned code") }
                let lengthExtra = UInt64((entry >> 4) & 15)
                let length = Int(entry >> 16) + Int(bits & ((1 << lengthExtra) - 1))
                bits >>= lengthExtra
                bitCount -= Int(lengthExtra)
                var distanceEntry = distances[Int(bits & distanceMask)]
                if distanceEntry & HuffmanTable.kindMask == HuffmanTable.subtable {
                    bits >>= UInt64(HuffmanTable.distancePrimaryBits)
                    bitCount -= HuffmanTable.distancePrimaryBits
                    distanceEntry =
                        distances[
                            Int(distanceEntry >> 16) + Int(bits & ((1 << UInt64(distanceEntry & 15)) - 1))]
                }
                guard distanceEntry & HuffmanTable.kindMask == HuffmanTable.distance else {
                    throw Failure.damaged("a block uses an unassigned distance code")
                }
                bits >>= UInt64(distanceEntry & 15)
                bitCount -= Int(distanceEntry & 15)
                let distanceExtra = UInt64((distanceEntry >> 4) & 15)
                let distance = Int(distanceEntry >> 16) + Int(bits & ((1 << distanceExtra) - 1))
                bits >>= distanceExtra
                bitCount -= Int(distanceExtra)
                guard distance <= out else { throw Failure.damaged("a match reaches back before the output") }
                Self.copyMatch(output + out, distance: distance, length: length)
                out += length
            }
            if out >= flushAt { continue }
            // Near the end of the input: refill one byte at a time and decode one symbol.
            self.bits = bits
            self.bitCount = bitCount
            self.position = position
            try refillNearEnd()
            bits = self.bits
            bitCount = self.bitCount
            position = self.position
            if try decodeOneSymbol(&bits, &bitCount, &out) { return }
        }
    }

    /// Decodes one symbol with the bit buffer full; returns whether it was the end of the block.
    private func decodeOneSymbol(_ bits: inout UInt64, _ bitCount: inout Int, _ out: inout Int) throws -> Bool {
        func take(_ count: Int) -> Int {
            let value = Int(truncatingIfNeeded: bits & ((1 << UInt64(count)) - 1))
            bits >>= UInt64(count)
            bitCount -= count
            return value
        }
        func decode(_ table: UnsafeMutablePointer<UInt32>, primaryBits: Int) -> UInt32 {
            var entry = table[Int(truncatingIfNeeded: bits) & (1 << primaryBits - 1)]
            if entry & HuffmanTable.kindMask == HuffmanTable.subtable {
                _ = take(primaryBits)
                entry = table[Int(entry >> 16) + Int(truncatingIfNeeded: bits) & (1 << Int(entry & 15) - 1)]
            }
            _ = take(Int(entry & 15))
            return entry
        }
        let entry = decode(literalTable, primaryBits: HuffmanTable.literalPrimaryBits)
        switch entry & HuffmanTable.kindMask {
        case HuffmanTable.literal:
            output[out] = UInt8(truncatingIfNeeded: entry >> 16)
            out += 1
            return false
        case HuffmanTable.endOfBlock: return true
        case HuffmanTable.length: break
        default: throw Failure.damaged("a block uses an unassigned code")
        }
        let length = Int(entry >> 16) + take(Int((entry >> 4) & 15))
        let distanceEntry = decode(distanceTable, primaryBits: HuffmanTable.distancePrimaryBits)
        guard distanceEntry & HuffmanTable.kindMask == HuffmanTable.distance else {
            throw Failure.damaged("a block uses an unassigned distance code")
        }
        let distance = Int(distanceEntry >> 16) + take(Int((distanceEntry >> 4) & 15))
        guard distance <= out else { throw Failure.damaged("a match reaches back before the output") }
        Self.copyMatch(output + out, distance: distance, length: length)
        out += length
        return false
    }

    /// Copies `length` bytes from `distance` bytes back to `destination`; the source may overlap
    /// the bytes being written (a run). May write up to 7 bytes past the end, which the output
    /// buffer has room for.
    @inline(__always)
    static func copyMatch(_ destination: UnsafeMutablePointer<UInt8>, distance: Int, length: Int) {
        var target = destination
        var source = destination - distance
        if distance >= 8 {
            let end = destination + length
            repeat {
                UnsafeMutableRawPointer(target).storeBytes(
                    of: UnsafeRawPointer(source).loadUnaligned(as: UInt64.self), as: UInt64.self)
                target += 8
                source += 8
            } while target < end
        } else if distance == 1 {
            destination.update(repeating: source.pointee, count: length)
        } else {
            for _ in 0..<length {
                target.pointee = source.pointee
                target += 1
                source += 1
            }
        }
    }
}
