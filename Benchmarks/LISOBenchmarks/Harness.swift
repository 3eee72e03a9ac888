import Foundation
import LISO

/// Generates a file per size, runs every selected stage on it, and collects the report.
struct Harness {
    /// The parsed command line.
    var options: BenchmarkOptions
    /// Progress lines go here (standard error), so standard output stays the table or JSON.
    var log: (String) -> Void

    /// Measures every selected stage at every size.
    func run() throws -> BenchmarkReport {
        var report = BenchmarkReport(
            date: ISO8601DateFormatter().string(from: Date()), processors: ProcessMetrics.processorCount,
            machine: Self.machine())
        let stages = BenchmarkStage.all.filter { stage in
            guard let filter = options.filter else { return true }
            return stage.name.localizedCaseInsensitiveContains(filter) || stage.name.hasPrefix("wc")
        }
        for rows in options.sizes {
            let export = SyntheticExport(instrument: Instrument.lisoFull, rows: rows, seed: options.seed)
            log("generating \(rows) rows")
            let file = try export.writeTemporaryFile()
            defer { if !options.keep { try? FileManager.default.removeItem(at: file) } }
            let bytes = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
            let runs = options.runs(forRows: rows)
            var floor: Double?
            var byName: [String: Measurement] = [:]
            for stage in stages {
                if case .check(let body) = stage.kind {
                    log("  \(stage.name), \(rows) rows")
                    _ = try ChildProcess.run(
                        ChildProcess.executablePath,
                        ["--stage", body, "--file", file.path, "--rows", String(rows), "--runs", "1"])
                    continue
                }
                log("  \(stage.name), \(rows) rows, \(runs) runs")
                var measurement = try measure(stage, file: file.path, rows: rows, bytes: bytes, runs: runs)
                if case .floor = stage.kind { floor = measurement.medianSeconds }
                if let floor, floor > 0, measurement.megabytesPerSecond != nil {
                    measurement.ratioToFloor = measurement.medianSeconds / floor
                }
                byName[stage.name] = measurement
                report.measurements.append(measurement)
            }
            for (name, two) in byName where name.contains("2 cores") {
                guard let one = byName[name.replacingOccurrences(of: "2 cores", with: "1 core")],
                    two.medianSeconds > 0
                else { continue }
                report.ratios.append(
                    Ratio(name: "\(name): 1 core ÷ 2 cores", rows: rows, value: one.medianSeconds / two.medianSeconds))
            }
            report.ratios.sort { ($0.rows, $0.name) < ($1.rows, $1.name) }
        }
        if options.filter.map({ "html-small".localizedCaseInsensitiveContains($0) }) ?? true {
            report.measurements.append(try measureSmallHTML(runs: options.runs ?? 20))
        }
        return report
    }

    /// Runs one stage `runs` times on `file`.
    func measure(_ stage: BenchmarkStage, file: String, rows: Int, bytes: Int, runs: Int) throws -> Measurement {
        let executable = ChildProcess.executablePath
        switch stage.kind {
        case .inChild(let body):
            let arguments = [
                "--stage", body, "--file", file, "--rows", String(rows), "--runs", String(runs), "--seed",
                String(options.seed),
            ]
            let result = try ChildProcess.run(executable, arguments, oneCore: stage.oneCore)
            let outcome = try JSONDecoder().decode(StageOutcome.self, from: result.output)
            return Measurement(
                stage: stage.name, rows: rows, bytes: bytes, seconds: outcome.seconds,
                peakResidentBytes: outcome.peakResidentBytes, cpuSeconds: outcome.cpuSeconds)
        case .command(let arguments):
            var seconds: [Double] = []
            var cpu = 0.0
            var peak: Int?
            let output = file + ".bench-output"
            defer { try? FileManager.default.removeItem(atPath: output) }
            for _ in 0..<runs {
                let result = try ChildProcess.run(
                    executable, ["--cli"] + arguments(file, output), oneCore: stage.oneCore, captureOutput: false)
                seconds.append(result.seconds)
                cpu += result.cpuSeconds
                peak = max(peak ?? 0, result.peakResidentBytes ?? 0)
            }
            return Measurement(
                stage: stage.name, rows: rows, bytes: bytes, seconds: seconds, peakResidentBytes: peak, cpuSeconds: cpu)
        case .check:
            throw BenchmarkError.usage("'\(stage.name)' is a check, not a measurement")
        case .floor:
            var seconds: [Double] = []
            var cpu = 0.0
            for _ in 0..<runs {
                let result = try ChildProcess.run("/usr/bin/wc", ["-l", file], captureOutput: false)
                seconds.append(result.seconds)
                cpu += result.cpuSeconds
            }
            return Measurement(
                stage: stage.name, rows: rows, bytes: bytes, seconds: seconds, peakResidentBytes: nil, cpuSeconds: cpu)
        }
    }

    /// A network of 30 respondents scored and rendered to HTML by the `liso` command: process
    /// CPU time per run (from `getrusage` of the waited-for child), the figure the target uses.
    func measureSmallHTML(runs: Int) throws -> Measurement {
        var export = SyntheticExport(instrument: Instrument.lisoFull, rows: 30, seed: options.seed)
        export.networks = 1
        export.waves = 1
        let file = try export.writeTemporaryFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let output = file.path + ".html"
        defer { try? FileManager.default.removeItem(atPath: output) }
        log("html-small, 30 respondents, \(runs) runs")
        var cpu: [Double] = []
        var peak = 0
        for _ in 0..<runs {
            let result = try ChildProcess.run(
                ChildProcess.executablePath,
                ["--cli", "score", file.path, "--format", "html", "--output", output], captureOutput: false)
            cpu.append(result.cpuSeconds)
            peak = max(peak, result.peakResidentBytes ?? 0)
        }
        let bytes = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        var measurement = Measurement(
            stage: "html-small (CPU time)", rows: 30, bytes: bytes, seconds: cpu, peakResidentBytes: peak,
            cpuSeconds: cpu.reduce(0, +))
        measurement.ratioToFloor = nil
        return measurement
    }

    /// The kernel and architecture, as `uname -sm` would print them.
    static func machine() -> String {
        var name = utsname()
        uname(&name)
        func text<T>(_ field: T) -> String {
            withUnsafeBytes(of: field) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        return "\(text(name.sysname)) \(text(name.release)) \(text(name.machine))"
    }
}
