/// A language in which the framework, the questionnaire and reports are written.
public enum Language: String, CaseIterable, Hashable, Sendable, Codable {
    /// Dutch, the language of the networks.
    case dutch = "nl"
    /// English.
    case english = "en"

    /// The language the environment asks for: Dutch when `LC_ALL` or `LANG` starts with `nl`,
    /// English otherwise. `LC_ALL` wins over `LANG` when both are set.
    public static func preferred(in environment: [String: String]) -> Language {
        let setting = [environment["LC_ALL"], environment["LANG"]]
            .compactMap { $0 }
            .first { !$0.isEmpty }
        return setting?.lowercased().hasPrefix("nl") == true ? .dutch : .english
    }
}
