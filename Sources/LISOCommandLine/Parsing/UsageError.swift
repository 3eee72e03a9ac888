/// A mistake in the command line: printed as `error: …`, a hint where one helps, and the usage;
/// the exit status is 64.
struct UsageError: Error, Hashable, Sendable {
    /// What is wrong, lowercase, names in single quotes.
    var message: String
    /// A suggestion, for example `did you mean '--format'?`.
    var hint: String?
    /// The command whose usage to show, or `nil` for the top level.
    var command: String?

    /// Creates a usage error.
    init(_ message: String, hint: String? = nil, command: String? = nil) {
        self.message = message
        self.hint = hint
        self.command = command
    }
}
