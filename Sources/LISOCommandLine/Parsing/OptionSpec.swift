/// One option a command accepts: a flag (`--strict`) or an option with a value (`--format json`).
struct OptionSpec: Hashable, Sendable {
    /// The long name without dashes, for example `format`.
    var name: String
    /// The one-letter short name, for example `o` for `-o`.
    var short: Character?
    /// The value's placeholder in help, for example `format`; `nil` for a flag.
    var valueName: String?
    /// The values allowed, in the order help lists them; empty means any value.
    var allowedValues: [String]
    /// Whether the option may be given more than once, each value kept.
    var isRepeatable: Bool
    /// Whether each value may itself list several values separated by commas (`--by a,b`).
    var splitsOnCommas: Bool
    /// The value used when the option is absent, shown in help.
    var defaultValue: String?
    /// One line of help.
    var help: String

    /// Creates an option that takes a value.
    static func value(
        _ name: String, short: Character? = nil, valueName: String, allowed: [String] = [],
        default defaultValue: String? = nil,
        repeatable: Bool = false, help: String
    ) -> OptionSpec {
        OptionSpec(
            name: name, short: short, valueName: valueName, allowedValues: allowed, isRepeatable: repeatable,
            splitsOnCommas: false, defaultValue: defaultValue, help: help)
    }

    /// Creates a flag, an option without a value.
    static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(
            name: name, short: short, valueName: nil, allowedValues: [], isRepeatable: false, splitsOnCommas: false,
            defaultValue: nil, help: help)
    }

    /// Whether the option takes a value.
    var takesValue: Bool { valueName != nil }

    /// The option as the user types it: `--format`.
    var spelling: String { "--\(name)" }

    /// The option as help shows it: `-o, --output <file>`.
    var synopsis: String {
        var text = short.map { "-\($0), " } ?? ""
        text += spelling
        if let valueName { text += " <\(valueName)>" }
        return text
    }

    /// The built-in help flag every command has.
    static let help = OptionSpec.flag("help", short: "h", help: "Show help information.")
}

/// One positional argument of a command.
struct ArgumentSpec: Hashable, Sendable {
    /// The placeholder in usage and help, for example `file`.
    var name: String
    /// Whether the argument takes any number of values (at least `minimumCount`).
    var isVariadic: Bool
    /// How many values the argument needs.
    var minimumCount: Int
    /// One line of help.
    var help: String

    /// The placeholder as usage shows it: `<file> ...` for a variadic argument.
    var synopsis: String {
        let base = "<\(name)>"
        let shown = isVariadic ? "\(base) ..." : base
        return minimumCount == 0 ? "[\(shown)]" : shown
    }
}
