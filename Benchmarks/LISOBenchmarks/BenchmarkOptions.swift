import Foundation

/// The command line of `LISOBenchmarks`.
///
///     LISOBenchmarks [--rows N] [--filter NAME] [--json] [--runs K] [--seed S] [--keep]
///     LISOBenchmarks --generate FILE [--rows N] [--seed S]
///     LISOBenchmarks --stage NAME --file FILE --rows N [--runs K]     (internal: one stage in a child)
///     LISOBenchmarks --cli ARGUMENTS...                               (internal: the liso command)
struct BenchmarkOptions {
    /// The sizes to measure.
    var sizes: [Int] = [10_000, 100_000, 1_000_000]
    /// Only stages whose name contains this text.
    var filter: String?
    /// Print machine-readable JSON instead of a table.
    var json = false
    /// Timed runs per stage; `nil` chooses by size.
    var runs: Int?
    /// The generator's seed.
    var seed: UInt64 = 2026
    /// Keep the generated files.
    var keep = false
    /// Write one synthetic file here and stop.
    var generate: String?
    /// Run this stage in this process (a child of the harness).
    var stage: String?
    /// The file the stage reads.
    var file: String?
    /// Arguments for the `liso` command, run in this process.
    var cli: [String]?

    /// The usage text.
    static let usage = """
        usage: LISOBenchmarks [--rows N] [--filter NAME] [--json] [--runs K] [--seed S] [--keep]
               LISOBenchmarks --generate FILE [--rows N] [--seed S]
        """

    /// Parses the arguments (without the program name).
    init(arguments: [String]) throws(BenchmarkError) {
        var rest = arguments[...]
        func value(_ name: String) throws(BenchmarkError) -> String {
            guard let next = rest.popFirst() else { throw .usage("option '\(name)' needs a value") }
            return next
        }
        func number(_ name: String) throws(BenchmarkError) -> Int {
            let text = try value(name)
            guard let number = Int(text.replacingOccurrences(of: "_", with: "")), number > 0 else {
                throw .usage("option '\(name)' needs a positive number, not '\(text)'")
            }
            return number
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--rows": sizes = [try number(argument)]
            case "--filter": filter = try value(argument)
            case "--json": json = true
            case "--runs": runs = try number(argument)
            case "--seed": seed = UInt64(try number(argument))
            case "--keep": keep = true
            case "--generate": generate = try value(argument)
            case "--stage": stage = try value(argument)
            case "--file": file = try value(argument)
            case "--cli":
                cli = Array(rest)
                rest = []
            case "--help", "-h": throw .help
            default: throw .usage("unknown option '\(argument)'")
            }
        }
    }

    /// The timed runs for a file of `rows` rows: more for small files.
    func runs(forRows rows: Int) -> Int {
        if let runs { return runs }
        return rows >= 1_000_000 ? 3 : 5
    }
}

/// Why the benchmark stopped.
enum BenchmarkError: Error, CustomStringConvertible {
    /// The arguments were wrong.
    case usage(String)
    /// `--help` was given.
    case help
    /// A child process failed.
    case child(String)

    var description: String {
        switch self {
        case .usage(let message): "error: \(message)\n\(BenchmarkOptions.usage)"
        case .help: BenchmarkOptions.usage
        case .child(let message): "error: \(message)"
        }
    }
}

extension BenchmarkError {
    /// Whether the arguments were at fault.
    var isUsage: Bool {
        if case .usage = self { return true }
        return false
    }
}
