/// A text in Dutch and English.
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

    /// The text in the given language.
    public subscript(language: Language) -> String {
        switch language {
        case .dutch: nl
        case .english: en
        }
    }
}
