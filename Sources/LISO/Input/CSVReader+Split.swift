import Foundation

/// A file cut into byte ranges at line ends, so that several readers can read it at once.
///
/// The cuts are speculative: a line end may lie inside a quoted field.
/// ``CSVReader/readInParallel(contentsOf:displayName:split:_:)`` checks every cut and re-reads a
/// range whose start was not a record boundary.
package struct CSVSplit: Hashable, Sendable {
    /// The ranges, in file order, together covering the file from the first range's start.
    package var ranges: [Range<Int>]
    /// The delimiter every range is read with.
    package var delimiter: UInt8
    /// The encoding when it is settled (a byte order mark, or a non-ASCII byte read before the
    /// split); `nil` lets each range decide.
    package var encoding: TextEncoding?
    /// The header record's field count, which the ranges compare their records with.
    package var headerFieldCount: Int?
    /// Warnings found before the first range (the ranges, told the encoding, do not repeat them).
    package var diagnostics: [Diagnostic]
    /// The physical lines before the first range: the lines of records already read.
    package var linesBefore: Int

    /// Creates a split.
    package init(
        ranges: [Range<Int>], delimiter: UInt8, encoding: TextEncoding?, headerFieldCount: Int?,
        diagnostics: [Diagnostic] = [], linesBefore: Int = 0
    ) {
        self.ranges = ranges
        self.delimiter = delimiter
        self.encoding = encoding
        self.headerFieldCount = headerFieldCount
        self.diagnostics = diagnostics
        self.linesBefore = linesBefore
    }
}

extension CSVReader {
    /// Cuts a whole file into at most `parts` ranges, each starting just after a line end near an
    /// even share of the file. A UTF-16 file, or one too small for parts of `minimumPartBytes`, is
    /// one range. The first range starts at the file's start, so its reader reads the header.
    ///
    /// - Complexity: reads the header record and a few bytes around each cut.
    package static func split(
        contentsOf url: URL, displayName: String, dialect: CSVDialect = .automatic, parts: Int,
        minimumPartBytes: Int = 1 << 20
    ) throws(LISOError) -> CSVSplit {
        var first = try CSVReader(contentsOf: url, displayName: displayName, dialect: dialect)
        let header = try? first.next()
        return try first.splitFile(
            from: 0, linesBefore: 0, headerFieldCount: header?.count,
            diagnostics: first.diagnostics.filter(\.kind.isEncoding), parts: parts,
            minimumPartBytes: minimumPartBytes)
    }

    /// Cuts the rest of the file this reader reads, after the records it has read, into at most
    /// `parts` ranges; see ``split(contentsOf:displayName:dialect:parts:minimumPartBytes:)``. The
    /// reader's warnings so far come with the split; the reader itself is not moved.
    ///
    /// - Precondition: the reader reads a file from its start (not a handle, bytes or a range).
    package func splitRemainder(headerFieldCount: Int?, parts: Int, minimumPartBytes: Int) throws(LISOError)
        -> CSVSplit
    {
        try splitFile(
            from: endOffset, linesBefore: lineCount, headerFieldCount: headerFieldCount, diagnostics: diagnostics,
            parts: parts, minimumPartBytes: minimumPartBytes)
    }

    private func splitFile(
        from start: Int, linesBefore: Int, headerFieldCount: Int?, diagnostics: [Diagnostic], parts: Int,
        minimumPartBytes: Int
    ) throws(LISOError) -> CSVSplit {
        let source = core.source
        let size = source.size
        let encoding: TextEncoding? = if case .undecided = core.encodingState { nil } else { self.encoding }
        var split = CSVSplit(
            ranges: start < size || start == 0 ? [start..<max(start, size)] : [], delimiter: delimiter,
            encoding: encoding,
            headerFieldCount: headerFieldCount, diagnostics: diagnostics, linesBefore: linesBefore)
        let count = min(parts, (size - start) / max(minimumPartBytes, 1))
        guard count > 1, self.encoding != .utf16LittleEndian, self.encoding != .utf16BigEndian else {
            return split
        }
        var cuts = [start]
        for part in 1..<count {
            let target = start + (size - start) * part / count
            guard let cut = try Self.lineStart(after: max(target, cuts.last! + 1), in: source, size: size) else {
                break
            }
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
