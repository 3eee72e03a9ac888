import Foundation

/// A file cut into byte ranges at line ends, so that several readers can read it at once.
///
/// The cuts are speculative: a line end may lie inside a quoted field.
/// ``CSVReader/readInParallel(contentsOf:displayName:dialect:parts:minimumPartBytes:_:)`` checks
/// every cut and re-reads a range whose start was not a record boundary.
public struct CSVSplit: Hashable, Sendable {
    /// The ranges, in file order, together covering the file after its byte order mark.
    public var ranges: [Range<Int>]
    /// The delimiter every range is read with.
    public var delimiter: UInt8
    /// The encoding when the file announces it with a byte order mark; `nil` lets each range decide.
    public var encoding: TextEncoding?
    /// The header record's field count, which later ranges compare their records with.
    public var headerFieldCount: Int?
    /// Encoding warnings found while settling ``encoding`` (the ranges, told the encoding, do not repeat them).
    public var diagnostics: [Diagnostic]

    /// Creates a split.
    public init(
        ranges: [Range<Int>], delimiter: UInt8, encoding: TextEncoding?, headerFieldCount: Int?,
        diagnostics: [Diagnostic] = []
    ) {
        self.ranges = ranges
        self.delimiter = delimiter
        self.encoding = encoding
        self.headerFieldCount = headerFieldCount
        self.diagnostics = diagnostics
    }
}

extension CSVReader {
    /// Cuts a file into at most `parts` ranges, each starting just after a line end near an even
    /// share of the file. A UTF-16 file, or one too small for parts of `minimumPartBytes`, is one range.
    ///
    /// - Complexity: reads the header record and a few bytes around each cut.
    public static func split(
        contentsOf url: URL, displayName: String, dialect: CSVDialect = .automatic, parts: Int,
        minimumPartBytes: Int = 1 << 20
    ) throws(LISOError) -> CSVSplit {
        var first = try CSVReader(contentsOf: url, displayName: displayName, dialect: dialect)
        let header = try? first.next()
        let encoding: TextEncoding? = if case .undecided = first.core.encodingState { nil } else { first.encoding }
        let source = try CSVReaderByteSource.file(at: url, offset: 0, displayName: displayName)
        let size = source.size
        var split = CSVSplit(
            ranges: [0..<size], delimiter: first.delimiter, encoding: encoding, headerFieldCount: header?.count,
            diagnostics: first.diagnostics.filter(\.kind.isEncoding))
        let count = min(parts, size / max(minimumPartBytes, 1))
        guard count > 1, first.encoding != .utf16LittleEndian, first.encoding != .utf16BigEndian else {
            return split
        }
        var cuts = [0]
        for part in 1..<count {
            let target = size * part / count
            guard let cut = try lineStart(after: max(target, cuts.last! + 1), in: source, size: size) else { break }
            if cut > cuts.last!, cut < size { cuts.append(cut) }
        }
        cuts.append(size)
        split.ranges = (0..<cuts.count - 1).map { cuts[$0]..<cuts[$0 + 1] }
        return split
    }

    /// The offset just after the first line end at or after `offset` (a CR LF pair counts as one).
    private static func lineStart(
        after offset: Int, in source: CSVReaderByteSource, size: Int
    ) throws(LISOError) -> Int? {
        var window = [UInt8](repeating: 0, count: 64 << 10)
        var position = offset
        while position < size {
            let count = try window.withUnsafeMutableBufferPointer { buffer throws(LISOError) in
                try source.read(at: position, into: buffer.baseAddress!, count: buffer.count)
            }
            guard count > 0 else { return nil }
            for index in 0..<count {
                switch window[index] {
                case 0x0A:
                    return position + index + 1
                case 0x0D:
                    if index + 1 < count { return position + index + (window[index + 1] == 0x0A ? 2 : 1) }
                    return position + index + 1 + (try source.byte(at: position + index + 1) == 0x0A ? 1 : 0)
                default: break
                }
            }
            position += count
        }
        return nil
    }
}
