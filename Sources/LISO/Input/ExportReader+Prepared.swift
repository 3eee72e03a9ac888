extension ExportReader {
    /// What an export's header decides, once per file: the layout, the column mapping and the
    /// decoder. Several ranges of one file share it.
    public struct Prepared: Sendable {
        /// The header and its layout.
        public var header: ExportHeader
        /// Which column carries which item or field.
        public var mapping: ColumnMapping
        /// The decoder for the data rows.
        public var decoder: ResponseDecoder
    }

    /// Reads the header from the first records of a file (up to ``ExportHeader/recordsNeeded``)
    /// and maps its columns.
    ///
    /// - Throws: `LISOError(.inputUnusable)` when there are no records or no column matches an item.
    public func prepare(header records: [CSVRecord], file: String) throws(LISOError) -> Prepared {
        guard let header = ExportHeader.detect(records, override: layout) else {
            throw LISOError(.inputUnusable, Diagnostic(.error, kind: .emptyFile, .emptyFile, file: file))
        }
        var mapping = try ColumnMapping(header: header, instrument: instrument, file: file)
        if let layout, let detected = ExportHeader.detect(records), detected.layout != layout,
            detected.rowCount != header.rowCount
        {
            mapping.diagnostics.insert(
                Diagnostic(
                    .warning, kind: .layoutOverride,
                    .layoutOverride(
                        given: layout, detected: detected.layout, headerRows: header.rowCount,
                        detectedHeaderRows: detected.rowCount), file: file, line: header.line), at: 0)
        }
        return Prepared(
            header: header, mapping: mapping,
            decoder: ResponseDecoder(mapping: mapping, instrument: instrument, file: file))
    }

    /// Reads data records of a file whose header was read by ``prepare(header:file:)``:
    /// one range of a file read in parallel. The summary counts only this range's rows, and its
    /// mapping diagnostics only when `includesHeader` (so that merged ranges report them once).
    ///
    /// - Parameters:
    ///   - forEachRecord: Calls its argument with each record of the range, in order.
    ///   - prepared: The file's header, mapping and decoder.
    ///   - includesHeader: Whether the range starts with the header rows, which are skipped.
    ///   - file: The file's name as the user gave it.
    ///   - body: Receives each response.
    public func read(
        records forEachRecord: ((CSVRecord) throws -> Void) throws -> Void, prepared: Prepared,
        includesHeader: Bool, file: String, _ body: (Response) throws -> Void
    ) throws -> Summary {
        try withoutActuallyEscaping(body) { body in
            var session = Session(reader: self, file: file)
            var shared = prepared
            if !includesHeader { shared.mapping.diagnostics = [] }
            session.begin(with: shared)
            var headerRowsLeft = includesHeader ? prepared.header.rowCount : 0
            try forEachRecord { record in
                if headerRowsLeft > 0 {
                    headerRowsLeft -= 1
                    return
                }
                try session.decode(record, body)
            }
            return session.summary
        }
    }
}
