import Foundation

extension InputKind {
    /// How many bytes from the start the text and binary checks look at.
    static let sniffedBytes = 8192

    /// The kind of the file at `url`, from its first 8 KiB and, for a ZIP archive, its central
    /// directory (read from the end of the file; the rest is not read).
    ///
    /// - Throws: ``LISOError/Kind/inputMissing`` for a missing file or a directory;
    ///   ``LISOError/Kind/inputUnusable`` when the file cannot be read.
    /// - Complexity: O(8 KiB + the size of a ZIP archive's directory).
    public static func detect(contentsOf url: URL, displayName: String) throws(LISOError) -> InputKind {
        let source = try CSVReaderByteSource.file(at: url, offset: 0, displayName: displayName)
        let size = source.size
        var failure: LISOError?
        func read(_ range: Range<Int>) throws -> [UInt8] {
            guard !range.isEmpty else { return [] }
            var bytes = [UInt8](repeating: 0, count: range.count)
            let count: Int
            do {
                count = try bytes.withUnsafeMutableBufferPointer { buffer in
                    try source.read(at: range.lowerBound, into: buffer.baseAddress!, count: range.count)
                }
            } catch let error as LISOError {
                failure = error
                throw error
            }
            guard count == range.count else { throw WorkbookFault.damaged("the file is shorter than it says") }
            return bytes
        }
        let prefix = (try? read(0..<min(size, sniffedBytes))) ?? []
        let kind = detect(prefix: prefix, size: size, read: read)
        if let failure { throw failure }
        return kind
    }

    /// The kind of a whole file held in memory (for example standard input, read to its end).
    ///
    /// - Complexity: O(8 KiB + the size of a ZIP archive's directory).
    public static func detect(bytes: [UInt8]) -> InputKind {
        detect(prefix: Array(bytes.prefix(sniffedBytes)), size: bytes.count) { range in Array(bytes[range]) }
    }

    /// Detects the kind from the file's first bytes; `read` returns any range of the file.
    static func detect(prefix: [UInt8], size: Int, read: (Range<Int>) throws -> [UInt8]) -> InputKind {
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) || prefix.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return zipKind(prefix: prefix, size: size, read: read)
        }
        if prefix.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return compoundFileKind(prefix: prefix, size: size, read: read)
        }
        if prefix.starts(with: Array("%PDF-".utf8)) { return .pdf }
        return textKind(prefix)
    }

    /// The kind of a ZIP archive, from its entries' names and an OpenDocument `mimetype` entry.
    private static func zipKind(prefix: [UInt8], size: Int, read: (Range<Int>) throws -> [UInt8]) -> InputKind {
        guard let archive = try? ZipArchive(size: size, read: read) else {
            // A damaged archive: when its first entry is part of an Office file, the workbook
            // reader says what is damaged.
            let nameLength = prefix.count >= 30 ? Int(prefix.le16(26)) : 0
            let name = String(decoding: prefix.dropFirst(30).prefix(nameLength), as: UTF8.self)
            let office = ["[Content_Types].xml", "xl/", "_rels/", "docProps/"].contains { name.hasPrefix($0) }
            return office ? .workbook : .zipArchive
        }
        if archive.entry(named: "xl/workbook.xml") != nil { return .workbook }
        if archive.entry(named: "xl/workbook.bin") != nil { return .binaryWorkbook }
        if archive.entry(named: "word/document.xml") != nil { return .textDocument }
        if archive.entry(named: "ppt/presentation.xml") != nil { return .presentation }
        if let entry = archive.entry(named: "mimetype"), entry.uncompressedSize <= 256,
            let range = try? archive.dataRange(of: entry, size: size, read: read),
            let data = try? read(range),
            let content = try? data.withUnsafeBufferPointer({ try ZipArchive.extract(entry, from: $0, limit: 256) })
        {
            let type = String(decoding: content, as: UTF8.self)
            if type.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") { return .openDocumentSpreadsheet }
            if type.hasPrefix("application/vnd.oasis.opendocument.text") { return .textDocument }
            if type.hasPrefix("application/vnd.oasis.opendocument.presentation") { return .presentation }
        }
        return .zipArchive
    }

    /// The kind of an OLE2 compound file, from the stream names in its first directory sector.
    private static func compoundFileKind(
        prefix: [UInt8], size: Int, read: (Range<Int>) throws -> [UInt8]
    ) -> InputKind {
        guard prefix.count >= 512 else { return .binary }
        let shift = Int(prefix.le16(0x1E))
        guard shift == 9 || shift == 12 else { return .binary }
        let sectorSize = 1 << shift
        let start = (Int(prefix.le32(0x30)) + 1) * sectorSize
        guard start + sectorSize <= size, let directory = try? read(start..<start + sectorSize) else { return .binary }
        var names: Set<String> = []
        for entry in stride(from: 0, to: sectorSize, by: 128) {
            let length = min(64, Int(directory.le16(entry + 0x40)))
            guard length >= 2 else { continue }
            let units = stride(from: entry, to: entry + length - 2, by: 2).map { UInt16(directory.le16($0)) }
            names.insert(String(decoding: units, as: UTF16.self))
        }
        if names.contains("Workbook") || names.contains("Book") { return .legacyWorkbook }
        if names.contains("EncryptedPackage") { return .protectedWorkbook }
        if names.contains("WordDocument") { return .textDocument }
        if names.contains("PowerPoint Document") { return .presentation }
        return .binary
    }

    /// Text, or a text format liso does not read (HTML, SpreadsheetML 2003, RTF), or binary data.
    private static func textKind(_ prefix: [UInt8]) -> InputKind {
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) { return .text }
        var start = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < prefix.count, XMLText.isSpace(prefix[start]) { start += 1 }
        let head = String(decoding: prefix[start...].prefix(512), as: UTF8.self).lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return .webPage }
        if head.hasPrefix("{\\rtf") { return .textDocument }
        if head.hasPrefix("<?xml"),
            String(decoding: prefix, as: UTF8.self).contains("urn:schemas-microsoft-com:office:spreadsheet")
        {
            return .xmlSpreadsheet
        }
        return looksBinary(prefix) ? .binary : .text
    }

    /// Whether at least 1 byte in 20 (and at least four) is NUL or a control character that text
    /// does not hold, unless the NULs fall on every other byte, as in UTF-16 without a byte
    /// order mark.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        var nulsAt = (even: 0, odd: 0)
        var controls = 0
        for (offset, byte) in bytes.enumerated() {
            switch byte {
            case 0:
                if offset & 1 == 0 { nulsAt.even += 1 } else { nulsAt.odd += 1 }
            case 0x01...0x08, 0x0B, 0x0E...0x1A, 0x1C...0x1F, 0x7F: controls += 1
            default: break
            }
        }
        let nuls = nulsAt.even + nulsAt.odd
        let units = bytes.count / 2
        let (more, fewer) = (max(nulsAt.even, nulsAt.odd), min(nulsAt.even, nulsAt.odd))
        if units > 0, more * 10 >= units * 3, fewer * 10 <= more, controls * 20 < bytes.count { return false }
        let suspicious = nuls + controls
        return suspicious >= 4 && suspicious * 20 >= bytes.count
    }
}
