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
        let help = LISOCommandLine.rootHelp
        for name in ["framework", "questionnaire", "self-evaluate", "score", "compare", "validate"] {
            #expect(help.contains("\n  \(name) "))
        }
        #expect(help.contains("SUBCOMMANDS:"))
    }
}
