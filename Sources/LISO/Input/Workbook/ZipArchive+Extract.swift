extension ZipArchive {
    /// Inflates (or copies) `entry`'s data, checking its size and CRC-32, and hands it to `sink`
    /// in pieces of at most `chunkBytes`.
    ///
    /// - Parameters:
    ///   - entry: The entry.
    ///   - data: The entry's stored bytes (see ``dataRange(of:size:read:)``).
    ///   - limit: The most bytes the entry may inflate to; an entry declaring more is refused
    ///     before any work, one holding more than it declares is damaged.
    ///   - sink: Receives the data; the buffer is valid only during the call.
    /// - Throws: ``WorkbookFault`` for an encrypted entry, an unknown method, damaged data, a
    ///   wrong CRC-32 or size, or a size over `limit`; whatever `sink` throws.
    /// - Complexity: O(*n*) in the inflated size; memory O(`chunkBytes`).
    static func extract(
        _ entry: ZipEntry, from data: UnsafeBufferPointer<UInt8>, limit: Int, chunkBytes: Int = 1 << 20,
        into sink: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        try check(entry, limit: limit)
        var crc = CRC32()
        func deliver(_ piece: UnsafeBufferPointer<UInt8>) throws {
            crc.update(piece)
            try sink(piece)
        }
        let produced: Int
        switch entry.method {
        case 0:
            guard data.count == entry.uncompressedSize else {
                throw WorkbookFault.damaged("stored entry '\(entry.name)' has two different sizes")
            }
            var offset = 0
            while offset < data.count {
                let piece = min(max(1, chunkBytes), data.count - offset)
                try deliver(UnsafeBufferPointer(rebasing: data[offset..<offset + piece]))
                offset += piece
            }
            produced = data.count
        case 8:
            do {
                produced = try Inflater.inflate(
                    data, limit: entry.uncompressedSize, chunkBytes: chunkBytes, into: deliver)
            } catch Inflater.Failure.tooLarge {
                throw WorkbookFault.damaged("entry '\(entry.name)' holds more data than its header says")
            } catch Inflater.Failure.damaged(let detail) {
                throw WorkbookFault.damaged("entry '\(entry.name)' cannot be inflated: \(detail)")
            }
        default:
            produced = 0  // `check` refused every other method
        }
        guard produced == entry.uncompressedSize else {
            throw WorkbookFault.damaged("entry '\(entry.name)' holds less data than its header says")
        }
        guard crc.value == entry.crc32 else {
            throw WorkbookFault.damaged("entry '\(entry.name)' fails its CRC-32 check")
        }
    }

    /// Refuses `entry` before any work when it is encrypted, uses a method other than stored or
    /// deflated, or declares more than `limit` bytes.
    static func check(_ entry: ZipEntry, limit: Int) throws {
        if entry.isEncrypted {
            throw WorkbookFault(kind: .encryptedWorkbook, message: .encryptedWorkbook(entry.name))
        }
        guard entry.method == 0 || entry.method == 8 else {
            throw WorkbookFault(
                kind: .unsupportedWorkbook, message: .compressionMethod(entry.name, method: Int(entry.method)))
        }
        guard entry.uncompressedSize <= limit else {
            throw WorkbookFault.tooLarge("'\(entry.name)' inflates to more than \(WorkbookFault.size(limit))")
        }
    }

    /// Inflates a small entry into an array; see ``extract(_:from:limit:chunkBytes:into:)``.
    static func extract(_ entry: ZipEntry, from data: UnsafeBufferPointer<UInt8>, limit: Int) throws -> [UInt8] {
        var result: [UInt8] = []
        try extract(entry, from: data, limit: limit) { result.append(contentsOf: $0) }
        return result
    }
}
