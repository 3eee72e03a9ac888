import Foundation
import LISO

/// The work of each in-child stage: setup that is not timed, then a body the child times once
/// per run. Each body returns a number derived from its work so it cannot be optimised away.
enum StageBodies {
    /// Prepares stage `name` on `file` (with `rows` data rows) and returns its timed body.
    static func prepare(_ name: String, file: URL, rows: Int, seed: UInt64) async throws -> () async throws -> Int {
        let instrument = Instrument.lisoFull
        switch name {
        case "baseline":
            return { 0 }
        case "generate":
            let export = SyntheticExport(instrument: instrument, rows: rows, seed: seed)
            return {
                var bytes = 0
                export.generate { bytes += $0.count }
                return bytes
            }
        case "read":
            return {
                var reader = try CSVReader(contentsOf: file, displayName: file.lastPathComponent)
                var fields = 0
                try reader.forEachRecord { fields &+= $0.count }
                return fields
            }
        case "read-parallel":
            return {
                let read = try CSVReader.readInParallel(
                    contentsOf: file, displayName: file.lastPathComponent, parts: ProcessMetrics.processorCount
                ) { reader in
                    var fields = 0
                    try reader.forEachRecord { fields &+= $0.count }
                    return fields
                }
                return read.partials.reduce(0, &+)
            }
        case "decode":
            return decodeStage(file)
        case "score":
            return try scoreStage(file, rows: rows)
        case "render":
            return try renderStage(file)
        case "end-to-end":
            return endToEndStage(file)
        case "end-to-end-check":
            return endToEndCheck(file)
        default:
            throw BenchmarkError.usage("unknown stage '\(name)'")
        }
    }

    /// Runs stage `name` `runs` times in this process and returns what the parent needs.
    static func run(_ name: String, file: URL, rows: Int, runs: Int, seed: UInt64) async throws -> StageOutcome {
        let body = try await prepare(name, file: file, rows: rows, seed: seed)
        var seconds: [Double] = []
        var checksum = 0
        let clock = ContinuousClock()
        var cpuSeconds = 0.0
        for _ in 0..<runs {
            let cpuBefore = ProcessMetrics.cpuSeconds()
            let start = clock.now
            checksum &+= try await body()
            seconds.append(ProcessMetrics.seconds(clock.now - start))
            cpuSeconds += ProcessMetrics.cpuSeconds() - cpuBefore
        }
        return StageOutcome(
            seconds: seconds, cpuSeconds: cpuSeconds,
            peakResidentBytes: ProcessMetrics.peakResidentBytes(), checksum: checksum)
    }
}
