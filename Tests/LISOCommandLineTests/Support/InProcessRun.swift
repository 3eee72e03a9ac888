import Foundation

@testable import LISOCommandLine

/// The outcome of running `liso` in this process: exit status, standard output and error.
struct InProcessRun {
    var status: ExitCode
    var output: String
    var errors: String

    /// Runs the command line with buffers for output and error, the given input lines and
    /// environment, in `directory` (a fresh temporary folder when `nil`).
    init(
        _ arguments: [String], input: [String] = [], environment: [String: String] = [:], directory: URL? = nil,
        standardInput: FileHandle = .nullDevice, errorsIsTerminal: Bool = false
    ) async {
        var context = CommandContext(
            output: TextChannel(), errors: TextChannel(), input: ScriptedLines(input),
            standardInput: standardInput, environment: environment, errorsIsTerminal: errorsIsTerminal,
            inputIsTerminal: false, currentDirectory: directory ?? TemporaryDirectory().url)
        status = await LISOCommandLine.run(arguments: arguments, context: &context)
        output = context.output.text
        errors = context.errors.text
    }
}

/// A fresh, empty folder under the system's temporary folder.
struct TemporaryDirectory {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "liso-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes a file into the folder and returns its URL.
    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// The names of the files in the folder, sorted.
    var contents: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }
}
