extension TextEncoding {
    /// Turns UTF-16 bytes into UTF-8 piece by piece, keeping an odd byte or a lone high surrogate
    /// at the end of one piece for the next. Unpaired surrogates become U+FFFD.
    package struct UTF16Transcoder: Sendable {
        /// Whether the bytes are big-endian.
        package let bigEndian: Bool
        private var pendingByte: UInt8?
        private var pendingHighSurrogate: UInt16?
        /// How many unpaired surrogates were replaced so far.
        package private(set) var replacements = 0

        /// Creates a transcoder for one byte order.
        package init(bigEndian: Bool) {
            self.bigEndian = bigEndian
        }

        /// Appends the UTF-8 form of `bytes` to `output`; `isLast` flushes what is pending.
        ///
        /// - Complexity: O(*n*).
        package mutating func transcode(
            _ bytes: UnsafeBufferPointer<UInt8>, isLast: Bool, into output: inout [UInt8]
        ) {
            var index = 0
            if let first = pendingByte, !bytes.isEmpty {
                pendingByte = nil
                unit(pair(first, bytes[0]), into: &output)
                index = 1
            }
            while index + 1 < bytes.count {
                unit(pair(bytes[index], bytes[index + 1]), into: &output)
                index += 2
            }
            if index < bytes.count { pendingByte = bytes[index] }
            if isLast {
                if pendingHighSurrogate != nil || pendingByte != nil {
                    replacements += 1
                    TextEncoding.appendUTF8(0xFFFD, to: &output)
                }
                pendingHighSurrogate = nil
                pendingByte = nil
            }
        }

        @inline(__always)
        private func pair(_ first: UInt8, _ second: UInt8) -> UInt16 {
            bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
        }

        @inline(__always)
        private mutating func unit(_ unit: UInt16, into output: inout [UInt8]) {
            if let high = pendingHighSurrogate {
                pendingHighSurrogate = nil
                if (0xDC00...0xDFFF).contains(unit) {
                    let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                    TextEncoding.appendUTF8(scalar, to: &output)
                    return
                }
                replacements += 1
                TextEncoding.appendUTF8(0xFFFD, to: &output)
            }
            switch unit {
            case 0xD800...0xDBFF:
                pendingHighSurrogate = unit
            case 0xDC00...0xDFFF:
                replacements += 1
                TextEncoding.appendUTF8(0xFFFD, to: &output)
            default:
                TextEncoding.appendUTF8(UInt32(unit), to: &output)
            }
        }
    }
}
