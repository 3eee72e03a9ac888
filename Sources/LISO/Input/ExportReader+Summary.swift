extension ExportReader {
    /// What reading one export found: its layout, how many rows and respondents, and every
    /// diagnostic (the CSV reader's included), capped.
    public struct Summary: Hashable, Sendable {
        /// The file's name as the user gave it.
        public var file: String
        /// The layout detected or given.
        public var layout: ExportLayout
        /// The text encoding the file was read in; `nil` for records given in memory.
        public var encoding: TextEncoding?
        /// The number of header rows.
        public var headerRows: Int
        /// The number of data rows, rejected rows included; header rows are not counted.
        public var rowsRead: Int
        /// The number of data rows that are not respondents: fully empty rows and rows that
        /// answer nothing. Always ``rowsRead`` minus ``respondents``.
        public var rowsRejected: Int
        /// The number of rows with at least one item answered or marked "don't know".
        public var respondents: Int
        /// The number of instrument items that have a column.
        public var itemsMapped: Int
        /// The diagnostics found while reading.
        public var diagnostics: DiagnosticLog

        /// Creates a summary.
        public init(
            file: String, layout: ExportLayout = .generic, encoding: TextEncoding? = nil, headerRows: Int = 0,
            rowsRead: Int = 0,
            rowsRejected: Int = 0, respondents: Int = 0, itemsMapped: Int = 0,
            diagnostics: DiagnosticLog = DiagnosticLog()
        ) {
            self.file = file
            self.layout = layout
            self.encoding = encoding
            self.headerRows = headerRows
            self.rowsRead = rowsRead
            self.rowsRejected = rowsRejected
            self.respondents = respondents
            self.itemsMapped = itemsMapped
            self.diagnostics = diagnostics
        }
    }
}

extension ExportReader.Summary {
    /// Warns that the file has a header but no data rows, when that is so; called once per file,
    /// after all of its rows are counted.
    package mutating func warnWhenEmpty() {
        guard rowsRead == 0 else { return }
        diagnostics.append(.noData(file: file))
    }

    /// Adds the counts and diagnostics of a later part of the same file, its lines moved down by
    /// `lineOffset`; see ``DiagnosticLog/merge(_:lineOffset:)``.
    package mutating func add(_ part: ExportReader.Summary, lineOffset: Int) {
        rowsRead += part.rowsRead
        rowsRejected += part.rowsRejected
        respondents += part.respondents
        diagnostics.merge(part.diagnostics, lineOffset: lineOffset)
    }
}
