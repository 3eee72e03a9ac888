import Foundation

/// Help text in the style of swift-argument-parser: OVERVIEW, USAGE, ARGUMENTS, OPTIONS and
/// SUBCOMMANDS, with names and explanations in aligned columns wrapped at 80 characters.
enum HelpFormatter {
    /// The column where explanations start.
    static let helpColumn = 26
    /// The width text is wrapped to.
    static let width = 80

    /// The help of one command.
    static func help(for spec: CommandSpec) -> String {
        var lines = wrap("OVERVIEW: \(spec.abstract)", width: width, indent: "")
        if let discussion = spec.discussion {
            lines += [""] + wrap(discussion, width: width, indent: "")
        }
        lines += ["", spec.wrappedUsage(prefix: "USAGE: ")]
        if !spec.arguments.isEmpty {
            lines += ["", "ARGUMENTS:"]
            for argument in spec.arguments {
                lines += row(argument.isVariadic ? "<\(argument.name)> ..." : "<\(argument.name)>", argument.help)
            }
        }
        lines += ["", "OPTIONS:"]
        for option in spec.options {
            var text = option.help
            if !option.allowedValues.isEmpty {
                text += " (values: \(option.allowedValues.joined(separator: ", "))"
                text += option.defaultValue.map { "; default: \($0))" } ?? ")"
            } else if let defaultValue = option.defaultValue {
                text += " (default: \(defaultValue))"
            }
            lines += row(option.synopsis, text)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The top-level help: overview, usage, options and the subcommands with their abstracts.
    static func help(root abstract: String, commands: [CommandSpec], options: [OptionSpec]) -> String {
        var lines = wrap("OVERVIEW: \(abstract)", width: width, indent: "")
        lines += ["", "USAGE: liso <subcommand>", "", "OPTIONS:"]
        for option in options { lines += row(option.synopsis, option.help) }
        lines += ["", "SUBCOMMANDS:"]
        for command in commands { lines += row(command.name, command.abstract) }
        lines += ["", "  See 'liso help <subcommand>' for detailed help."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// One aligned row: the name indented by two, the text from ``helpColumn``, continuation
    /// lines aligned under it; a name too long for its column puts the text on the next line.
    static func row(_ name: String, _ text: String) -> [String] {
        let indent = String(repeating: " ", count: helpColumn)
        let wrapped = wrap(text, width: width, indent: indent)
        let head = "  " + name
        if head.count + 2 > helpColumn {
            return [head] + wrapped
        }
        let first =
            head.padding(toLength: helpColumn, withPad: " ", startingAt: 0)
            + wrapped[0].dropFirst(helpColumn)
        return [first] + wrapped.dropFirst()
    }

    /// Wraps text at spaces so that no line (indent included) exceeds `width` where a word fits.
    static func wrap(_ text: String, width: Int, indent: String) -> [String] {
        var lines: [String] = []
        var current = indent
        for word in text.split(separator: " ") {
            if current.count > indent.count, current.count + 1 + word.count > width {
                lines.append(current)
                current = indent
            }
            current += (current.count > indent.count ? " " : "") + word
        }
        lines.append(current)
        return lines
    }
}
