/// The arguments of one command after parsing: positional values, option values and flags.
/// Commands read them through their typed declarations (``Option``, ``ListOption``, ``Flag``),
/// once, into an options value of their own.
struct ParsedArguments: Hashable, Sendable {
    /// Positional values in the order given; `-` stays as is (standard input).
    var positionals: [String] = []
    /// The texts given for each option by long name, in the order given. A comma list stays one
    /// text (each of its parts was checked), so that `--by a,b` stays one combined grouping.
    var values: [String: [String]] = [:]
    /// The flags given, by long name.
    var flags: Set<String> = []

    /// The last value given for an option, decoded, or `nil` when it is absent.
    func value<Value>(_ option: Option<Value>) -> Value? {
        values[option.spec.name]?.last.flatMap(Value.init(argument:))
    }

    /// The last value given for an option, decoded, or its default when it is absent.
    func value<Value>(_ option: DefaultedOption<Value>) -> Value {
        values[option.spec.name]?.last.flatMap(Value.init(argument:)) ?? option.defaultValue
    }

    /// Every comma list given for a repeatable option, in order, each list decoded.
    func lists<Value>(_ option: ListOption<Value>) -> [[Value]] {
        (values[option.spec.name] ?? []).map { list in
            list.split(separator: ",").compactMap { Value(argument: String($0)) }
        }
    }

    /// Whether a flag was given.
    func isSet(_ flag: Flag) -> Bool { flags.contains(flag.spec.name) }
}
