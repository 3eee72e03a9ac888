import LISO

/// One option a command accepts, as the parser and help see it: a flag (`--strict`) or an
/// option with a value (`--format json`). Commands declare options typed, with ``Option``,
/// ``ListOption`` and ``Flag``, which make their spec.
struct OptionSpec: Sendable {
    /// The long name without dashes, for example `format`.
    var name: String
    /// The one-letter short name, for example `o` for `-o`.
    var short: Character?
    /// The value's placeholder in help, for example `format`; `nil` for a flag.
    var valueName: String?
    /// The values allowed, in the order help lists them; empty means any value ``accepts``.
    var allowedValues: [String]
    /// Whether a value (each part of a comma list) is one the option's type decodes.
    var accepts: @Sendable (String) -> Bool
    /// What a valid value looks like, for the error when ``accepts`` refuses one.
    var expectation: LocalizedText
    /// Whether the option may be given more than once, each value kept.
    var isRepeatable: Bool
    /// Whether each value may itself list several values separated by commas (`--by a,b`).
    var splitsOnCommas: Bool
    /// The value used when the option is absent, shown in help.
    var defaultValue: String?
    /// One line of help.
    var help: String

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
}

/// An option that takes one value of type `Value`; given twice, the last value counts.
struct Option<Value: OptionValue>: Sendable {
    /// The option as the parser and help see it.
    let spec: OptionSpec

    /// Declares an option without a default; its allowed values come from `Value`.
    init(_ name: String, short: Character? = nil, valueName: String, help: String) {
        spec = OptionSpec(valueOf: Value.self, name: name, short: short, valueName: valueName, default: nil, help: help)
    }
}

/// An option that takes one value of type `Value` and has a default, which help shows.
struct DefaultedOption<Value: OptionValue>: Sendable {
    /// The option as the parser and help see it.
    let spec: OptionSpec
    /// The value when the option is absent.
    let defaultValue: Value

    /// Declares an option with a default; its allowed values come from `Value`.
    init(_ name: String, valueName: String, default defaultValue: Value, help: String) {
        spec = OptionSpec(
            valueOf: Value.self, name: name, short: nil, valueName: valueName, default: defaultValue, help: help)
        self.defaultValue = defaultValue
    }
}

extension OptionSpec {
    /// The spec of a one-value option of type `Value`.
    fileprivate init<Value: OptionValue>(
        valueOf _: Value.Type, name: String, short: Character?, valueName: String, default defaultValue: Value?,
        help: String
    ) {
        self.init(
            name: name, short: short, valueName: valueName, allowedValues: Value.allowedValues,
            accepts: { Value(argument: $0) != nil }, expectation: Value.expectation, isRepeatable: false,
            splitsOnCommas: false, defaultValue: defaultValue?.argument, help: help)
    }
}

/// A repeatable option whose every value is a comma list of `Value`s, kept together:
/// `--by network,perspective --by role` gives `[[network, perspective], [role]]`.
struct ListOption<Value: OptionValue>: Sendable {
    /// The option as the parser and help see it.
    let spec: OptionSpec

    /// Declares a repeatable comma-list option; its allowed values come from `Value`.
    init(_ name: String, valueName: String, help: String) {
        spec = OptionSpec(
            name: name, short: nil, valueName: valueName, allowedValues: Value.allowedValues,
            accepts: { Value(argument: $0) != nil }, expectation: Value.expectation, isRepeatable: true,
            splitsOnCommas: true, defaultValue: nil, help: help)
    }
}

/// An option without a value.
struct Flag: Sendable {
    /// The option as the parser and help see it.
    let spec: OptionSpec

    /// Declares a flag.
    init(_ name: String, short: Character? = nil, help: String) {
        spec = OptionSpec(
            name: name, short: short, valueName: nil, allowedValues: [], accepts: { _ in true },
            expectation: LocalizedText(""),
            isRepeatable: false, splitsOnCommas: false, defaultValue: nil, help: help)
    }

    /// The built-in help flag every command has.
    static let help = Flag("help", short: "h", help: "Show help information.")
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
