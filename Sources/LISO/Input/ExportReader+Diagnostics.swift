// The diagnostics of reading an export as a whole, and their messages.

extension Diagnostic.Kind {
    /// The file has no records at all (an error: the file is unusable).
    public static let emptyFile: Self = "empty-file"
    /// The file has a header but no data rows.
    public static let noData: Self = "no-data"
    /// A data row is empty and is skipped.
    public static let emptyRow: Self = "empty-row"
    /// The layout given differs from the one the header shows, and skips other header rows.
    public static let layoutOverride: Self = "layout-override"
}

extension Diagnostic.Message {
    /// `file is empty`.
    package static let emptyFile = Self(en: "file is empty", nl: "het bestand is leeg")
    /// `file has a header but no data rows`.
    package static let noData = Self(
        en: "file has a header but no data rows", nl: "het bestand heeft wel koppen maar geen rijen met antwoorden")
    /// `row is empty and is skipped`.
    package static let emptyRow = Self(en: "row is empty and is skipped", nl: "de rij is leeg en wordt overgeslagen")

    /// `layout 'generic' was given, but the header looks like 'qualtrics': 1 header rows are
    /// skipped instead of 3`.
    package static func layoutOverride(
        given: ExportLayout, detected: ExportLayout, headerRows: Int, detectedHeaderRows: Int
    ) -> Self {
        Self(
            en: "layout '\(given.rawValue)' was given, but the header looks like '\(detected.rawValue)': "
                + "\(headerRows) header rows are skipped instead of \(detectedHeaderRows)",
            nl: "indeling '\(given.rawValue)' is opgegeven, maar de koppen lijken op '\(detected.rawValue)': "
                + "\(headerRows) koprijen worden overgeslagen in plaats van \(detectedHeaderRows)")
    }
}

extension Diagnostic {
    /// The warning for a file with a header but no data rows.
    package static func noData(file: String) -> Diagnostic { Diagnostic(.warning, kind: .noData, .noData, file: file) }

    /// The note for an empty data row, which is skipped.
    package static func emptyRow(file: String, line: Int) -> Diagnostic {
        Diagnostic(.note, kind: .emptyRow, .emptyRow, file: file, line: line)
    }
}
