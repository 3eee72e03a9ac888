import Foundation

/// An Excel workbook (`.xlsx`, `.xlsm`) opened to read its first worksheet as records, for
/// ``ExportReader/read(workbook:_:)`` or any code that takes ``CSVRecord``s.
///
/// Read without any library: the ZIP container (stored and deflated entries, ZIP64, CRC-32
/// checked), the workbook, its relationships, shared strings, styles and the first worksheet
/// (in the workbook's sheet order). Each cell is the text the workbook shows (see
/// <doc:ReadingWorkbooks>): a record's ``CSVRecord/line`` is the sheet row, a
/// field's position the column (A is field 1), so diagnostics name the cell.
///
/// The worksheet is inflated and read a piece at a time, so memory holds the compressed file,
/// the shared strings and one row. A workbook whose parts would inflate past 1 GiB each or
/// 2 GiB together is refused before any work (a zip bomb), as is an encrypted, damaged or
/// cut-off one: each with one clear ``LISOError`` of kind ``LISOError/Kind/inputUnusable``.
public struct Workbook: Sendable {
    /// The file's name as the user gave it, for diagnostics.
    public let displayName: String
    /// The names of the workbook's worksheets, in order; the first is the one read.
    public let worksheetNames: [String]
    /// Notes about the workbook, for example that its other worksheets are not read.
    public let diagnostics: [Diagnostic]

    private let bytes: [UInt8]
    private let sheet: ZipEntry
    private let sheetData: Range<Int>
    private let cells: CellText
    private let limits: WorkbookLimits

    /// Opens the workbook at `url`.
    ///
    /// - Throws: ``LISOError/Kind/inputMissing`` for a missing file or a directory,
    ///   ``LISOError/Kind/inputUnusable`` for a file that is not a readable workbook.
    public init(contentsOf url: URL, displayName: String) throws(LISOError) {
        try self.init(bytes: Self.contents(of: url, displayName: displayName), displayName: displayName)
    }

    /// Opens a workbook held in memory.
    ///
    /// - Throws: ``LISOError/Kind/inputUnusable`` when the bytes are not a readable workbook.
    public init(bytes: [UInt8], displayName: String) throws(LISOError) {
        try self.init(bytes: bytes, displayName: displayName, limits: .standard)
    }

    /// Opens a workbook held in memory, with other limits.
    package init(bytes: [UInt8], displayName: String, limits: WorkbookLimits) throws(LISOError) {
        self.bytes = bytes
        self.displayName = displayName
        self.limits = limits
        do {
            var reader = try PartReader(bytes: bytes, limits: limits)
            let workbookEntry = try reader.entry("xl/workbook.xml", missing: "it has no 'xl/workbook.xml'")
            let description = try reader.parse(workbookEntry, WorkbookDescription.Builder()).description
            let relationshipsEntry = try reader.entry(
                "xl/_rels/workbook.xml.rels", missing: "it has no 'xl/_rels/workbook.xml.rels'")
            let relationships = try reader.parse(relationshipsEntry, Relationships.Builder(folder: "xl")).relationships
            let worksheets = description.sheets.compactMap { sheet in
                relationships.relationship(id: sheet.relationshipId).flatMap { relationship in
                    relationship.type.hasSuffix("/worksheet") ? (sheet.name, relationship.path) : nil
                }
            }
            guard let first = worksheets.first else { throw WorkbookFault.damaged("it has no worksheet") }
            worksheetNames = worksheets.map(\.0)
            var strings = SharedStrings()
            let stringsPath = relationships.first(type: "sharedStrings")?.path ?? "xl/sharedStrings.xml"
            if let entry = reader.archive.entry(named: stringsPath) {
                strings = try reader.parse(entry, SharedStrings.Builder()).strings
            }
            var styles = CellStyles()
            let stylesPath = relationships.first(type: "styles")?.path ?? "xl/styles.xml"
            if let entry = reader.archive.entry(named: stylesPath) {
                styles = try reader.parse(entry, CellStyles.Builder()).styles
            }
            cells = CellText(strings: strings, styles: styles, dateSystem: description.dateSystem)
            sheet = try reader.entry(first.1, missing: "its first worksheet '\(first.1)' is missing")
            try reader.check(sheet)
            sheetData = try reader.dataRange(of: sheet)
            var notes: [Diagnostic] = []
            if worksheets.count > 1 {
                notes.append(
                    Diagnostic(
                        .note, kind: .otherWorksheets, .otherWorksheets(count: worksheets.count, first: first.0),
                        file: displayName))
            }
            diagnostics = notes
        } catch {
            throw Self.lisoError(error, file: displayName)
        }
    }

    /// Calls `body` with each row of the first worksheet, in order, as a record: the line is the
    /// sheet row, missing cells are empty fields, and empty rows count only between rows with
    /// content (see <doc:ReadingWorkbooks>). The record's storage is reused from row to row, so
    /// copy what you keep.
    ///
    /// - Throws: ``LISOError/Kind/inputUnusable`` when the worksheet is damaged (with the row and
    ///   column where known); whatever `body` throws.
    /// - Complexity: O(*n*) in the worksheet's inflated size; memory O(one row + 1 MiB).
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        try withoutActuallyEscaping(body) { body in
            var scanner = XMLScanner(
                handler: WorksheetReader(cells: cells, emit: body), maximumTokenBytes: limits.maximumTokenBytes)
            do {
                try bytes.withUnsafeBufferPointer { all in
                    try ZipArchive.extract(
                        sheet, from: UnsafeBufferPointer(rebasing: all[sheetData]), limit: limits.maximumPartBytes,
                        chunkBytes: limits.chunkBytes
                    ) { piece in try scanner.feed(piece) }
                }
                try scanner.finish()
            } catch let fault as WorkbookFault {
                throw fault.error(file: displayName)
            }
        }
    }

    /// Every row of the first worksheet as a record; see ``forEachRecord(_:)``.
    public func records() throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        try forEachRecord { records.append($0) }
        return records
    }

    /// The error to throw for `error`, found while reading `file`.
    static func lisoError(_ error: any Error, file: String) -> LISOError {
        switch error {
        case let fault as WorkbookFault: fault.error(file: file)
        case let error as LISOError: error
        default: WorkbookFault.damaged("\(error)").error(file: file)
        }
    }

    /// The bytes of the file at `url`.
    static func contents(of url: URL, displayName: String) throws(LISOError) -> [UInt8] {
        let source = try CSVReaderByteSource.file(at: url, offset: 0, displayName: displayName)
        let size = source.size
        guard size > 0 else { return [] }
        var failure: LISOError?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            do throws(LISOError) {
                count = try source.read(at: 0, into: buffer.baseAddress!, count: size)
            } catch {
                failure = error
                count = 0
            }
        }
        if let failure { throw failure }
        return bytes
    }
}
