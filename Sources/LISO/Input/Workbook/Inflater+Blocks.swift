extension Inflater {
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
