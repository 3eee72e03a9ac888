/// A JSON value as read from a file, with the place where it starts, so that problems found
/// later can name both their JSON path and their line and column.
struct JSONValue: Hashable, Sendable {
    /// What kind of value this is, with its contents.
    enum Kind: Hashable, Sendable {
        /// An object; members keep their order, and a key written twice appears twice.
        case object([Member])
        /// An array.
        case array([JSONValue])
        /// A string.
        case string(String)
        /// A number.
        case number(Double)
        /// `true` or `false`.
        case bool(Bool)
        /// `null`.
        case null
    }

    /// One key and value of an object, with the place of the key.
    struct Member: Hashable, Sendable {
        /// The key.
        var key: String
        /// The value.
        var value: JSONValue
        /// The 1-based line of the key.
        var line: Int
        /// The 1-based column of the key.
        var column: Int
    }

    /// The value and its contents.
    var kind: Kind
    /// The 1-based line where the value starts; 0 for values built in memory.
    var line: Int = 0
    /// The 1-based column (in characters) where the value starts; 0 for values built in memory.
    var column: Int = 0

    /// Creates a value built in memory, for writing.
    init(_ kind: Kind) { self.kind = kind }

    /// Creates a value read from a file at the given place.
    init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// The kind's name as messages use it: `an object`, `a string`, and so on.
    var kindName: String {
        switch kind {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}
