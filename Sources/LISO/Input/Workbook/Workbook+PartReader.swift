extension Workbook {
    /// Reads the parts of a workbook held in memory, counting what they inflate to against the limits.
    struct PartReader {
        let bytes: [UInt8]
        let archive: ZipArchive
        let limits: WorkbookLimits
        /// The bytes the parts checked so far declare, against ``WorkbookLimits/maximumTotalBytes``.
        private var declared = 0

        init(bytes: [UInt8], limits: WorkbookLimits) throws {
            self.bytes = bytes
            self.limits = limits
            archive = try ZipArchive(size: bytes.count) { range in Array(bytes[range]) }
        }

        /// The entry named `name`, or a fault saying `missing`.
        func entry(_ name: String, missing: String) throws -> ZipEntry {
            guard let entry = archive.entry(named: name) else { throw WorkbookFault.damaged(missing) }
            return entry
        }

        /// Refuses `entry` before any work when it is encrypted, uses an unknown method, or
        /// declares a size over the limits; counts its size.
        mutating func check(_ entry: ZipEntry) throws {
            try ZipArchive.check(entry, limit: limits.maximumPartBytes)
            declared += entry.uncompressedSize
            guard declared <= limits.maximumTotalBytes else {
                throw WorkbookFault.tooLarge(
                    "its parts inflate to more than \(WorkbookFault.size(limits.maximumTotalBytes))")
            }
        }

        /// Where `entry`'s stored data is.
        func dataRange(of entry: ZipEntry) throws -> Range<Int> {
            try archive.dataRange(of: entry, size: bytes.count) { range in Array(bytes[range]) }
        }

        /// Inflates `entry` and scans it as XML with `handler`; returns the handler.
        mutating func parse<Handler: XMLEventHandler>(_ entry: ZipEntry, _ handler: Handler) throws -> Handler {
            try check(entry)
            let range = try dataRange(of: entry)
            var scanner = XMLScanner(handler: handler, maximumTokenBytes: limits.maximumTokenBytes)
            try bytes.withUnsafeBufferPointer { all in
                try ZipArchive.extract(
                    entry, from: UnsafeBufferPointer(rebasing: all[range]), limit: limits.maximumPartBytes,
                    chunkBytes: limits.chunkBytes
                ) { piece in try scanner.feed(piece) }
            }
            try scanner.finish()
            return scanner.handler
        }
    }
}
