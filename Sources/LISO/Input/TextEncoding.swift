/// The text encoding of an input file. The reader hands out UTF-8 whatever the file used.
///
/// UTF-8 is assumed (a byte order mark is skipped); UTF-16 is recognised by its byte order mark;
/// a file that is not valid UTF-8 is read as Windows-1252, what Dutch Excel writes.
public enum TextEncoding: String, Hashable, Sendable, Codable, CaseIterable {
    /// UTF-8, with or without a byte order mark.
    case utf8 = "utf-8"
    /// UTF-16, little-endian, recognised by the byte order mark `FF FE`.
    case utf16LittleEndian = "utf-16le"
    /// UTF-16, big-endian, recognised by the byte order mark `FE FF`.
    case utf16BigEndian = "utf-16be"
    /// Windows-1252 (a superset of Latin-1), used when a file is not valid UTF-8.
    case windows1252 = "windows-1252"

    /// The encoding a byte order mark at the start of `bytes` announces, with the mark's length.
    package static func byteOrderMark(in bytes: UnsafeBufferPointer<UInt8>) -> (TextEncoding, Int)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LittleEndian, 2) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BigEndian, 2) }
        return nil
    }

    /// The Unicode scalars of Windows-1252 bytes 0x80–0x9F; the five unassigned bytes map to the
    /// C1 control of the same value, as WHATWG's encoding standard does.
    package static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Appends the UTF-8 form of one Windows-1252 byte to `output`.
    @inline(__always)
    package static func appendWindows1252(_ byte: UInt8, to output: inout [UInt8]) {
        if byte < 0x80 {
            output.append(byte)
            return
        }
        let scalar = byte < 0xA0 ? UInt32(windows1252High[Int(byte) - 0x80]) : UInt32(byte)
        appendUTF8(scalar, to: &output)
    }

    /// Appends the UTF-8 form of a Unicode scalar value to `output`.
    @inline(__always)
    package static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (scalar >> 18)))
            output.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
