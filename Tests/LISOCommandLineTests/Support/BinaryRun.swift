import Foundation

/// The outcome of running the built `liso` binary as a separate process.
struct BinaryRun {
    var status: Int32
    var output: String
    var errors: String

    /// The built `liso` executable: next to the test bundle in the products folder, or in the
    /// package's `.build/debug`; `nil` (and the test is skipped) when neither exists.
    static let executable: URL? = {
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(bundle.appendingPathComponent("liso"))
        }
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("liso"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/liso"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// The package's root folder, found from this file's place.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `liso` with `arguments` in `directory`, feeding `input` on standard input (an empty
    /// input when `nil`), with a neutral English environment plus `environment`.
    init(_ arguments: [String], input: String? = nil, in directory: URL, environment: [String: String] = [:]) throws {
        guard let executable = Self.executable else { throw MissingBinary() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ["LANG": "C", "PATH": "/usr/bin:/bin"].merging(environment) { $1 }
        let files = FileManager.default.temporaryDirectory.appendingPathComponent("liso-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: files) }
        let inputFile = files.appendingPathComponent("in")
        let outputFile = files.appendingPathComponent("out")
        let errorFile = files.appendingPathComponent("err")
        try Data((input ?? "").utf8).write(to: inputFile)
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let inputHandle = try FileHandle(forReadingFrom: inputFile)
        let outputHandle = try FileHandle(forWritingTo: outputFile)
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        process.standardInput = inputHandle
        process.standardOutput = outputHandle
        process.standardError = errorHandle
        try process.run()
        process.waitUntilExit()
        try? inputHandle.close()
        try? outputHandle.close()
        try? errorHandle.close()
        status = process.terminationStatus
        output = try String(contentsOf: outputFile, encoding: .utf8)
        errors = try String(contentsOf: errorFile, encoding: .utf8)
    }

    /// The error when the binary has not been built.
    struct MissingBinary: Error, CustomStringConvertible {
        var description: String { "the 'liso' binary was not found; run 'swift build' first" }
    }
}
