/// The central directory of a ZIP archive (APPNOTE 6.3): its entries' names, methods, sizes and
/// checksums, ZIP64 sizes and offsets included. Reading an entry's data is
/// ``ZipArchive/extract(_:from:limit:chunkBytes:into:)``.
///
/// Archives that span several disks are refused; bytes before the first entry (a self-extractor's
/// stub) are not supported.
struct ZipArchive: Sendable {
    /// The entries, in the central directory's order.
    let entries: [ZipEntry]
    /// Entry indices by lowercased name: OPC part names are case-insensitive.
    private let index: [String: Int]

    /// The end-of-central-directory record's fixed size, and how far before the end it can be.
    private static let endRecordSize = 22
    private static let endRecordSearch = 22 + 0xFFFF

    /// Reads the central directory of an archive of `size` bytes.
    ///
    /// - Parameter read: Returns the bytes of a range of the archive.
    /// - Throws: ``WorkbookFault`` when the directory is missing or damaged; what `read` throws.
    /// - Complexity: O(size of the central directory).
    init(size: Int, read: (Range<Int>) throws -> [UInt8]) throws {
        let tailStart = max(0, size - Self.endRecordSearch)
        let tail = try read(tailStart..<size)
        guard let end = Self.lastEndRecord(in: tail) else {
            throw WorkbookFault.damaged("its ZIP directory is missing; the file may be cut off")
        }
        var directory = ZipDirectoryEnd(
            entryCount: Int(tail.le16(end + 10)), size: Int(tail.le32(end + 12)), offset: Int(tail.le32(end + 16)))
        guard tail.le16(end + 4) == 0 || tail.le16(end + 4) == 0xFFFF, tail.le16(end + 6) == tail.le16(end + 4)
        else { throw WorkbookFault.damaged("it is a ZIP archive spread over several files") }
        if end >= 20, tail.le32(end - 20) == 0x0706_4B50 {
            directory = try Self.zip64End(at: Int(tail.le64(end - 12)), size: size, read: read)
        }
        let directoryEnd = directory.offset.addingReportingOverflow(directory.size)
        guard directory.offset >= 0, directory.size >= 0, !directoryEnd.overflow, directoryEnd.partialValue <= size,
            directory.entryCount <= directory.size / 46
        else { throw WorkbookFault.damaged("its ZIP directory points outside the file") }
        let bytes = try read(directory.offset..<directoryEnd.partialValue)
        var entries: [ZipEntry] = []
        entries.reserveCapacity(directory.entryCount)
        var cursor = 0
        for _ in 0..<directory.entryCount {
            let entry = try Self.entry(in: bytes, at: &cursor)
            guard entry.localHeaderOffset < size else {
                throw WorkbookFault.damaged("entry '\(entry.name)' starts outside the file")
            }
            entries.append(entry)
        }
        self.entries = entries
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() where index[entry.name.lowercased()] == nil {
            index[entry.name.lowercased()] = position
        }
        self.index = index
    }

    /// The entry named `name`, compared case-insensitively; the first when several have it.
    func entry(named name: String) -> ZipEntry? {
        index[name.lowercased()].map { entries[$0] }
    }

    /// The offset of the last end-of-central-directory record in `tail` whose comment fits.
    private static func lastEndRecord(in tail: [UInt8]) -> Int? {
        var offset = tail.count - endRecordSize
        while offset >= 0 {
            if tail[offset] == 0x50, tail.le32(offset) == 0x0605_4B50,
                offset + endRecordSize + Int(tail.le16(offset + 20)) <= tail.count
            {
                return offset
            }
            offset -= 1
        }
        return nil
    }

    /// Reads the ZIP64 end-of-central-directory record at `offset`.
    private static func zip64End(
        at offset: Int, size: Int, read: (Range<Int>) throws -> [UInt8]
    ) throws -> ZipDirectoryEnd {
        guard offset >= 0, offset <= size - 56 else {
            throw WorkbookFault.damaged("its ZIP64 directory record is outside the file")
        }
        let record = try read(offset..<offset + 56)
        guard record.le32(0) == 0x0606_4B50 else {
            throw WorkbookFault.damaged("its ZIP64 directory record is missing")
        }
        let limit = UInt64(Int.max)
        let (count, length, start) = (record.le64(32), record.le64(40), record.le64(48))
        guard count < limit, length < limit, start < limit else {
            throw WorkbookFault.damaged("its ZIP64 directory record is out of range")
        }
        return ZipDirectoryEnd(entryCount: Int(count), size: Int(length), offset: Int(start))
    }

