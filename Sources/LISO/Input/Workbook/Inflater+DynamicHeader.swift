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
}
