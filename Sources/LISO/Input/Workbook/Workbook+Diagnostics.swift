// The diagnostics of reading a workbook and of telling file kinds apart, and their messages.

extension Diagnostic.Kind {
    /// The file is of a kind liso cannot read (a legacy workbook, a PDF, other binary data).
    public static let unsupportedFile: Self = "unsupported-file"
    /// The workbook's ZIP or XML structure is broken.
    public static let damagedWorkbook: Self = "damaged-workbook"
    /// A part of the workbook inflates beyond the reader's limits.
    public static let workbookTooLarge: Self = "workbook-too-large"
    /// The workbook uses a feature liso cannot read (UTF-16 XML, an unknown compression method).
    public static let unsupportedWorkbook: Self = "unsupported-workbook"
    /// The workbook is protected with a password.
    public static let encryptedWorkbook: Self = "encrypted-workbook"
    /// The workbook has more worksheets than the first, which alone is read.
    public static let otherWorksheets: Self = "other-worksheets"
}

extension Diagnostic.Message {
    /// What the user can do about a damaged workbook.
    static let saveAgain: Self = "open it in Excel and save it again, or save it as CSV UTF-8"

    /// `the file is a PDF document, which liso cannot read; export the responses …`.
    static func unsupportedFile(_ summary: String, advice: String) -> Self {
        "the file is \(summary), which liso cannot read; \(advice)"
    }

    /// `the workbook is damaged: …; open it in Excel and save it again, or save it as CSV UTF-8`.
    static func damagedWorkbook(_ detail: String) -> Self { "the workbook is damaged: \(detail); \(saveAgain)" }

    /// `the workbook is too large to read: …; save it as CSV UTF-8 and read that`.
    static func workbookTooLarge(_ detail: String) -> Self {
        "the workbook is too large to read: \(detail); save it as CSV UTF-8 and read that"
    }

    /// `the workbook stores a part as UTF-16 XML, which liso cannot read; …`.
    static let utf16Part: Self = "the workbook stores a part as UTF-16 XML, which liso cannot read; \(saveAgain)"

    /// `'xl/worksheets/sheet1.xml' is compressed with method 14, which liso cannot read; …`.
    static func compressionMethod(_ entry: String, method: Int) -> Self {
        Self(
            "'\(entry)' is compressed with method \(method), which liso cannot read; open the workbook in Excel "
                + "and save it again")
    }

    /// `the workbook is encrypted ('…'); open it in Excel, remove the password and save it again`.
    static func encryptedWorkbook(_ entry: String) -> Self {
        "the workbook is encrypted ('\(entry)'); open it in Excel, remove the password and save it again"
    }

    /// `the workbook has 3 worksheets; only the first, 'Sheet1', is read`.
    static func otherWorksheets(count: Int, first: String) -> Self {
        "the workbook has \(count) worksheets; only the first, '\(first)', is read"
    }
}
