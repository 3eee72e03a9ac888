/// The sizes beyond which the reader calls a file unusable instead of running out of memory, and
/// the size of the pieces it reads. Tests lower them to reach the edges quickly.
package struct CSVReaderLimits: Hashable, Sendable {
    /// The longest field, in bytes: 1 MiB.
    package var maximumFieldBytes = 1 << 20
    /// The most fields in one record: 100,000.
    package var maximumFields = 100_000
    /// The longest record, in bytes: 64 MiB.
    package var maximumRecordBytes = 64 << 20
    /// How many bytes the reader asks its source for at a time: 1 MiB.
    package var chunkBytes = 1 << 20
    /// How many warnings of one kind are listed before the rest are only counted.
    package var listedWarningsPerKind = 100

    /// The limits the library uses.
    package static let standard = CSVReaderLimits()

    /// Creates the standard limits.
    package init() {}
}
