/// One record of a CSV file: its fields as UTF-8 bytes (quotes removed, `""` unescaped), whether
/// each field was quoted, and the physical line where the record starts.
///
/// A reader may hand the same storage to its callback record after record; copy what you keep.
/// Two records are equal when their lines, fields and quoting are equal.
public struct CSVRecord: Hashable, Sendable {
    /// The 1-based physical line of the file where the record starts.
    public var line: Int
    /// The fields' bytes; a reader copies a record's raw bytes here, so fields need not be adjacent.
    @usableFromInline var storage: [UInt8]
    /// The start offset in ``storage`` of each field.
    @usableFromInline var starts: [Int]
    /// The end offset in ``storage`` of each field.
    @usableFromInline var ends: [Int]
    /// Whether each field was enclosed in quotes (so `""` is a quoted-empty field, not an empty one).
    @usableFromInline var quoted: [Bool]

    /// Creates a record from its fields; `quoted` defaults to no field quoted.
    public init(fields: [String], quoted: [Bool]? = nil, line: Int) {
        self.line = line
        storage = []
        starts = []
        ends = []
        for field in fields {
            starts.append(storage.count)
            storage.append(contentsOf: field.utf8)
            ends.append(storage.count)
        }
        self.quoted = quoted ?? Array(repeating: false, count: fields.count)
    }

    /// Creates an empty record whose storage a reader fills.
    @usableFromInline init(line: Int) {
        self.line = line
        storage = []
        starts = []
        ends = []
        quoted = []
    }

    /// The number of fields.
    @inlinable public var count: Int { ends.count }

    /// The range of field `index` in ``storage``.
    @inlinable func range(of index: Int) -> Range<Int> {
        starts[index]..<ends[index]
    }

    /// The text of field `index` (0-based).
    public subscript(index: Int) -> String {
        String(decoding: storage[range(of: index)], as: UTF8.self)
    }

    /// Whether field `index` was enclosed in quotes.
    @inlinable public func isQuoted(_ index: Int) -> Bool { quoted[index] }

    /// Whether field `index` is empty and was not quoted: LimeSurvey's "never shown".
    @inlinable public func isBare(_ index: Int) -> Bool { !quoted[index] && range(of: index).isEmpty }

    /// Calls `body` with the UTF-8 bytes of field `index`, without copying them.
    @inlinable public func withUTF8<Result>(
        ofField index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        let range = range(of: index)
        return try storage.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[range]))
        }
    }

    /// Every field as text.
    public var fields: [String] { (0..<count).map { self[$0] } }

    /// Whether two records have the same line, fields and quoting.
    public static func == (lhs: CSVRecord, rhs: CSVRecord) -> Bool {
        guard lhs.line == rhs.line, lhs.quoted == rhs.quoted else { return false }
        for index in 0..<lhs.count where lhs.storage[lhs.range(of: index)] != rhs.storage[rhs.range(of: index)] {
            return false
        }
        return true
    }

    /// Hashes the line, fields and quoting.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(line)
        hasher.combine(quoted)
        for index in 0..<count {
            hasher.combine(storage[range(of: index)].count)
            for byte in storage[range(of: index)] { hasher.combine(byte) }
        }
    }
}
