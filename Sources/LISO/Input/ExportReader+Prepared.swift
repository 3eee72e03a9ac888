extension ExportReader {
    /// What an export's header decides, once per file: the layout and the column mapping. The
    /// parts of a file read at once share it; each part builds its own decoder from the mapping.
    package struct Prepared: Sendable {
        /// The header and its layout.
        package var header: ExportHeader
        /// Which column carries which item or field.
        package var mapping: ColumnMapping
        /// Warnings about the header itself, for example a layout override that skips data rows.
        package var notes: [Diagnostic]
    }

    /// A file's header read from its first records, before any instrument is applied.
    package struct Heading: Sendable {
        /// The header, in the layout given or detected.
        package var header: ExportHeader
        /// Warnings about the header itself.
        package var notes: [Diagnostic]
    }

    /// Reads the header from the first records of a file (up to ``ExportHeader/recordsNeeded``),
    /// in `layout` when it is given, else in the layout detected.
    ///
    /// - Throws: `LISOError(.inputUnusable)` when there are no records.
    package static func heading(
        of records: [CSVRecord], layout: ExportLayout?, file: String
    ) throws(LISOError) -> Heading {
        guard let header = ExportHeader.detect(records, override: layout) else {
            throw LISOError(.inputUnusable, Diagnostic(.error, kind: .emptyFile, .emptyFile, file: file))
        }
        var notes: [Diagnostic] = []
        if let layout, let detected = ExportHeader.detect(records), detected.layout != layout,
            detected.rowCount != header.rowCount
        {
            notes.append(
                Diagnostic(
                    .warning, kind: .layoutOverride,
                    .layoutOverride(
                        given: layout, detected: detected.layout, headerRows: header.rowCount,
                        detectedHeaderRows: detected.rowCount), file: file, line: header.line))
        }
        return Heading(header: header, notes: notes)
    }

    /// Maps a header's columns onto the reader's instrument.
    ///
    /// - Throws: `LISOError(.inputUnusable)` when no column matches an item.
    package func prepare(_ heading: Heading, file: String) throws(LISOError) -> Prepared {
        let mapping = try ColumnMapping(header: heading.header, instrument: instrument, file: file)
        return Prepared(header: heading.header, mapping: mapping, notes: heading.notes)
    }

    /// Reads the header from the first records of a file and maps its columns; see
    /// ``heading(of:layout:file:)`` and ``prepare(_:file:)``.
    package func prepare(header records: [CSVRecord], file: String) throws(LISOError) -> Prepared {
        try prepare(Self.heading(of: records, layout: layout, file: file), file: file)
    }

    /// Reads data records of a file whose header was read by ``prepare(_:file:)``: one part of a
    /// file read in several. The summary counts only this part's rows, and reports the header's
    /// diagnostics only when `reportsMapping` (so that merged parts report them once).
    ///
    /// - Parameters:
    ///   - forEachRecord: Calls its argument with each data record of the part, in order.
    ///   - prepared: The file's header and mapping.
    ///   - reportsMapping: Whether this part reports the mapping's diagnostics.
    ///   - file: The file's name as the user gave it.
    ///   - body: Receives each response.
    package func read(
        dataRecords forEachRecord: ((CSVRecord) throws -> Void) throws -> Void, prepared: Prepared,
        reportsMapping: Bool, file: String, _ body: (Response) throws -> Void
    ) throws -> Summary {
        try withoutActuallyEscaping(body) { body in
            var session = Session(reader: self, file: file)
            session.begin(with: prepared, reportsMapping: reportsMapping)
            try forEachRecord { record in try session.decode(record, body) }
            return session.summary
        }
    }
}
