/// A problem found in the input, with its place, printed in compiler style:
/// `exports/a.csv:812:14: warning: value '7' is outside scale 1–5 of item 'syn-2'`.
///
/// Messages are lowercase, without a trailing period, with names in single quotes.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        /// Information, for example a column that no item uses.
        case note
        /// A problem that loses some data but not the run, for example an invalid cell.
        case warning
        /// A problem that makes an input unusable.
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        /// Orders severities from note to error.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// A short kind for summaries, for example `invalid-value` or `unmapped-column`.
    public var kind: String
    /// What is wrong, lowercase, without a trailing period.
    public var message: String
    /// The file, as the user named it, where known.
    public var file: String?
    /// The 1-based line of the physical file, where known.
    public var line: Int?
    /// The 1-based field number, where known.
    public var column: Int?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, kind: String, _ message: String, file: String? = nil, line: Int? = nil,
        column: Int? = nil
    ) {
        self.severity = severity
        self.kind = kind
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// The compiler-style line: `file:line:column: severity: message`; parts not known are left out.
    public var description: String {
        var place = ""
        if let file {
            place = file
            if let line {
                place += ":\(line)"
                if let column { place += ":\(column)" }
            }
            place += ": "
        }
        return "\(place)\(severity.rawValue): \(message)"
    }
}
