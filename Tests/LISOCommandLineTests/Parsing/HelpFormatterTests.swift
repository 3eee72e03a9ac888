import Testing

@testable import LISOCommandLine

@Suite struct HelpFormatterTests {
    @Test func commandHelpHasTheSectionsOfSwiftArgumentParser() {
        let help = HelpFormatter.help(for: ScoreCommand.spec)
        let headings = help.split(separator: "\n").filter { !$0.hasPrefix(" ") && $0.contains(":") }
            .map { $0.prefix { $0 != ":" } }
        #expect(headings == ["OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS"])
    }

    @Test func noHelpLineIsWiderThanEightyColumns() {
        for spec in LISOCommandLine.commands.map({ $0.spec }) {
            for line in HelpFormatter.help(for: spec).split(separator: "\n") {
                #expect(line.count <= 80, "\(spec.name): \(line)")
            }
        }
    }

    @Test func optionExplanationsStartInOneColumn() {
        let help = HelpFormatter.help(for: ScoreCommand.spec)
        let optionLines = help.split(separator: "\n").filter { $0.hasPrefix("  -") }
        #expect(optionLines.count == ScoreCommand.spec.options.count)
        for line in optionLines {
            let column = HelpFormatter.helpColumn
            #expect(line.dropFirst(column - 2).prefix(2) == "  ", "\(line)")
            #expect(line.dropFirst(column).first != " ", "\(line)")
        }
    }

    @Test func everyOptionIsListedWithItsAllowedValuesAndDefault() {
        let help = HelpFormatter.help(for: ScoreCommand.spec)
        for option in ScoreCommand.spec.options {
            #expect(help.contains(option.synopsis))
        }
        #expect(help.contains("(values: markdown, html, json, csv;\n"))
        #expect(help.contains("default: markdown)"))
    }

    @Test func aLongNamePutsItsExplanationOnTheNextLine() {
        let rows = HelpFormatter.row("--a-very-long-option-name <value>", "Explains.")
        #expect(rows == ["  --a-very-long-option-name <value>", String(repeating: " ", count: 26) + "Explains."])
    }

    @Test func rootHelpListsEverySubcommand() {
        let help = LISOCommandLine.rootHelp()
        for name in ["framework", "questionnaire", "self-evaluate", "score", "compare", "validate"] {
            #expect(help.contains("\n  \(name) "))
        }
        #expect(help.contains("SUBCOMMANDS:"))
    }

    @Test func helpIsInDutchWhenTheLanguageIsDutch() {
        let root = LISOCommandLine.rootHelp(.dutch)
        #expect(root.hasPrefix("OVERZICHT: Evalueer leernetwerken in het sociaal domein met het LISO-kader.\n"))
        #expect(root.contains("\nOPDRACHTEN:\n") && root.contains("Zie 'liso help <opdracht>' voor meer uitleg."))
        let score = HelpFormatter.help(for: ScoreCommand.spec, language: .dutch)
        #expect(score.contains("\nOPTIES:\n") && score.contains("(waarden: markdown, html,"))
        #expect(score.contains("standaard: markdown)"))
        #expect(!score.contains("OPTIONS") && !score.contains("default:"))
    }

    /// A command or option added without Dutch words would show English help in the Dutch
    /// interface: every one has them.
    @Test func everyCommandArgumentAndOptionHasDutchHelp() {
        for command in LISOCommandLine.commands.map({ $0.spec }) {
            #expect(DutchHelp.abstracts[command.name] != nil, "\(command.name)")
            if command.discussion != nil { #expect(DutchHelp.discussions[command.name] != nil, "\(command.name)") }
            for argument in command.arguments {
                #expect(
                    DutchHelp.argumentHelp["\(command.name).\(argument.name)"] != nil,
                    "\(command.name) <\(argument.name)>")
            }
            for option in command.options {
                #expect(DutchHelp.help(of: option.name, in: command.name) != nil, "\(command.name) --\(option.name)")
            }
        }
        for option in LISOCommandLine.rootOptions { #expect(DutchHelp.help(of: option.name, in: nil) != nil) }
    }
}
