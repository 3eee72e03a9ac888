import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `read(2)`, named apart from the source's own `read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Where a reader's bytes come from: memory, an open file it owns, or a caller's file handle.
///
/// Not `Sendable`: it holds a read position.
final class CSVReaderByteSource {
    private enum Origin {
        case memory([UInt8])
        case file(descriptor: Int32)
        case handle(FileHandle)
    }

    private let origin: Origin
    /// The offset of the next byte to read.
    private(set) var offset: Int
    /// The name diagnostics use for the input.
    let displayName: String

    private init(origin: Origin, offset: Int, displayName: String) {
        self.origin = origin
        self.offset = offset
        self.displayName = displayName
    }

    deinit {
        if case .file(let descriptor) = origin { close(descriptor) }
    }

    /// A source over bytes in memory.
    static func memory(_ bytes: [UInt8], displayName: String) -> CSVReaderByteSource {
        CSVReaderByteSource(origin: .memory(bytes), offset: 0, displayName: displayName)
    }

    /// A source over a caller's file handle, read from its current position.
    static func handle(_ handle: FileHandle, displayName: String) -> CSVReaderByteSource {
        CSVReaderByteSource(origin: .handle(handle), offset: 0, displayName: displayName)
    }

    /// Opens a regular file and reads it from `offset`; a missing file or a directory is `.inputMissing`.
    static func file(at url: URL, offset: Int, displayName: String) throws(LISOError) -> CSVReaderByteSource {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw openFailure(displayName, errorNumber: errno) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw openFailure(displayName, isDirectory: true)
        }
        return CSVReaderByteSource(origin: .file(descriptor: descriptor), offset: offset, displayName: displayName)
    }

    /// The error for a file that cannot be opened: `.inputMissing` for a missing file or a
    /// directory, `.inputUnusable` for any other reason (`errorNumber`, an `errno` value).
    static func openFailure(_ name: String, errorNumber: Int32 = 0, isDirectory: Bool = false) -> LISOError {
        let missing = isDirectory || errorNumber == ENOENT || errorNumber == ENOTDIR
        let reason = isDirectory ? "it is a directory" : String(cString: strerror(errorNumber)).lowercased()
        return LISOError(
            missing ? .inputMissing : .inputUnusable,
            Diagnostic(.error, kind: .inputMissing, .cannotRead(name, reason: reason), file: name))
    }

    /// The size of an open file in bytes, or of the bytes in memory; 0 for a handle.
    var size: Int {
        switch origin {
        case .memory(let bytes): return bytes.count
        case .file(let descriptor):
            var status = stat()
            return fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        case .handle: return 0
        }
    }

    /// Reads up to `count` bytes from `position` into `destination`, without moving the read position.
    func read(at position: Int, into destination: UnsafeMutablePointer<UInt8>, count: Int) throws(LISOError) -> Int {
        let saved = offset
        defer { offset = saved }
        offset = position
        return try read(into: destination, count: count)
    }

    /// The byte at `position`, or `nil` past the end.
    func byte(at position: Int) throws(LISOError) -> UInt8? {
        var byte: UInt8 = 0
        return try read(at: position, into: &byte, count: 1) == 1 ? byte : nil
    }

    /// Reads up to `count` bytes into `destination`, fewer only at the end of the input.
    ///
    /// - Returns: the number of bytes read; 0 means the input has ended.
    func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) throws(LISOError) -> Int {
        switch origin {
        case .memory(let bytes):
            let available = max(0, min(count, bytes.count - offset))
            if available > 0 {
                bytes.withUnsafeBufferPointer { buffer in
                    destination.update(from: buffer.baseAddress! + offset, count: available)
                }
            }
            offset += available
            return available
        case .file(let descriptor):
            return try readFully(descriptor: descriptor, positioned: true, into: destination, count: count)
        case .handle(let handle):
            return try readFully(
                descriptor: handle.fileDescriptor, positioned: false, into: destination, count: count)
        }
    }

    private func readFully(
        descriptor: Int32, positioned: Bool, into destination: UnsafeMutablePointer<UInt8>, count: Int
    ) throws(LISOError) -> Int {
        var total = 0
        while total < count {
            let result =
                positioned
                ? pread(descriptor, destination + total, count - total, off_t(offset))
                : systemRead(descriptor, destination + total, count - total)
            if result > 0 {
                total += result
                offset += result
            } else if result == 0 {
                break
            } else if errno != EINTR {
                let reason = String(cString: strerror(errno)).lowercased()
                throw LISOError(
                    .inputUnusable,
                    Diagnostic(.error, kind: .readFailed, .cannotRead(displayName, reason: reason), file: displayName))
            }
        }
        return total
    }
}
