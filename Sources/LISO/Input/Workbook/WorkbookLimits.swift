/// The sizes beyond which the workbook reader calls a workbook unusable instead of running out of
/// memory or time: a zip bomb is refused from its declared size, before any work. Tests lower them.
package struct WorkbookLimits: Hashable, Sendable {
    /// The most bytes one part (a sheet, the shared strings) may inflate to: 1 GiB.
    package var maximumPartBytes = 1 << 30
    /// The most bytes all parts read may inflate to together: 2 GiB.
    package var maximumTotalBytes = 2 << 30
    /// The longest XML tag or text: 16 MiB.
    package var maximumTokenBytes = 16 << 20
    /// How many inflated bytes are scanned at a time: 1 MiB.
    package var chunkBytes = 1 << 20

    /// The limits the library uses.
    package static let standard = WorkbookLimits()

    /// Creates the standard limits.
    package init() {}
}
