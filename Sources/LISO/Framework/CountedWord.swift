/// A word that agrees with a count, in Dutch and English: the one place where a count chooses
/// between singular and plural (`1 veld`, `3 velden`; `1 field`, `3 fields`).
public struct CountedWord: Hashable, Sendable {
    /// The word for one.
    public var singular: LocalizedText
    /// The word for any other count, zero included.
    public var plural: LocalizedText

    /// Creates a word from its singular and plural.
    public init(singular: LocalizedText, plural: LocalizedText) {
        self.singular = singular
        self.plural = plural
    }

    /// Creates a word from its Dutch and English singular and plural.
    public init(nl: (one: String, other: String), en: (one: String, other: String)) {
        self.init(singular: LocalizedText(nl: nl.one, en: en.one), plural: LocalizedText(nl: nl.other, en: en.other))
    }

    /// The word that agrees with `count`, without the number.
    public func word(for count: Int, in language: Language) -> String {
        (count == 1 ? singular : plural)[language]
    }

    /// The count followed by its word, `3 fields`; `number` is how the count is written (the
    /// count itself by default, a report may group its digits).
    public func phrase(_ count: Int, in language: Language, number: String? = nil) -> String {
        "\(number ?? String(count)) \(word(for: count, in: language))"
    }
}
