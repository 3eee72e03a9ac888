/// How a CSV file separates its fields: the delimiter, or `nil` to detect it from the header line.
///
/// Quotes are always `"` and doubled inside a quoted field (RFC 4180); records end at LF, CRLF
/// or a lone CR.
public struct CSVDialect: Hashable, Sendable {
    /// The byte between fields, or `nil` to choose `,`, `;` or tab from the header line.
    public var delimiter: UInt8?

    /// Creates a dialect; `nil` detects the delimiter.
    public init(delimiter: UInt8? = nil) {
        self.delimiter = delimiter
    }

    /// The delimiters a file can be told to use, by name (`--delimiter comma`).
    public enum Delimiter: String, CaseIterable, Hashable, Sendable {
        /// `,`
        case comma
        /// `;`
        case semicolon
        /// A tab.
        case tab

        /// The delimiter's byte.
        public var byte: UInt8 {
            switch self {
            case .comma: UInt8(ascii: ",")
            case .semicolon: UInt8(ascii: ";")
            case .tab: UInt8(ascii: "\t")
            }
        }
    }

    /// A dialect with a fixed delimiter.
    public init(_ delimiter: Delimiter) {
        self.init(delimiter: delimiter.byte)
    }

    /// Detects the delimiter from the header line, outside quotes: the most frequent of `,` `;` and tab.
    public static let automatic = CSVDialect()
    /// Comma-separated, as RFC 4180 and most survey tools write.
    public static let comma = CSVDialect(.comma)
    /// Semicolon-separated, as Dutch Excel writes (the comma is its decimal separator).
    public static let semicolon = CSVDialect(.semicolon)
    /// Tab-separated.
    public static let tab = CSVDialect(.tab)

    /// The delimiters that detection chooses from, in order of preference on a tie.
    package static let candidates: [UInt8] = Delimiter.allCases.map(\.byte)

    /// Picks the delimiter of a header line: the candidate seen most often outside quotes in the
    /// first line that is not empty, up to its line break outside quotes; a comma when none is seen.
    ///
    /// - Complexity: O(*n*) in the length of the header line.
    package static func detectDelimiter(in bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var counts = [0, 0, 0]
        var inQuotes = false
        let firstText = bytes.firstIndex { $0 != 0x0A && $0 != 0x0D } ?? bytes.endIndex
        for byte in bytes[firstText...] {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes {
                switch byte {
                case UInt8(ascii: ","): counts[0] += 1
                case UInt8(ascii: ";"): counts[1] += 1
                case UInt8(ascii: "\t"): counts[2] += 1
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return choose(counts)
                default: break
                }
            }
        }
        return choose(counts)
    }

    private static func choose(_ counts: [Int]) -> UInt8 {
        var best = 0
        for index in 1..<counts.count where counts[index] > counts[best] { best = index }
        return candidates[best]
    }
}
