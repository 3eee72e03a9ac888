import LISO

/// Parses one command's arguments against its ``CommandSpec``: long options with a value
/// (`--format json` or `--format=json`), flags, `-h`, positionals, `-` for standard input and
/// `--` to end options.
enum ArgumentParser {
    /// Parses `arguments` (without the program and command names).
    ///
    /// `--help` anywhere before `--` wins over every other mistake, as in swift-argument-parser.
    ///
    /// - Complexity: O(*n* × *o*) for *n* arguments and *o* options.
    static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        let beforeTerminator = arguments.prefix { $0 != "--" }
        if beforeTerminator.contains("--help") || beforeTerminator.contains("-h") {
            parsed.flags.insert(Flag.help.spec.name)
            return parsed
        }
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let (option, inlineValue) = try resolve(argument, in: spec)
            guard option.takesValue else {
                if inlineValue != nil {
                    throw UsageError(
                        LocalizedText(
                            nl: "optie '\(option.spelling)' neemt geen waarde",
                            en: "option '\(option.spelling)' takes no value"), command: spec.name)
                }
                parsed.flags.insert(option.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count, looksLikeValue(arguments[index]) {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError(
                    LocalizedText(
                        nl: "waarde ontbreekt bij optie '\(option.spelling)'",
                        en: "missing value for option '\(option.spelling)'"), command: spec.name)
            }
            try record(value, for: option, in: &parsed, command: spec.name)
        }
        try checkArity(of: parsed.positionals, for: spec)
        return parsed
    }

    /// Finds the option an argument names; `--name=value` also returns the value.
    private static func resolve(_ argument: String, in spec: CommandSpec) throws(UsageError) -> (OptionSpec, String?) {
        if argument.hasPrefix("--") {
            let body = argument.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            let value = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
            if let option = spec.option(named: name) { return (option, value) }
            throw unknownOption("--\(name)", in: spec)
        }
        let letters = argument.dropFirst()
        if letters.count == 1, let letter = letters.first, let option = spec.option(short: letter) {
            return (option, nil)
        }
        throw unknownOption(argument, in: spec)
    }

    /// The error for an option the command does not have, with a suggestion for a near miss.
    private static func unknownOption(_ spelling: String, in spec: CommandSpec) -> UsageError {
        let candidates = spec.options.map(\.spelling)
        let hint = UsageError.didYouMean(EditDistance.suggestion(for: spelling, among: candidates))
        return UsageError(
            LocalizedText(nl: "onbekende optie '\(spelling)'", en: "unknown option '\(spelling)'"), hint: hint,
            command: spec.name)
    }

    /// Whether the next argument can be an option's value: not an option itself, but `-` and
    /// negative numbers are values.
    private static func looksLikeValue(_ argument: String) -> Bool {
        if argument == "-" || !argument.hasPrefix("-") { return true }
        return Double(argument) != nil
    }

    /// Checks a value (each part of a comma list) against the option's allowed values and its
    /// type, and stores it.
    private static func record(
        _ value: String, for option: OptionSpec, in parsed: inout ParsedArguments, command: String
    ) throws(UsageError) {
        let parts =
            option.splitsOnCommas
            ? value.split(separator: ",", omittingEmptySubsequences: false).map(String.init) : [value]
        for part in parts {
            if part.isEmpty {
                throw UsageError(
                    LocalizedText(
                        nl: "lege waarde bij optie '\(option.spelling)'",
                        en: "empty value for option '\(option.spelling)'"), command: command)
            }
            if !option.allowedValues.isEmpty, !option.allowedValues.contains(part) {
                let hint = UsageError.didYouMean(EditDistance.suggestion(for: part, among: option.allowedValues))
                let allowed = option.allowedValues.joined(separator: ", ")
                throw UsageError(
                    LocalizedText(
                        nl: "ongeldige waarde '\(part)' bij optie '\(option.spelling)'; mogelijke waarden: \(allowed)",
                        en: "invalid value '\(part)' for option '\(option.spelling)'; allowed values: \(allowed)"),
                    hint: hint, command: command)
            }
            if !option.accepts(part) {
                throw UsageError(
                    LocalizedText(
                        nl:
                            "ongeldige waarde '\(part)' bij optie '\(option.spelling)'; verwacht \(option.expectation.nl)",
                        en: "invalid value '\(part)' for option '\(option.spelling)'; expected \(option.expectation.en)"
                    ),
                    command: command)
            }
        }
        // A comma list is stored as one value so that `--by a,b` stays one combined grouping.
        if option.isRepeatable {
            parsed.values[option.name, default: []].append(value)
        } else {
            parsed.values[option.name] = [value]
        }
    }

    /// Checks that the positionals fit the command's arguments.
    private static func checkArity(of positionals: [String], for spec: CommandSpec) throws(UsageError) {
        var remaining = positionals.count
        for argument in spec.arguments {
            if remaining < argument.minimumCount {
                throw UsageError(
                    LocalizedText(
                        nl: "het argument '<\(argument.name)>' ontbreekt",
                        en: "missing expected argument '<\(argument.name)>'"), command: spec.name)
            }
            remaining -= argument.isVariadic ? remaining : min(remaining, 1)
        }
        if remaining > 0 {
            let extra = positionals[positionals.count - remaining]
            throw UsageError(
                LocalizedText(nl: "onverwacht argument '\(extra)'", en: "unexpected argument '\(extra)'"),
                command: spec.name)
        }
    }
}
