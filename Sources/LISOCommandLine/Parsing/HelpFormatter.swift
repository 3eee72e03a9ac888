import Foundation
import LISO

/// Help text in the style of swift-argument-parser: OVERVIEW, USAGE, ARGUMENTS, OPTIONS and
/// SUBCOMMANDS, with names and explanations in aligned columns wrapped at 80 characters.
enum HelpFormatter {
    /// The column where explanations start.
    static let helpColumn = 26
    /// The width text is wrapped to.
    static let width = 80

    /// The help of one command, in Dutch where its words are known (``DutchHelp``).
    static func help(for spec: CommandSpec, language: Language = .english) -> String {
        let dutch = language == .dutch
        let abstract = dutch ? DutchHelp.abstracts[spec.name] ?? spec.abstract : spec.abstract
        var lines = wrap("\(dutch ? DutchHelp.overview : "OVERVIEW"): \(abstract)", width: width, indent: "")
        if let discussion = dutch ? DutchHelp.discussions[spec.name] ?? spec.discussion : spec.discussion {
            lines += [""] + wrap(discussion, width: width, indent: "")
        }
        lines += ["", spec.wrappedUsage(prefix: "\(dutch ? DutchHelp.usage : "USAGE"): ")]
        if !spec.arguments.isEmpty {
            lines += ["", "\(dutch ? DutchHelp.arguments : "ARGUMENTS"):"]
            for argument in spec.arguments {
                let help =
                    dutch ? DutchHelp.argumentHelp["\(spec.name).\(argument.name)"] ?? argument.help : argument.help
                lines += row(argument.isVariadic ? "<\(argument.name)> ..." : "<\(argument.name)>", help)
            }
        }
        lines += ["", "\(dutch ? DutchHelp.options : "OPTIONS"):"]
        let (values, defaultWord) = dutch ? (DutchHelp.values, DutchHelp.defaultWord) : ("values", "default")
        for option in spec.options {
            var text = dutch ? DutchHelp.help(of: option.name, in: spec.name) ?? option.help : option.help
            if !option.allowedValues.isEmpty {
                text += " (\(values): \(option.allowedValues.joined(separator: ", "))"
                text += option.defaultValue.map { "; \(defaultWord): \($0))" } ?? ")"
            } else if let defaultValue = option.defaultValue {
                text += " (\(defaultWord): \(defaultValue))"
            }
            lines += row(option.synopsis, text)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The top-level help: overview, usage, options and the subcommands with their abstracts.
    static func help(
        root abstract: String, commands: [CommandSpec], options: [OptionSpec], language: Language = .english
    ) -> String {
        let dutch = language == .dutch
        var lines = wrap(
            dutch ? "\(DutchHelp.overview): \(DutchHelp.root)" : "OVERVIEW: \(abstract)", width: width, indent: "")
        lines += [
            "", dutch ? "\(DutchHelp.usage): \(DutchHelp.rootUsage)" : "USAGE: liso <subcommand>", "",
            dutch ? "\(DutchHelp.options):" : "OPTIONS:",
        ]
        for option in options {
            lines += row(option.synopsis, dutch ? DutchHelp.help(of: option.name, in: nil) ?? option.help : option.help)
        }
        lines += ["", dutch ? "\(DutchHelp.subcommands):" : "SUBCOMMANDS:"]
        for command in commands {
            lines += row(command.name, dutch ? DutchHelp.abstracts[command.name] ?? command.abstract : command.abstract)
        }
        lines += ["", "  " + (dutch ? DutchHelp.seeHelp : "See 'liso help <subcommand>' for detailed help.")]
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
