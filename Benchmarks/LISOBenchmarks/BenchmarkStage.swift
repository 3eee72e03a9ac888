import Foundation

/// A stage of the pipeline the harness measures.
struct BenchmarkStage: Sendable {
    /// How the stage is run.
    enum Kind: Sendable {
        /// A child process (`--stage NAME`) runs the body several times and reports each run's
        /// time and its own peak memory, so the peak is the stage's alone.
        case inChild(String)
        /// One process per run, timed from launch to exit: the `liso` command (this executable
        /// with `--cli`, given the file and a scratch output path) or `wc -l`.
        case command(@Sendable (_ file: String, _ output: String) -> [String])
        /// `wc -l` on the file: the floor every other figure is divided by.
        case floor
        /// A child process (`--stage NAME`, one run) that checks a result and fails the harness
        /// when it is wrong; nothing is recorded.
        case check(String)
    }

    /// The name shown in the table and matched by `--filter`.
    var name: String
    /// How the stage runs.
    var kind: Kind
    /// Whether the process is pinned to one core (`taskset -c 0`).
    var oneCore = false

    /// The `liso score` arguments of the end-to-end stage.
    @Sendable static func scoreArguments(_ file: String, _ output: String) -> [String] {
        ["score", file, "--format", "json", "--by", "perspective", "--output", output]
    }

    /// Every stage, in the order the table shows them.
    static let all: [BenchmarkStage] = [
        BenchmarkStage(name: "wc -l (floor)", kind: .floor),
        BenchmarkStage(name: "baseline (empty process)", kind: .inChild("baseline")),
        BenchmarkStage(name: "generate", kind: .inChild("generate")),
        BenchmarkStage(name: "read", kind: .inChild("read")),
        BenchmarkStage(name: "read (2 ranges, 2 cores)", kind: .inChild("read-parallel")),
        BenchmarkStage(name: "read (2 ranges, 1 core)", kind: .inChild("read-parallel"), oneCore: true),
        BenchmarkStage(name: "read + decode", kind: .inChild("decode")),
        BenchmarkStage(name: "score (1 scorer)", kind: .inChild("score")),
        BenchmarkStage(name: "render JSON", kind: .inChild("render")),
        BenchmarkStage(name: "end to end, library (check)", kind: .check("end-to-end-check")),
        BenchmarkStage(name: "end to end, library (2 cores)", kind: .inChild("end-to-end")),
        BenchmarkStage(name: "end to end, library (1 core)", kind: .inChild("end-to-end"), oneCore: true),
        BenchmarkStage(name: "liso score (2 cores)", kind: .command(scoreArguments)),
        BenchmarkStage(name: "liso score (1 core)", kind: .command(scoreArguments), oneCore: true),
    ]
}
