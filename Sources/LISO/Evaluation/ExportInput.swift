import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One export an ``ExportEvaluation`` reads, with the name the user gave it: a file, an open
/// file handle such as standard input, or bytes in memory.
///
/// A file that is not a regular file (a pipe, `/dev/stdin`, `<(zcat export.csv.gz)`) is read in
/// one pass from start to end, as a handle is; a regular file is read in parallel ranges when it
/// is large.
public struct ExportInput: Sendable {
    /// Where an input's bytes come from.
    package enum Source: Sendable {
        /// A file on disk, or a named pipe or device.
        case file(URL)
        /// An open handle, read once from its current position to its end.
        case handle(FileHandle)
        /// Bytes in memory.
        case bytes([UInt8])
    }

    /// The name diagnostics and the report use, as the user gave it (`-` for standard input).
    public var name: String
    /// Where the bytes come from.
    package var source: Source

    /// A file; its name is the URL's relative path unless `name` is given.
    public static func file(_ url: URL, name: String? = nil) -> ExportInput {
        ExportInput(name: name ?? url.relativePath, source: .file(url))
    }

    /// An open handle, read once from its current position to its end, for example standard input.
    public static func handle(_ handle: FileHandle, name: String) -> ExportInput {
        ExportInput(name: name, source: .handle(handle))
    }

    /// An export held in memory.
    public static func bytes(_ bytes: [UInt8], name: String) -> ExportInput {
        ExportInput(name: name, source: .bytes(bytes))
    }

    /// Checks that a file input exists and is not a folder, without reading it; handles and
    /// bytes always pass.
    ///
    /// - Throws: `LISOError(.inputMissing)` for a missing file or a folder.
    public func checkPresent() throws(LISOError) {
        guard case .file(let url) = source else { return }
        var status = stat()
        if stat(url.path, &status) != 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw CSVReaderByteSource.openFailure(name, errorNumber: code) }
        } else if (status.st_mode & S_IFMT) == S_IFDIR {
            throw CSVReaderByteSource.openFailure(name, isDirectory: true)
        }
    }

    /// Whether the input can only be read once, from start to end: a handle, or a path that names
    /// a pipe or a device rather than a regular file.
    var isStream: Bool {
        switch source {
        case .handle: return true
        case .bytes: return false
        case .file(let url):
            var status = stat()
            guard stat(url.path, &status) == 0 else { return false }
            let type = status.st_mode & S_IFMT
            return type != S_IFREG && type != S_IFDIR
        }
    }

    /// Opens a reader at the input's start.
    ///
    /// - Throws: `LISOError` for a file that is missing (`.inputMissing`) or cannot be opened.
    func openReader(dialect: CSVDialect) throws(LISOError) -> CSVReader {
        switch source {
        case .bytes(let bytes):
            return CSVReader(bytes: bytes, displayName: name, dialect: dialect)
        case .handle(let handle):
            return CSVReader(fileHandle: handle, displayName: name, dialect: dialect)
        case .file(let url) where isStream:
            let descriptor = open(url.path, O_RDONLY)
            guard descriptor >= 0 else { throw CSVReaderByteSource.openFailure(name, errorNumber: errno) }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            return CSVReader(fileHandle: handle, displayName: name, dialect: dialect)
        case .file(let url):
            return try CSVReader(contentsOf: url, displayName: name, dialect: dialect)
        }
    }
}
