extension TextEncoding {
    /// What a look at some bytes says about whether they are UTF-8.
    package struct UTF8Check: Hashable, Sendable {
        /// A complete non-ASCII UTF-8 sequence was seen and nothing invalid.
        package var sawMultibyte = false
        /// Some byte cannot be UTF-8: the bytes are in another encoding.
        package var invalid = false
        /// Where a sequence starts that the bytes end in the middle of; more bytes decide it.
        package var truncatedAt: Int?
    }

    /// Checks whether `bytes` are valid UTF-8, skipping ASCII 32 or 8 bytes at a time.
    ///
    /// - Complexity: O(*n*).
    package static func checkUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> UTF8Check {
        var check = UTF8Check()
        let count = bytes.count
        guard let base = bytes.baseAddress else { return check }
        var index = 0
        while index < count {
            if index + 32 <= count {
                let raw = UnsafeRawPointer(base + index)
                let word =
                    raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    index += 32
                    continue
                }
            }
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, low) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, high) = (3, 0x9F)
            case 0xF0: (length, low) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, high) = (4, 0x8F)
            default:
                check.invalid = true
                return check
            }
            for offset in 1..<length {
                guard index + offset < count else {
                    check.truncatedAt = index
                    return check
                }
                let byte = base[index + offset]
                let (min, max) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                guard byte >= min, byte <= max else {
                    check.invalid = true
                    return check
                }
            }
            check.sawMultibyte = true
            index += length
        }
        return check
    }
}
