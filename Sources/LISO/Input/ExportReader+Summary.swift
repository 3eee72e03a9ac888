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
        /// The number of fully empty rows, which are skipped.
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
