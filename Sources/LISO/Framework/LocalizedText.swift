/// A text in Dutch and English: the one way the library holds a text that depends on the
/// language, from framework names to the fixed words of reports and printers.
public struct LocalizedText: Hashable, Sendable, Codable {
    /// The Dutch text.
    public var nl: String
    /// The English text.
    public var en: String

    /// Creates a text from its Dutch and English versions.
    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// A text that is the same in both languages, such as a number or a name.
    public init(_ both: String) {
        self.init(nl: both, en: both)
    }

    /// The text in the given language.
    public subscript(language: Language) -> String {
        switch language {
        case .dutch: nl
        case .english: en
        }
    }
}
