/// The input pipeline the scorer and the command line call: reads an export's records, detects
/// its layout, maps its columns onto an instrument and streams one ``Response`` per data row.
///
/// Memory does not grow with the file: records are decoded one at a time and diagnostics are
/// capped (``DiagnosticLog``).
public struct ExportReader: Sendable {
    /// The instrument the export answers.
    public var instrument: Instrument
    /// The layout to assume instead of detecting one (`--layout NAME`).
    public var layout: ExportLayout?
    /// How many diagnostics of each kind are kept; the rest are counted.
    public var diagnosticLimit: Int

    /// Creates a reader for exports of `instrument`.
    public init(instrument: Instrument, layout: ExportLayout? = nil, diagnosticLimit: Int = 100) {
        self.instrument = instrument
        self.layout = layout
        self.diagnosticLimit = diagnosticLimit
    }

    /// Reads the records `forEachRecord` produces, calling `body` with each data row's response,
    /// rows that are not respondents too (see ``Response/isRespondent``): a fully empty row is
    /// passed on as a response that answers nothing, with a note.
    ///
    /// - Parameters:
    ///   - forEachRecord: Calls its argument with each record of the file, in order, for example
    ///     `reader.forEachRecord`.
    ///   - file: The file's name as the user gave it, for diagnostics.
    ///   - body: Receives each response.
    /// - Throws: `LISOError(.inputUnusable)` for an empty file or one whose columns match no
    ///   item; whatever `forEachRecord` or `body` throw.
    /// - Complexity: O(*n*) in the size of the file; memory O(columns + kept diagnostics).
    public func read(
        records forEachRecord: ((CSVRecord) throws -> Void) throws -> Void, file: String,
        _ body: (Response) throws -> Void
    ) throws -> Summary {
        try withoutActuallyEscaping(body) { body in
            var session = Session(reader: self, file: file)
            try forEachRecord { record in try session.consume(record, body) }
            try session.finish(body)
            session.summary.warnWhenEmpty()
            return session.summary
        }
    }

    /// Reads records already in memory; see `read(records:file:_:)`.
    public func read(
        records: [CSVRecord], file: String, _ body: (Response) throws -> Void
    ) throws -> Summary {
        try read(records: { each in try records.forEach(each) }, file: file, body)
    }
}

extension ExportReader {
    /// One file's reading: the records seen before the header is known, then the decoder.
    struct Session {
        let reader: ExportReader
        var summary: Summary
        var pending: [CSVRecord] = []
        var decoder: ResponseDecoder?
        /// The response each row is decoded into, reused when the consumer keeps no copy.
        var response = Response(answers: [])

        init(reader: ExportReader, file: String) {
            self.reader = reader
            summary = Summary(file: file, diagnostics: DiagnosticLog(limitPerKind: reader.diagnosticLimit))
        }

        mutating func consume(_ record: CSVRecord, _ body: (Response) throws -> Void) throws {
            if decoder != nil {
                try decode(record, body)
                return
            }
            pending.append(record)
            if pending.count >= ExportHeader.recordsNeeded { try start(body) }
        }

        mutating func finish(_ body: (Response) throws -> Void) throws {
            if decoder == nil { try start(body) }
        }

        private mutating func start(_ body: (Response) throws -> Void) throws {
            let prepared = try reader.prepare(header: pending, file: summary.file)
            begin(with: prepared, reportsMapping: true)
            let data = pending.dropFirst(prepared.header.rowCount)
            pending = []
            for record in data { try decode(record, body) }
        }

        /// Starts decoding with a header read before: its layout, its mapping's diagnostics when
        /// `reportsMapping` (one part of a file read in several reports them), and a decoder of
        /// this session's own, so that no two threads share its tables.
        mutating func begin(with prepared: Prepared, reportsMapping: Bool) {
            summary.layout = prepared.header.layout
            summary.headerRows = prepared.header.rowCount
            summary.itemsMapped = prepared.mapping.itemColumns.count { $0 != nil }
            if reportsMapping { summary.diagnostics.append(contentsOf: prepared.notes + prepared.mapping.diagnostics) }
            decoder = ResponseDecoder(mapping: prepared.mapping, instrument: reader.instrument, file: summary.file)
        }

        /// Decodes one data row and passes it on; a row that is not a respondent counts as
        /// rejected, the one place where rows are told apart.
        mutating func decode(_ record: CSVRecord, _ body: (Response) throws -> Void) throws {
            summary.rowsRead += 1
            if ResponseDecoder.isBlank(record) {
                summary.diagnostics.append(kind: .emptyRow, severity: .note) {
                    .emptyRow(file: summary.file, line: record.line)
                }
                response = Response(
                    answers: Array(repeating: .unanswered, count: reader.instrument.items.count),
                    source: SourceLocation(file: summary.file, line: record.line))
            } else {
                decoder!.decode(record, into: &response, log: &summary.diagnostics)
            }
            if response.isRespondent {
                summary.respondents += 1
            } else {
                summary.rowsRejected += 1
            }
            try body(response)
        }
    }
}
