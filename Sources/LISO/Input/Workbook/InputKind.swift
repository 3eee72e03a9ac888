/// What an input file is, told from its first bytes and, for a ZIP archive, its entries: text
/// (CSV) and Excel workbooks liso reads; every other kind gets one clear error that names it and
/// says what to do (``unreadableError(file:)``).
///
/// ```swift
/// switch try InputKind.detect(contentsOf: url, displayName: name) {
/// case .text: // read it with CSVReader
/// case .workbook: // read it with Workbook
/// case let other: throw other.unreadableError(file: name)!
/// }
/// ```
public enum InputKind: String, Hashable, Sendable, CaseIterable {
    /// Text: CSV in any recognised encoding (UTF-16 without a byte order mark included, which the
    /// CSV reader explains).
    case text
    /// An Excel workbook, `.xlsx` or `.xlsm`: a ZIP archive with `xl/workbook.xml`.
    case workbook
    /// An Excel 97–2003 workbook (`.xls`): an OLE2 compound file with a `Workbook` stream.
    case legacyWorkbook
    /// An Excel binary workbook (`.xlsb`): a ZIP archive with `xl/workbook.bin`.
    case binaryWorkbook
    /// A password-protected Office file: an OLE2 compound file with an `EncryptedPackage` stream.
    case protectedWorkbook
    /// An OpenDocument spreadsheet (`.ods`), by its `mimetype` entry.
    case openDocumentSpreadsheet
    /// An Excel 2003 XML spreadsheet (SpreadsheetML 2003).
    case xmlSpreadsheet
    /// A word-processor document: Word (`.docx`, `.doc`), OpenDocument text (`.odt`) or RTF.
    case textDocument
    /// A presentation: PowerPoint (`.pptx`, `.ppt`) or OpenDocument (`.odp`).
    case presentation
    /// Another ZIP archive.
    case zipArchive
    /// A PDF document (`%PDF-`).
    case pdf
    /// A web page (HTML), as some tools write for "Excel" downloads.
    case webPage
    /// Other binary data: many NUL or control bytes in what is not UTF-16 text.
    case binary

    /// Whether liso reads this kind: ``text`` and ``workbook``.
    public var isReadable: Bool { self == .text || self == .workbook }

    /// What the kind is, for messages: `an Excel 97–2003 workbook (.xls)`.
    public var summary: String {
        switch self {
        case .text: "text"
        case .workbook: "an Excel workbook (.xlsx)"
        case .legacyWorkbook: "an Excel 97–2003 workbook (.xls)"
        case .binaryWorkbook: "an Excel binary workbook (.xlsb)"
        case .protectedWorkbook: "a password-protected Office file"
        case .openDocumentSpreadsheet: "an OpenDocument spreadsheet (.ods)"
        case .xmlSpreadsheet: "an Excel 2003 XML spreadsheet"
        case .textDocument: "a text document (Word, OpenDocument or RTF)"
        case .presentation: "a presentation (PowerPoint or OpenDocument)"
        case .zipArchive: "a ZIP archive"
        case .pdf: "a PDF document"
        case .webPage: "a web page (HTML)"
        case .binary: "binary data, not text"
        }
    }

    /// What the user can do with a file of this kind.
    private var advice: String {
        let saveAs = "save it as .xlsx or as CSV UTF-8"
        return switch self {
        case .text, .workbook: ""
        case .legacyWorkbook, .binaryWorkbook, .xmlSpreadsheet, .webPage: "open it in Excel and \(saveAs)"
        case .protectedWorkbook: "open it in Excel, remove the password and \(saveAs)"
        case .openDocumentSpreadsheet: saveAs
        case .textDocument, .presentation, .pdf, .binary:
            "export the responses from the survey tool as .xlsx or as CSV UTF-8"
        case .zipArchive: "unpack it and give liso the .csv or .xlsx files in it"
        }
    }

    /// The error for a file of this kind, or `nil` when liso reads it: one diagnostic of kind
    /// `unsupported-file`, for example `x.xls: error: the file is an Excel 97–2003 workbook
    /// (.xls), which liso cannot read; open it in Excel and save it as .xlsx or as CSV UTF-8`.
    public func unreadableError(file: String) -> LISOError? {
        guard !isReadable else { return nil }
        let message = Diagnostic.Message.unsupportedFile(
            self == .binary ? "binary data, not text" : summary, advice: advice)
        return LISOError(.inputUnusable, Diagnostic(.error, kind: .unsupportedFile, message, file: file))
    }
}
