import Foundation
import LISO

/// What a command runs with: its output channels, standard input, the environment and the
/// working folder. The real process and tests each build one.
package struct CommandContext {
    /// Results: reports, printed frameworks, the self-evaluation's questions.
    package var output: TextChannel
    /// Diagnostics, progress and summaries.
    package var errors: TextChannel
    /// Standard input, line by line (the self-evaluation's answers).
    package var input: any LineSource
    /// Standard input as a file handle, for `-` as an input file.
    package var standardInput: FileHandle
    /// The environment variables (`LANG`, `LC_ALL`).
    package var environment: [String: String]
    /// Whether standard error is a terminal (progress is shown only then).
    package var errorsIsTerminal: Bool
    /// Whether standard input is a terminal (the self-evaluation then asks about the HTML report).
    package var inputIsTerminal: Bool
    /// The folder relative paths are resolved against.
    package var currentDirectory: URL

    /// Creates a context.
    package init(
        output: TextChannel, errors: TextChannel, input: any LineSource, standardInput: FileHandle,
        environment: [String: String], errorsIsTerminal: Bool, inputIsTerminal: Bool, currentDirectory: URL
    ) {
        self.output = output
        self.errors = errors
        self.input = input
        self.standardInput = standardInput
        self.environment = environment
        self.errorsIsTerminal = errorsIsTerminal
        self.inputIsTerminal = inputIsTerminal
        self.currentDirectory = currentDirectory
    }

    /// The context of this process: standard output, standard error and standard input.
    package static func process() -> CommandContext {
        CommandContext(
            output: TextChannel(FileHandle.standardOutput), errors: TextChannel(FileHandle.standardError),
            input: StandardInputLines(), standardInput: FileHandle.standardInput,
            environment: ProcessInfo.processInfo.environment, errorsIsTerminal: isatty(2) != 0,
            inputIsTerminal: isatty(0) != 0,
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
    }

    /// A file path as the user gave it, resolved against ``currentDirectory``.
    package func url(for path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: currentDirectory).standardizedFileURL
    }

    /// The language `--lang` gives, else the one of `LC_ALL`/`LANG`.
    func language(_ option: Language?) -> Language {
        option ?? Language.preferred(in: environment)
    }
}
