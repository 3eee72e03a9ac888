import Foundation

/// Reads CSV records from a file, a file handle or bytes, a chunk at a time, so memory stays flat
/// however large the file is.
///
/// RFC 4180 and what real exports do beyond it: quoted fields holding delimiters, doubled quotes
/// and line breaks; LF, CRLF and lone CR line ends; a UTF-8 byte order mark; UTF-16 with a byte
/// order mark; Windows-1252 when a file is not valid UTF-8 (with a warning); the delimiter
/// detected from `,` `;` and tab in the header line. Empty lines hold no record and are skipped.
/// An unquoted `NULL` is the text `NULL`, as RFC 4180 reads it.
///
/// A record with a different number of fields than the first is read and reported as a warning.
/// An unterminated quote, a NUL byte, a field over 1 MiB, a record over 64 MiB or over 100,000
/// fields make the file unusable: ``next()`` throws ``LISOError`` of kind
/// ``LISOError/Kind/inputUnusable`` with one diagnostic that names the place.
///
/// Not `Sendable`: a reader owns an open file and its position. Copies share that position.
public struct CSVReader {
    let core: CSVReaderCore

    /// Opens a file; a missing file or a directory throws ``LISOError/Kind/inputMissing``.
    public init(contentsOf url: URL, displayName: String, dialect: CSVDialect = .automatic) throws(LISOError) {
        try self.init(contentsOf: url, displayName: displayName, dialect: dialect, limits: .standard)
    }

    /// Opens a file with other limits.
    package init(
        contentsOf url: URL, displayName: String, dialect: CSVDialect, limits: CSVReaderLimits
    ) throws(LISOError) {
        let source = try CSVReaderByteSource.file(at: url, offset: 0, displayName: displayName)
        core = CSVReaderCore(source: source, limits: limits, firstLine: 1)
        try core.begin(dialect: dialect, encoding: nil, atInputStart: true)
    }

    /// Reads bytes in memory, for example a test's input.
    public init(bytes: [UInt8], displayName: String, dialect: CSVDialect = .automatic) {
        self.init(bytes: bytes, displayName: displayName, dialect: dialect, limits: .standard)
    }

    /// Reads bytes in memory with other limits.
    package init(bytes: [UInt8], displayName: String, dialect: CSVDialect, limits: CSVReaderLimits) {
        core = CSVReaderCore(source: .memory(bytes, displayName: displayName), limits: limits, firstLine: 1)
        do throws(LISOError) {
            try core.begin(dialect: dialect, encoding: nil, atInputStart: true)
        } catch {
            core.failure = error
        }
    }

    /// Reads a file handle from its current position to its end, for example standard input.
    /// A read error is thrown by the first ``next()``.
    public init(fileHandle: FileHandle, displayName: String, dialect: CSVDialect = .automatic) {
        core = CSVReaderCore(
            source: .handle(fileHandle, displayName: displayName), limits: .standard, firstLine: 1)
        do throws(LISOError) {
            try core.begin(dialect: dialect, encoding: nil, atInputStart: true)
        } catch {
            core.failure = error
        }
    }

    /// Reads the records of a file that start inside `byteRange`; the last one is read to its end
    /// even past the range. For reading one file on several cores: see `CSVReader.split`.
    ///
    /// - Parameters:
    ///   - url: the file.
    ///   - byteRange: must start at a record boundary (the start of the file or after a line end).
    ///   - displayName: the name diagnostics use for the file.
    ///   - dialect: give the delimiter; a range past the header cannot detect it.
    ///   - encoding: `nil` decides as a whole-file reader does; UTF-16 files cannot be split.
    ///   - expectedFieldCount: the field count ragged records are compared with, or `nil` for the
    ///     range's first record.
    ///   - firstLine: the physical line where the range starts, when known; else count from 1 and
    ///     add ``lineCount`` of the ranges before.
    package init(
        contentsOf url: URL, byteRange: Range<Int>, displayName: String, dialect: CSVDialect,
        encoding: TextEncoding? = nil, expectedFieldCount: Int? = nil, firstLine: Int = 1
    ) throws(LISOError) {
        try self.init(
            contentsOf: url, byteRange: byteRange, displayName: displayName, dialect: dialect, encoding: encoding,
            expectedFieldCount: expectedFieldCount, firstLine: firstLine, limits: .standard)
    }

    /// Reads the records of a byte range with other limits.
    package init(
        contentsOf url: URL, byteRange: Range<Int>, displayName: String, dialect: CSVDialect,
        encoding: TextEncoding?, expectedFieldCount: Int?, firstLine: Int, limits: CSVReaderLimits
    ) throws(LISOError) {
        let source = try CSVReaderByteSource.file(at: url, offset: byteRange.lowerBound, displayName: displayName)
        core = CSVReaderCore(source: source, limits: limits, firstLine: firstLine)
        core.rangeStart = byteRange.lowerBound
        core.stopOffset = byteRange.count
        core.expectedFieldCount = expectedFieldCount
        try core.begin(dialect: dialect, encoding: encoding, atInputStart: byteRange.lowerBound == 0)
    }

    /// The encoding the input is read in. While every byte so far is ASCII this is UTF-8; a later
    /// byte that is not UTF-8 switches to Windows-1252 (with a warning).
    public var encoding: TextEncoding { core.encoding }

    /// The delimiter: the dialect's, or the one detected from the header line.
    public var delimiter: UInt8 { core.delimiter }

    /// The warnings so far (encoding fallback, ragged records, text after a closing quote) and,
    /// after the last record, notes on warnings that were counted but not listed.
    public var diagnostics: [Diagnostic] { core.diagnostics }

    /// The line breaks read so far: after the last record, the number of physical lines read
    /// (not counting a last line without a line break).
    public var lineCount: Int { core.lineBreaks }

    /// The number of records read so far.
    public var recordCount: Int { core.recordsRead }

    /// The byte offset in the file just after the last record read (for a UTF-16 file, in UTF-8 bytes).
    public var endOffset: Int { core.rangeStart + core.offset }

    /// Reads the next record, or returns `nil` at the end.
    ///
    /// The record's storage is reused by the next call when the caller no longer holds it.
    /// - Throws: ``LISOError`` of kind ``LISOError/Kind/inputUnusable`` when the file is unusable;
    ///   every later call throws it again.
    public mutating func next() throws(LISOError) -> CSVRecord? {
        guard try core.advance(into: &core.record) else { return nil }
        return core.record
    }

    /// Calls `body` with each record in turn, reusing one record's storage.
    ///
    /// - Throws: ``LISOError`` when the file is unusable, or what `body` throws.
    /// - Complexity: O(*n*) in the input's size.
    public mutating func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        var record = CSVRecord(line: 0)
        swap(&record, &core.record)
        defer { swap(&record, &core.record) }
        while try core.advance(into: &record) {
            try body(record)
        }
    }
}

/// A reader owns an open file and a position, so it stays on one thread.
@available(*, unavailable)
extension CSVReader: Sendable {}
