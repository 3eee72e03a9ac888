import Foundation

/// An input whose first records are read: its header, detected once, and how the rest of it is
/// read. A regular file is closed again (a run may have thousands) and its rest is read from
/// where the header ended; a stream keeps its reader, which can be read only once.
///
/// Not `Sendable`: a stream's reader stays on the thread that opened it.
struct OpenedExport {
    /// How the records after the first ones are read.
    enum Remainder {
        /// The rest of a regular file, cut into ranges that are read at once.
        case ranges(URL, CSVSplit)
        /// The rest of a stream (a handle, a pipe, bytes, a UTF-16 file), read by the reader that
        /// read the first records, in one pass.
        case stream(CSVReader)
    }

    /// The input's position in the run.
    let index: Int
    /// The input's name, as the user gave it.
    let name: String
    /// The first records (up to ``ExportHeader/recordsNeeded``): the header and perhaps data rows.
    let records: [CSVRecord]
    /// The header read from ``records``.
    let heading: ExportReader.Heading
    /// The encoding the first records were read in.
    let encoding: TextEncoding
    /// The bytes the first records took.
    let bytesRead: Int
    /// The input's size in bytes, when it is known.
    let totalBytes: Int?
    /// How the rest is read.
    var remainder: Remainder

    /// Opens an input and reads its header.
    ///
    /// - Parameters:
    ///   - input: The input.
    ///   - index: Its position in the run.
    ///   - layout: The layout to assume instead of detecting it.
    ///   - dialect: The CSV dialect.
    ///   - parts: How many ranges a large file is cut into.
    ///   - minimumPartBytes: The smallest range worth a core of its own.
    /// - Throws: `LISOError` for an input that is missing or whose first records cannot be read.
    init(
        _ input: ExportInput, index: Int, layout: ExportLayout?, dialect: CSVDialect, parts: Int,
        minimumPartBytes: Int
    ) throws(LISOError) {
        self.index = index
        name = input.name
        var csv = try input.openReader(dialect: dialect)
        var records: [CSVRecord] = []
        while records.count < ExportHeader.recordsNeeded, let record = try csv.next() { records.append(record) }
        self.records = records
        heading = try ExportReader.heading(of: records, layout: layout, file: name)
        encoding = csv.encoding
        bytesRead = csv.endOffset
        let isUTF16 = csv.encoding == .utf16LittleEndian || csv.encoding == .utf16BigEndian
        if case .file(let url) = input.source, !input.isStream, !isUTF16 {
            let split = try csv.splitRemainder(
                headerFieldCount: records.first?.count, parts: parts, minimumPartBytes: minimumPartBytes)
            totalBytes = split.ranges.last?.upperBound ?? bytesRead
            remainder = .ranges(url, split)
        } else {
            totalBytes = if case .bytes(let bytes) = input.source { bytes.count } else { nil }
            remainder = .stream(csv)
        }
    }

    /// The first records that are data rows, not header rows.
    var leadingDataRecords: ArraySlice<CSVRecord> { records.dropFirst(heading.header.rowCount) }
}
