/// What a command accepts and how help describes it.
struct CommandSpec: Sendable {
    /// The command's name, for example `score`.
    var name: String
    /// One sentence for the overview and the list of subcommands.
    var abstract: String
    /// More text under the overview, where useful.
    var discussion: String?
    /// The positional arguments, in order.
    var arguments: [ArgumentSpec]
    /// The options, in the order help lists them; `--help` is added to every command.
    var options: [OptionSpec]

    /// Creates a command description; `--help` is appended to the options.
    init(
        name: String, abstract: String, discussion: String? = nil, arguments: [ArgumentSpec] = [], options: [OptionSpec]
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options + [Flag.help.spec]
    }

    /// The option with the given long name.
    func option(named name: String) -> OptionSpec? { options.first { $0.name == name } }

    /// The option with the given short name.
    func option(short: Character) -> OptionSpec? { options.first { $0.short == short } }

    /// The pieces of the usage line after `liso <name>`: the arguments, then each option, for
    /// example `<file> ...` and `[--format <format>]`.
    var usagePieces: [String] {
        var pieces = arguments.map(\.synopsis)
        for option in options where option.name != Flag.help.spec.name {
            let shown = option.spelling + (option.valueName.map { " <\($0)>" } ?? "")
            pieces.append(option.isRepeatable ? "[\(shown) ...]" : "[\(shown)]")
        }
        return pieces
    }

    /// The usage line wrapped at 80 characters, continuation lines indented under the command.
    func wrappedUsage(prefix: String) -> String {
        let indent = String(repeating: " ", count: prefix.count + "liso \(name) ".count)
        var lines: [String] = []
        var current = prefix + "liso " + name
        for piece in usagePieces {
            if current.count + 1 + piece.count > 80, current.count > indent.count {
                lines.append(current)
                current = indent + piece
            } else {
                current += " " + piece
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
