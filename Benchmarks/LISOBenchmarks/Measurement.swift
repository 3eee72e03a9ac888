/// What a child process reports after running one stage several times.
struct StageOutcome: Codable {
    /// Wall-clock seconds of each timed run.
    var seconds: [Double]
    /// CPU seconds (user + system) of the timed runs, all threads together.
    var cpuSeconds: Double
    /// The child's peak resident memory in bytes.
    var peakResidentBytes: Int?
    /// A value derived from the work done, so the optimiser cannot drop it.
    var checksum: Int
}

/// One stage measured on one file: the figures a row of the table shows.
struct Measurement: Codable {
    /// The stage's name.
    var stage: String
    /// Data rows in the file.
    var rows: Int
    /// Bytes in the file.
    var bytes: Int
    /// Timed runs.
    var runs: Int
    /// Median wall-clock seconds of one run.
    var medianSeconds: Double
    /// Fastest run.
    var minSeconds: Double
    /// Slowest run.
    var maxSeconds: Double
    /// File megabytes (10⁶ bytes) per second at the median; `nil` for a stage that takes no time.
    var megabytesPerSecond: Double?
    /// Rows per second at the median; `nil` for a stage that takes no time.
    var rowsPerSecond: Double?
    /// Peak resident memory of the stage's process in megabytes (2²⁰ bytes).
    var peakMemoryMiB: Double?
    /// Median time divided by the median time of `wc -l` on the same file.
    var ratioToFloor: Double?
    /// CPU seconds per run, all threads together (for a whole-process stage, start-up included).
    var cpuSecondsPerRun: Double?

    /// Summarises the timed runs of a stage.
    init(stage: String, rows: Int, bytes: Int, seconds: [Double], peakResidentBytes: Int?, cpuSeconds: Double?) {
        let sorted = seconds.sorted()
        let median =
            sorted.isEmpty
            ? 0
            : sorted.count % 2 == 1
                ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        self.stage = stage
        self.rows = rows
        self.bytes = bytes
        runs = seconds.count
        medianSeconds = median
        minSeconds = sorted.first ?? 0
        maxSeconds = sorted.last ?? 0
        megabytesPerSecond = median > 1e-6 ? Double(bytes) / 1e6 / median : nil
        rowsPerSecond = median > 1e-6 ? Double(rows) / median : nil
        peakMemoryMiB = peakResidentBytes.map { Double($0) / 1_048_576 }
        cpuSecondsPerRun = cpuSeconds.map { $0 / Double(max(seconds.count, 1)) }
    }
}

/// A figure derived from two measurements, such as the speed-up from one core to two.
struct Ratio: Codable {
    /// What the ratio says.
    var name: String
    /// Data rows in the file.
    var rows: Int
    /// The ratio.
    var value: Double
}

/// Everything one run of the harness measured.
struct BenchmarkReport: Codable {
    /// When the run started (ISO 8601, UTC).
    var date: String
    /// Processors online.
    var processors: Int
    /// The machine, from `uname`.
    var machine: String
    /// The measurements, in order.
    var measurements: [Measurement] = []
    /// Derived ratios.
    var ratios: [Ratio] = []
}
