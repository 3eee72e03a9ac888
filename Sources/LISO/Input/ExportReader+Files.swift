import Foundation

extension ExportReader {
    /// Reads an export file; see `read(records:file:_:)`. The summary carries the file's
    /// encoding and the CSV reader's diagnostics.
    ///
    /// - Parameters:
    ///   - url: The file.
    ///   - displayName: The name diagnostics use, as the user gave it; the file's path when `nil`.
    ///   - dialect: The delimiter to use instead of detecting one.
    ///   - body: Receives each response.
    /// - Throws: `LISOError(.inputMissing)` for a missing file or a directory,
    ///   `LISOError(.inputUnusable)` for a file that cannot be used; whatever `body` throws.
    public func read(
        contentsOf url: URL, displayName: String? = nil, dialect: CSVDialect = .automatic,
        _ body: (Response) throws -> Void
    ) throws -> Summary {
        let name = displayName ?? url.path
        var reader = try CSVReader(contentsOf: url, displayName: name, dialect: dialect)
        return try read(&reader, file: name, body)
    }

    /// Reads an export held in memory; see ``read(contentsOf:displayName:dialect:_:)``.
    public func read(
        bytes: [UInt8], displayName: String, dialect: CSVDialect = .automatic, _ body: (Response) throws -> Void
    ) throws -> Summary {
        var reader = CSVReader(bytes: bytes, displayName: displayName, dialect: dialect)
        return try read(&reader, file: displayName, body)
    }

    /// Reads an export from a file handle, for example standard input (`-`); see
    /// ``read(contentsOf:displayName:dialect:_:)``.
    public func read(
        fileHandle: FileHandle, displayName: String, dialect: CSVDialect = .automatic,
        _ body: (Response) throws -> Void
    ) throws -> Summary {
        var reader = CSVReader(fileHandle: fileHandle, displayName: displayName, dialect: dialect)
        return try read(&reader, file: displayName, body)
    }

    /// Reads every record of `reader`, then adds its encoding and diagnostics to the summary and
    /// orders the diagnostics by place.
    private func read(_ reader: inout CSVReader, file: String, _ body: (Response) throws -> Void) throws -> Summary {
        var session = Session(reader: self, file: file)
        while let record = try reader.next() { try session.consume(record, body) }
        try session.finish(body)
        var summary = session.summary
        summary.warnWhenEmpty()
        summary.encoding = reader.encoding
        summary.diagnostics.append(contentsOf: reader.diagnostics)
        summary.diagnostics.sortByPlace()
        return summary
    }
}
