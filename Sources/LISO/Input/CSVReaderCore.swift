/// The reader's state: a buffer of decoded bytes, the position in it, the encoding and delimiter
/// found, the scratch arrays the scanner fills, the record handed out, and the diagnostics.
///
/// The buffer holds the bytes from the start of the current record to the end of what was read,
/// plus one sentinel line feed so the scanner's inner loops need no bounds check.
/// Not `Sendable`: it owns a byte source and unmanaged memory. Its properties skip the runtime's
/// exclusivity checks (they cost more than the scan itself); one thread uses a core at a time.
final class CSVReaderCore {
    /// What is known about the encoding, and from which input offset bytes are still to be checked.
    enum EncodingState {
        /// Every byte so far was ASCII: UTF-8 and Windows-1252 read it alike.
        case undecided(checkFrom: Int)
        /// UTF-8; later bytes are still checked so that invalid ones get a warning.
        case validatingUTF8(checkFrom: Int)
        /// Nothing more to check.
        case decided
    }

    let source: CSVReaderByteSource
    let limits: CSVReaderLimits
    var displayName: String { source.displayName }

    // Buffer of bytes to parse (UTF-8 or Windows-1252; UTF-16 is transcoded on the way in).
    @exclusivity(unchecked) var buffer: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) var capacity: Int
    /// The position of the next record in ``buffer``.
    @exclusivity(unchecked) var start = 0
    /// The end of the bytes read into ``buffer``.
    @exclusivity(unchecked) var end = 0
    /// The input offset of `buffer[0]`, counted in parsed bytes.
    @exclusivity(unchecked) var discarded = 0
    @exclusivity(unchecked) var sourceEnded = false

    @exclusivity(unchecked) var encoding: TextEncoding = .utf8
    @exclusivity(unchecked) var encodingState: EncodingState = .undecided(checkFrom: 0)
    @exclusivity(unchecked) var utf16: TextEncoding.UTF16Transcoder?
    @exclusivity(unchecked) var rawBuffer: [UInt8] = []
    @exclusivity(unchecked) var transcoded: [UInt8] = []

    @exclusivity(unchecked) var delimiter: UInt8 = UInt8(ascii: ",")
    /// Bytes that end an unquoted field: the delimiter, CR, LF and NUL.
    let unquotedStops: UnsafeMutablePointer<Bool>
    /// Bytes that stop the scan of a quoted field: the quote, CR, LF and NUL.
    let quotedStops: UnsafeMutablePointer<Bool>
    /// Each byte's class for the fast path: 0 text, 1 delimiter, 2 line feed, 3 carriage return,
    /// 4 anything the fast path leaves to the full scan (quote, NUL).
    let byteClasses: UnsafeMutablePointer<UInt8>

    // Scratch the scanner fills for one record: offsets from the record's first byte.
    @exclusivity(unchecked) var fieldStarts: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) var fieldEnds: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) var fieldQuoted: UnsafeMutablePointer<Bool>
    @exclusivity(unchecked) var fieldCapacity: Int
    /// Fields of the current record that hold `""` or text after their closing quote.
    @exclusivity(unchecked) var fieldsToUnescape: [Int] = []
    @exclusivity(unchecked) var strayQuoteFields: [Int] = []

    @exclusivity(unchecked) var record = CSVRecord(line: 1)
    /// The physical line where the next record starts.
    @exclusivity(unchecked) var line: Int
    /// The line breaks consumed so far.
    @exclusivity(unchecked) var lineBreaks = 0
    /// The field count of the first record, which later records are compared with.
    @exclusivity(unchecked) var expectedFieldCount: Int?
    /// The file offset where reading began.
    @exclusivity(unchecked) var rangeStart = 0
    /// The input offset (in parsed bytes) at which no new record starts; `nil` reads to the end.
    @exclusivity(unchecked) var stopOffset: Int?
    @exclusivity(unchecked) var recordsRead = 0

    @exclusivity(unchecked) var diagnostics: [Diagnostic] = []
    @exclusivity(unchecked) var warningCounts: [Diagnostic.Kind: Int] = [:]
    @exclusivity(unchecked) var failure: LISOError?
    @exclusivity(unchecked) var finished = false

    init(source: CSVReaderByteSource, limits: CSVReaderLimits, firstLine: Int) {
        self.source = source
        self.limits = limits
        line = firstLine
        capacity = max(limits.chunkBytes, 16)
        buffer = .allocate(capacity: capacity + 1)
        unquotedStops = .allocate(capacity: 256)
        quotedStops = .allocate(capacity: 256)
        byteClasses = .allocate(capacity: 256)
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
        byteClasses.deallocate()
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
        byteClasses.initialize(repeating: 0, count: 256)
        byteClasses[Int(UInt8(ascii: "\""))] = 4
        byteClasses[0] = 4
        byteClasses[0x0A] = 2
        byteClasses[0x0D] = 3
        byteClasses[Int(byte)] = 1
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
    func warn(_ kind: Diagnostic.Kind, _ message: Diagnostic.Message, line: Int? = nil, column: Int? = nil) {
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
                    .note, kind: kind, .moreWarnings(count - limits.listedWarningsPerKind, of: kind), file: displayName)
            )
        }
    }

    /// A fatal fault: the file cannot be used.
    func fault(_ kind: Diagnostic.Kind, _ message: Diagnostic.Message, line: Int?, column: Int?) -> LISOError {
        LISOError(
            .inputUnusable,
            Diagnostic(.error, kind: kind, message, file: displayName, line: line, column: column))
    }
}
