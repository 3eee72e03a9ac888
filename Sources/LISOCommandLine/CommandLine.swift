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

    /// The top-level help text.
    static var rootHelp: String {
        HelpFormatter.help(root: abstract, commands: commands.map { $0.spec }, options: rootOptions)
    }

    /// Runs the command line in a given context; tests call this in-process.
    package static func run(arguments: [String], context: inout CommandContext) async -> ExitCode {
        do {
            return try await dispatch(arguments, context: &context)
        } catch let error as UsageError {
            report(error, context: context)
            return .usage
        } catch let error as LISOError {
            for diagnostic in error.diagnostics { context.errors.line(diagnostic.description) }
            return ExitCode(error.kind)
        } catch {
            context.errors.line("error: \(error)")
            return .inputUnusable
        }
    }

    /// Finds the command and runs it.
    private static func dispatch(_ arguments: [String], context: inout CommandContext) async throws -> ExitCode {
        guard let first = arguments.first else {
            context.output.write(rootHelp)
            return .success
        }
        switch first {
        case "-h", "--help":
            context.output.write(rootHelp)
            return .success
        case "--version":
            context.output.line(LISOVersion.current)
            return .success
        case "help":
            return try showHelp(for: Array(arguments.dropFirst()), context: context)
        default:
            break
        }
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            throw unknownCommand(first)
        }
        let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), for: command.spec)
        if parsed.isSet(.help) {
            context.output.write(HelpFormatter.help(for: command.spec))
            return .success
        }
        return try await command.run(parsed: parsed, context: &context)
    }

    /// `liso help [command]`.
    private static func showHelp(for arguments: [String], context: CommandContext) throws(UsageError) -> ExitCode {
        guard let name = arguments.first else {
            context.output.write(rootHelp)
            return .success
        }
        guard let command = commands.first(where: { $0.spec.name == name }) else { throw unknownCommand(name) }
        context.output.write(HelpFormatter.help(for: command.spec))
        return .success
    }

    /// The error for a word that is neither a command nor a top-level option.
    private static func unknownCommand(_ word: String) -> UsageError {
        if word.hasPrefix("-") {
            let hint = EditDistance.suggestion(for: word, among: rootOptions.map(\.spelling))
            return UsageError("unknown option '\(word)'", hint: hint.map { "did you mean '\($0)'?" })
        }
        let hint = EditDistance.suggestion(for: word, among: commands.map { $0.spec.name })
        return UsageError("unknown command '\(word)'", hint: hint.map { "did you mean '\($0)'?" })
    }

    /// Prints a usage error: the message, the hint, the usage line and where help is.
    private static func report(_ error: UsageError, context: CommandContext) {
        context.errors.line("error: \(error.message)")
        if let hint = error.hint { context.errors.line("note: \(hint)") }
        if let name = error.command, let command = commands.first(where: { $0.spec.name == name }) {
            context.errors.line(command.spec.wrappedUsage(prefix: "usage: "))
            context.errors.line("see 'liso \(name) --help' for more")
        } else {
            context.errors.line("usage: liso <subcommand>")
            context.errors.line("see 'liso --help' for the subcommands")
        }
    }
}
