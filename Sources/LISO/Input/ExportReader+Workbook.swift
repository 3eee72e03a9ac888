import Foundation

extension ExportReader {
    /// Reads the first worksheet of an Excel workbook as an export; see `read(records:file:_:)`.
    /// Diagnostics give the sheet row as the line and the column number (A is 1) as the column.
    ///
    /// - Throws: ``LISOError/Kind/inputUnusable`` for a damaged worksheet or one whose columns
    ///   match no item; whatever `body` throws.
    /// - Complexity: O(*n*) in the worksheet's inflated size; memory O(columns + kept diagnostics).
    public func read(workbook: Workbook, _ body: (Response) throws -> Void) throws -> Summary {
        var summary = try read(records: { each in try workbook.forEachRecord(each) }, file: workbook.displayName, body)
        summary.diagnostics.append(contentsOf: workbook.diagnostics)
        summary.diagnostics.sortByPlace()
        return summary
    }

    /// Opens the workbook at `url` and reads its first worksheet; see ``read(workbook:_:)``.
    ///
    /// - Throws: ``LISOError/Kind/inputMissing`` for a missing file or a directory,
    ///   ``LISOError/Kind/inputUnusable`` for a file that is not a readable workbook.
    public func read(
        workbookAt url: URL, displayName: String? = nil, _ body: (Response) throws -> Void
    ) throws -> Summary {
        try read(workbook: Workbook(contentsOf: url, displayName: displayName ?? url.path), body)
    }
}
