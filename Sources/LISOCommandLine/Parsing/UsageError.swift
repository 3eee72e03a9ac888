import LISO

/// A mistake in the command line: printed as `error: …` (`fout: …` in Dutch), a hint where one
/// helps, and the usage; the exit status is 64.
struct UsageError: Error, Hashable, Sendable {
    /// What is wrong, lowercase, names in single quotes, in English and Dutch.
    var messages: LocalizedText
    /// A suggestion, for example `did you mean '--format'?`, in English and Dutch.
    var hints: LocalizedText?
    /// The command whose usage to show, or `nil` for the top level.
    var command: String?

    /// Creates a usage error from its texts in both languages.
    init(_ message: LocalizedText, hint: LocalizedText? = nil, command: String? = nil) {
        messages = message
        hints = hint
        self.command = command
    }

    /// What is wrong, in English.
    var message: String { messages.en }
    /// The suggestion, in English.
    var hint: String? { hints?.en }

    /// The suggestion for a near miss: `did you mean '--format'?`.
    static func didYouMean(_ suggestion: String?) -> LocalizedText? {
        suggestion.map { LocalizedText(nl: "bedoelt u '\($0)'?", en: "did you mean '\($0)'?") }
    }
}