    /// Reads the central directory header at `cursor` and moves past it.
    private static func entry(in bytes: [UInt8], at cursor: inout Int) throws -> ZipEntry {
        let start = cursor
        guard start + 46 <= bytes.count, bytes.le32(start) == 0x0201_4B50 else {
            throw WorkbookFault.damaged("its ZIP directory is damaged")
        }
        let nameLength = Int(bytes.le16(start + 28))
        let extraLength = Int(bytes.le16(start + 30))
        let commentLength = Int(bytes.le16(start + 32))
        let nameStart = start + 46
        let extraStart = nameStart + nameLength
        cursor = extraStart + extraLength + commentLength
        guard cursor <= bytes.count else { throw WorkbookFault.damaged("its ZIP directory is damaged") }
        let flags = bytes.le16(start + 8)
        var entry = ZipEntry(
            name: ZipEntry.name(bytes[nameStart..<extraStart], utf8: flags & 0x800 != 0), flags: flags,
            method: bytes.le16(start + 10), crc32: bytes.le32(start + 16), compressedSize: Int(bytes.le32(start + 20)),
            uncompressedSize: Int(bytes.le32(start + 24)), localHeaderOffset: Int(bytes.le32(start + 42)))
        try applyZip64Extra(bytes[extraStart..<extraStart + extraLength], to: &entry)
        return entry
    }

    /// Replaces the 32-bit sizes and offset that are all ones with the ZIP64 extra field's values.
    private static func applyZip64Extra(_ extra: ArraySlice<UInt8>, to entry: inout ZipEntry) throws {
        let saturated = Int(UInt32.max)
        var cursor = extra.startIndex
        while cursor + 4 <= extra.endIndex {
            let id = extra.le16(cursor)
            let length = Int(extra.le16(cursor + 2))
            let data = cursor + 4
            cursor = data + length
            guard cursor <= extra.endIndex else { break }
            guard id == 1 else { continue }
            var field = data
            func next() throws -> Int {
                guard field + 8 <= data + length else {
                    throw WorkbookFault.damaged("entry '\(entry.name)' has a short ZIP64 field")
                }
                let value = extra.le64(field)
                field += 8
                guard value < UInt64(Int.max) else {
                    throw WorkbookFault.damaged("entry '\(entry.name)' has a size out of range")
                }
                return Int(value)
            }
            if entry.uncompressedSize == saturated { entry.uncompressedSize = try next() }
            if entry.compressedSize == saturated { entry.compressedSize = try next() }
            if entry.localHeaderOffset == saturated { entry.localHeaderOffset = try next() }
            return
        }
    }

    /// The range of the archive that holds `entry`'s stored (compressed) data.
    ///
    /// - Throws: ``WorkbookFault`` when the local header is missing or the data runs past the end.
    func dataRange(of entry: ZipEntry, size: Int, read: (Range<Int>) throws -> [UInt8]) throws -> Range<Int> {
        let headerStart = entry.localHeaderOffset
        guard headerStart <= size - 30 else { throw WorkbookFault.damaged("entry '\(entry.name)' is cut off") }
        let header = try read(headerStart..<headerStart + 30)
        guard header.le32(0) == 0x0403_4B50 else {
            throw WorkbookFault.damaged("entry '\(entry.name)' has no local header")
        }
        let dataStart = headerStart + 30 + Int(header.le16(26)) + Int(header.le16(28))
        let dataEnd = dataStart.addingReportingOverflow(entry.compressedSize)
        guard !dataEnd.overflow, dataEnd.partialValue <= size else {
            throw WorkbookFault.damaged("entry '\(entry.name)' is cut off")
        }
        return dataStart..<dataEnd.partialValue
    }
}

/// Where the central directory is and how many entries it has.
private struct ZipDirectoryEnd {
    var entryCount: Int
    var size: Int
    var offset: Int
}

extension Collection<UInt8> where Index == Int {
    /// The little-endian 16-bit value at `offset`.
    func le16(_ offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    /// The little-endian 32-bit value at `offset`.
    func le32(_ offset: Int) -> UInt32 {
        UInt32(le16(offset)) | UInt32(le16(offset + 2)) << 16
    }

    /// The little-endian 64-bit value at `offset`.
    func le64(_ offset: Int) -> UInt64 {
        UInt64(le32(offset)) | UInt64(le32(offset + 4)) << 32
    }
}
