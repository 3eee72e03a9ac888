import Foundation
import LISO

/// The `liso` command: parses the arguments, runs one command and returns its exit status.
public enum LISOCommandLine: Sendable {
    /// Runs the command line with the given arguments (without the program name) in this
    /// process, and returns the exit status.
    public static func run(arguments: [String]) async -> Int32 {
        var context = CommandContext.process()
        return await run(arguments: arguments, context: &context).rawValue
    }

    /// The overview line of `liso --help`.
    static let abstract = "Evaluate learning networks in the Dutch social domain with the LISO framework."

    /// Every subcommand, in the order help lists them.
    static let commands: [any Command.Type] = [
        FrameworkCommand.self, QuestionnaireCommand.self, SelfEvaluateCommand.self, ScoreCommand.self,
        CompareCommand.self, ValidateCommand.self,
    ]

    /// The options of `liso` itself.
    static let rootOptions: [OptionSpec] = [Flag("version", help: "Show the version.").spec, Flag.help.spec]

    /// The top-level help text in a language.
    static func rootHelp(_ language: Language = .english) -> String {
        HelpFormatter.help(root: abstract, commands: commands.map { $0.spec }, options: rootOptions, language: language)
    }

    /// Runs the command line in a given context; tests call this in-process.
    package static func run(arguments: [String], context: inout CommandContext) async -> ExitCode {
        let language = requestedLanguage(in: arguments) ?? Language.preferred(in: context.environment)
        do {
            return try await dispatch(arguments, language: language, context: &context)
        } catch let error as UsageError {
            report(error, language: language, context: context)
            return .usage
        } catch let error as LISOError {
            for diagnostic in error.diagnostics { context.errors.line(diagnostic.description(in: language)) }
            return ExitCode(error.kind)
        } catch {
            context.errors.line("\(Diagnostic.Severity.error.label(in: language)): \(error)")
            return .inputUnusable
        }
    }

    /// The language `--lang` asks for among the arguments (before `--`), when it names one; read
    /// before the options are decoded, so that even a usage error speaks the user's language.
    static func requestedLanguage(in arguments: [String]) -> Language? {
        let options = arguments.prefix { $0 != "--" }
        for (index, argument) in options.enumerated() {
            if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst(7))) }
            if argument == "--lang", index + 1 < options.count {
                return Language(rawValue: options[options.startIndex + index + 1])
            }
        }
        return nil
    }

    /// Finds the command and runs it.
    private static func dispatch(
        _ arguments: [String], language: Language, context: inout CommandContext
    ) async throws -> ExitCode {
        guard let first = arguments.first else {
            context.output.write(rootHelp(language))
            return .success
        }
        switch first {
        case "-h", "--help":
            context.output.write(rootHelp(language))
            return .success
        case "--version":
            context.output.line(LISOVersion.current)
            return .success
        case "help":
            return try showHelp(for: Array(arguments.dropFirst()), language: language, context: context)
        default:
            break
        }
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            throw unknownCommand(first)
        }
        let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), for: command.spec)
        if parsed.isSet(.help) {
            context.output.write(HelpFormatter.help(for: command.spec, language: language))
            return .success
        }
        return try await command.run(parsed: parsed, context: &context)
    }

    /// `liso help [command]`.
    private static func showHelp(
        for arguments: [String], language: Language, context: CommandContext
    ) throws(UsageError) -> ExitCode {
        guard let name = arguments.first else {
            context.output.write(rootHelp(language))
            return .success
        }
        guard let command = commands.first(where: { $0.spec.name == name }) else { throw unknownCommand(name) }
        context.output.write(HelpFormatter.help(for: command.spec, language: language))
        return .success
    }

    /// The error for a word that is neither a command nor a top-level option.
    private static func unknownCommand(_ word: String) -> UsageError {
        if word.hasPrefix("-") {
            let hint = EditDistance.suggestion(for: word, among: rootOptions.map(\.spelling))
            return UsageError(
                LocalizedText(nl: "onbekende optie '\(word)'", en: "unknown option '\(word)'"),
                hint: UsageError.didYouMean(hint))
        }
        let hint = EditDistance.suggestion(for: word, among: commands.map { $0.spec.name })
        return UsageError(
            LocalizedText(nl: "onbekende opdracht '\(word)'", en: "unknown command '\(word)'"),
            hint: UsageError.didYouMean(hint))
    }

    /// Prints a usage error in a language: the message, the hint, the usage line and where help is.
    private static func report(_ error: UsageError, language: Language, context: CommandContext) {
        let dutch = language == .dutch
        context.errors.line("\(Diagnostic.Severity.error.label(in: language)): \(error.messages[language])")
        if let hint = error.hints {
            context.errors.line("\(Diagnostic.Severity.note.label(in: language)): \(hint[language])")
        }
        if let name = error.command, let command = commands.first(where: { $0.spec.name == name }) {
            context.errors.line(command.spec.wrappedUsage(prefix: dutch ? "gebruik: " : "usage: "))
            context.errors.line(dutch ? "zie 'liso \(name) --help' voor meer" : "see 'liso \(name) --help' for more")
        } else {
            context.errors.line(dutch ? "gebruik: liso <opdracht>" : "usage: liso <subcommand>")
            context.errors.line(
                dutch ? "zie 'liso --help' voor de opdrachten" : "see 'liso --help' for the subcommands")
        }
    }
}
