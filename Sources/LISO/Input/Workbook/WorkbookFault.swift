/// Why a workbook cannot be read, before the file's name is known to the code that found it; the
/// workbook reader turns it into a ``LISOError`` of kind ``LISOError/Kind/inputUnusable`` with
/// one diagnostic.
struct WorkbookFault: Error, Hashable, Sendable {
    /// The diagnostic's kind.
    var kind: Diagnostic.Kind
    /// What is wrong and what to do, lowercase, without a trailing period.
    var message: Diagnostic.Message
    /// The sheet row, where the fault is in a cell.
    var line: Int?
    /// The sheet column, where the fault is in a cell.
    var column: Int?

    /// The workbook's ZIP or XML structure is broken; `detail` says where, lowercase.
    static func damaged(_ detail: String, line: Int? = nil, column: Int? = nil) -> WorkbookFault {
        WorkbookFault(kind: .damagedWorkbook, message: .damagedWorkbook(detail), line: line, column: column)
    }

    /// A part of the workbook inflates to more than a limit allows.
    static func tooLarge(_ detail: String) -> WorkbookFault {
        WorkbookFault(kind: .workbookTooLarge, message: .workbookTooLarge(detail))
    }

    /// The error this fault makes for the file named `file`.
    func error(file: String) -> LISOError {
        LISOError(.inputUnusable, Diagnostic(.error, kind: kind, message, file: file, line: line, column: column))
    }

    /// A byte count for messages: `1 GiB`, `64 MiB`, `100 bytes`.
    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
