import Foundation
import LISO

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file all at once or not at all: the bytes go to a temporary file in the same
/// folder, which is flushed to disk and then renamed over the destination. A failed write
/// leaves nothing behind, and an existing file stays untouched; a reader never sees half a
/// report.
struct AtomicFileWriter: Hashable, Sendable {
    /// The file to write.
    var destination: URL
    /// The name diagnostics use for the file, as the user gave it.
    var displayName: String

    /// Creates a writer for a destination; `displayName` defaults to the path.
    init(destination: URL, displayName: String? = nil) {
        self.destination = destination
        self.displayName = displayName ?? destination.path
    }

    /// Writes `text` as UTF-8.
    func write(_ text: String) throws(LISOError) {
        try write(Data(text.utf8))
    }

    /// Writes `data`, replacing the destination atomically; an existing file keeps its
    /// permissions.
    ///
    /// - Throws: ``LISOError`` of kind ``LISOError/Kind/outputUnwritable`` when the folder is
    ///   missing or not writable, the destination is a folder, or the disk is full.
    func write(_ data: Data) throws(LISOError) {
        let path = destination.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw failure("'\(displayName)' is a directory")
        }
        let folder = destination.deletingLastPathComponent().path
        let temporary = folder + "/." + destination.lastPathComponent + ".\(UUID().uuidString.prefix(8)).tmp"
        var existing = stat()
        let existingMode: mode_t? = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : nil
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, existingMode ?? 0o644)
        guard descriptor >= 0 else { throw failure(reason(errno)) }
        var succeeded = false
        defer { if !succeeded { unlink(temporary) } }
        let written = data.withUnsafeBytes { writeFully(descriptor, $0) }
        if written != 0 {
            close(descriptor)
            throw failure(reason(written))
        }
        if fsync(descriptor) != 0 {
            let code = errno
            close(descriptor)
            throw failure(reason(code))
        }
        if close(descriptor) != 0 { throw failure(reason(errno)) }
        if let existingMode { _ = chmod(temporary, existingMode) }
        guard rename(temporary, path) == 0 else { throw failure(reason(errno)) }
        succeeded = true
    }

    /// The error for a failed write.
    private func failure(_ reason: String) -> LISOError {
        LISOError(
            .outputUnwritable,
            Diagnostic(.error, kind: .outputUnwritable, .cannotWrite(displayName, reason: reason)))
    }

    /// The system's words for an error number, lowercased.
    private func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}

/// Writes every byte of `buffer` to `descriptor`, retrying after interruptions; returns 0 or
/// the error number.
private func writeFully(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
    var offset = 0
    while offset < buffer.count {
        let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if count < 0 {
            if errno == EINTR { continue }
            return errno
        }
        offset += count
    }
    return 0
}

extension Diagnostic.Kind {
    /// The result cannot be written.
    static let outputUnwritable: Self = "output-unwritable"
}

extension Diagnostic.Message {
    /// `cannot write 'rapport.html': no space left on device`.
    static func cannotWrite(_ name: String, reason: String) -> Self {
        Self(en: "cannot write '\(name)': \(reason)", nl: "kan '\(name)' niet schrijven: \(dutchReason(reason))")
    }
}
