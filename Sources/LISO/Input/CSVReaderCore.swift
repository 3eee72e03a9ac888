/// The reader's state: a buffer of decoded bytes, the position in it, the encoding and delimiter
/// found, the scratch arrays the scanner fills, the record handed out, and the diagnostics.
///
/// The buffer holds the bytes from the start of the current record to the end of what was read,
/// plus one sentinel line feed so the scanner's inner loops need no bounds check.
/// Not `Sendable`: it owns a byte source and unmanaged memory.
final class CSVReaderCore {
    /// Whether the encoding is still open: every byte so far was ASCII.
    enum EncodingState {
        case undecided(checkFrom: Int)
        case decided
    }

    let source: CSVReaderByteSource
    let limits: CSVReaderLimits
    var displayName: String { source.displayName }

    // Buffer of bytes to parse (UTF-8 or Windows-1252; UTF-16 is transcoded on the way in).
    var buffer: UnsafeMutablePointer<UInt8>
    var capacity: Int
    /// The position of the next record in ``buffer``.
    var start = 0
    /// The end of the bytes read into ``buffer``.
    var end = 0
    /// The input offset of `buffer[0]`, counted in parsed bytes.
    var discarded = 0
    var sourceEnded = false

    var encoding: TextEncoding = .utf8
    var encodingState: EncodingState = .undecided(checkFrom: 0)
    var utf16: TextEncoding.UTF16Transcoder?
    var rawBuffer: [UInt8] = []
    var transcoded: [UInt8] = []

    var delimiter: UInt8 = UInt8(ascii: ",")
    /// Bytes that end an unquoted field: the delimiter, CR, LF and NUL.
    let unquotedStops: UnsafeMutablePointer<Bool>
    /// Bytes that stop the scan of a quoted field: the quote, CR, LF and NUL.
    let quotedStops: UnsafeMutablePointer<Bool>

    // Scratch the scanner fills for one record: offsets from the record's first byte.
    var fieldStarts: UnsafeMutablePointer<Int>
    var fieldEnds: UnsafeMutablePointer<Int>
    var fieldQuoted: UnsafeMutablePointer<Bool>
    var fieldCapacity: Int
    /// Fields of the current record that hold `""` or text after their closing quote.
    var fieldsToUnescape: [Int] = []
    var strayQuoteFields: [Int] = []

    var record = CSVRecord(line: 1)
    /// The physical line where the next record starts.
    var line: Int
    /// The line breaks consumed so far.
    var lineBreaks = 0
    /// The field count of the first record, which later records are compared with.
    var expectedFieldCount: Int?
    /// The file offset where reading began.
    var rangeStart = 0
    /// The input offset (in parsed bytes) at which no new record starts; `nil` reads to the end.
    var stopOffset: Int?
    var recordsRead = 0

    var diagnostics: [Diagnostic] = []
    var warningCounts: [String: Int] = [:]
    var failure: LISOError?
    var finished = false

    init(source: CSVReaderByteSource, limits: CSVReaderLimits, firstLine: Int) {
        self.source = source
        self.limits = limits
        line = firstLine
        capacity = max(limits.chunkBytes, 16)
        buffer = .allocate(capacity: capacity + 1)
        unquotedStops = .allocate(capacity: 256)
        quotedStops = .allocate(capacity: 256)
        fieldCapacity = max(1, min(64, limits.maximumFields))
        fieldStarts = .allocate(capacity: fieldCapacity)
        fieldEnds = .allocate(capacity: fieldCapacity)
        fieldQuoted = .allocate(capacity: fieldCapacity)
        setDelimiter(delimiter)
    }

    deinit {
        buffer.deallocate()
        unquotedStops.deallocate()
        quotedStops.deallocate()
        fieldStarts.deallocate()
        fieldEnds.deallocate()
        fieldQuoted.deallocate()
    }

    /// Sets the delimiter and the stop tables that depend on it.
    func setDelimiter(_ byte: UInt8) {
        delimiter = byte
        unquotedStops.initialize(repeating: false, count: 256)
        quotedStops.initialize(repeating: false, count: 256)
        for stop in [byte, 0x0A, 0x0D, 0x00] { unquotedStops[Int(stop)] = true }
        for stop in [UInt8(ascii: "\""), 0x0A, 0x0D, 0x00] { quotedStops[Int(stop)] = true }
    }

    /// Doubles the scratch arrays, up to the field limit.
    func growFields() {
        let newCapacity = min(fieldCapacity * 2, limits.maximumFields)
        func grow<T>(_ pointer: inout UnsafeMutablePointer<T>) {
            let larger = UnsafeMutablePointer<T>.allocate(capacity: newCapacity)
            larger.moveInitialize(from: pointer, count: fieldCapacity)
            pointer.deallocate()
            pointer = larger
        }
        grow(&fieldStarts)
        grow(&fieldEnds)
        grow(&fieldQuoted)
        fieldCapacity = newCapacity
    }

    /// Records a warning, listing at most ``CSVReaderLimits/listedWarningsPerKind`` of each kind.
    func warn(_ kind: String, _ message: String, line: Int? = nil, column: Int? = nil) {
        let seen = warningCounts[kind, default: 0]
        warningCounts[kind] = seen + 1
        guard seen < limits.listedWarningsPerKind else { return }
        diagnostics.append(
            Diagnostic(.warning, kind: kind, message, file: displayName, line: line, column: column))
    }

    /// Adds a note for each kind of warning that had more occurrences than were listed.
    func noteUnlistedWarnings() {
        for (kind, count) in warningCounts.sorted(by: { $0.key < $1.key }) where count > limits.listedWarningsPerKind {
            diagnostics.append(
                Diagnostic(
                    .note, kind: kind,
                    "\(count - limits.listedWarningsPerKind) more '\(kind)' warnings were not listed",
                    file: displayName))
        }
    }

    /// A fatal fault: the file cannot be used.
    func fault(_ kind: String, _ message: String, line: Int?, column: Int?) -> LISOError {
        LISOError(
            .inputUnusable,
            Diagnostic(.error, kind: kind, message, file: displayName, line: line, column: column))
    }
}
