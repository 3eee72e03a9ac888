/// A problem found in the input, with its place, printed in compiler style:
/// `exports/a.csv:812:14: warning: value '7' is outside scale 1–5 of item 'syn-2'`.
///
/// Messages are lowercase, without a trailing period, with names in single quotes. Each kind is
/// a static constant of ``Kind`` declared beside the code that reports it, and each message is
/// built by a static function of ``Message`` from typed arguments, as swift-format types its
/// findings.
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

        /// The severity as a diagnostic line names it: `warning` in English, `waarschuwing` in Dutch.
        public func label(in language: Language) -> String {
            guard language == .dutch else { return rawValue }
            switch self {
            case .note: return "opmerking"
            case .warning: return "waarschuwing"
            case .error: return "fout"
            }
        }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// What kind of problem it is, for summaries and scripts, for example ``Kind/invalidValue``.
    public var kind: Kind
    /// What is wrong, lowercase, without a trailing period; in English, as the JSON report
    /// writes it.
    public var message: String
    /// What is wrong in Dutch, when the message's builder gives Dutch words; read
    /// ``message(in:)`` for the message in a language.
    public var dutchMessage: String?
    /// The file, as the user named it, where known.
    public var file: String?
    /// The 1-based line of the physical file, where known.
    public var line: Int?
    /// The 1-based field number, where known.
    public var column: Int?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, kind: Kind, _ message: Message, file: String? = nil, line: Int? = nil,
        column: Int? = nil
    ) {
        self.severity = severity
        self.kind = kind
        self.message = message.text
        self.dutchMessage = message.dutch
        self.file = file
        self.line = line
        self.column = column
    }

    /// The compiler-style line: `file:line:column: severity: message`; parts not known are left out.
    public var description: String { description(in: .english) }

    /// The message in a language: Dutch where the builder gave Dutch words, otherwise English.
    public func message(in language: Language) -> String {
        language == .dutch ? dutchMessage ?? message : message
    }

    /// The compiler-style line in a language: `a.csv:12:4: waarschuwing: waarde '7' …` in Dutch.
    public func description(in language: Language) -> String {
        var place = ""
        if let file {
            place = file
            if let line {
                place += ":\(line)"
                if let column { place += ":\(column)" }
            }
            place += ": "
        }
        return "\(place)\(severity.label(in: language)): \(message(in: language))"
    }
}

extension Diagnostic {
    /// What kind of problem a diagnostic reports: a short, stable name such as `invalid-value`
    /// that summaries count and scripts read. The library's kinds are static constants declared
    /// beside the code that reports them (``invalidValue``, ``encodingFallback``, …); a string
    /// literal makes a kind of one's own.
    public struct Kind: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
        CustomStringConvertible
    {
        /// The kind's name, for example `invalid-value`.
        public var rawValue: String

        /// Creates a kind from its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Creates a kind from its name.
        public init(_ name: String) { self.init(rawValue: name) }

        /// Creates a kind from a literal name.
        public init(stringLiteral name: String) { self.init(rawValue: name) }

        /// Reads the kind from its name.
        public init(from decoder: any Decoder) throws {
            self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
        }

        /// Writes the kind as its name.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// The kind's name.
        public var description: String { rawValue }

        /// Orders kinds by name.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The text of a diagnostic: built by a static function of this type from typed arguments
    /// (`.valueOffScale(…)`), declared beside the code that reports it, in English and Dutch
    /// (``init(en:nl:)``); a string literal or interpolation makes an English message of one's own.
    public struct Message: Hashable, Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
        /// The text in English, lowercase, without a trailing period.
        public var text: String
        /// The text in Dutch, when the builder gives it.
        public var dutch: String?

        /// Creates a message from its English text.
        public init(_ text: String) { self.text = text }

        /// Creates a message from its English and Dutch texts.
        public init(en: String, nl: String) {
            text = en
            dutch = nl
        }

        /// Creates a message from a literal text.
        public init(stringLiteral text: String) { self.init(text) }

        /// The text.
        public var description: String { text }
    }
}
