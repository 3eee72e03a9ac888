/// The arguments of one command after parsing: positional values, option values and flags.
struct ParsedArguments: Hashable, Sendable {
    /// Positional values in the order given; `-` stays as is (standard input).
    var positionals: [String] = []
    /// The values of each option by long name, in the order given, comma lists split where the
    /// option asks for it.
    var values: [String: [String]] = [:]
    /// The flags given, by long name.
    var flags: Set<String> = []

    /// The last value given for an option, or `nil` when it is absent.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Every value given for a repeatable option, in order.
    func allValues(_ name: String) -> [String] { values[name] ?? [] }

    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }
}
