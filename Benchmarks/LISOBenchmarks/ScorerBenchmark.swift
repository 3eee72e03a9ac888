import Foundation
import LISO

/// Times the scorer on seeded synthetic responses to the built-in full questionnaire (40 items):
/// one scorer adding every response, then ``Scorer/score(_:instrument:framework:policy:workers:)``
/// on `workers` cores, and the process's peak memory.
///
/// Responses are drawn cyclically from a pool of 10,000, so the input itself takes the same
/// memory at every size and the peak shows what the scorer keeps.
enum ScorerBenchmark {
    /// Runs the benchmark and describes the timings.
    static func run(rows: Int, workers: Int, batchSize: Int = 5_000) async -> String {
        let instrument = Instrument.lisoFull
        let pool = syntheticResponses(count: 10_000, instrument: instrument)
        let batches = CyclicBatches(pool: pool, rows: rows, batchSize: batchSize)
        let clock = ContinuousClock()
        let serialStart = clock.now
        var serial = Scorer(instrument: instrument)
        for batch in batches {
            for index in batch.indices { serial.add(batch[index]) }
        }
        let serialTime = clock.now - serialStart
        let parallelStart = clock.now
        let parallel = await Scorer.score(batches, instrument: instrument, workers: workers)
        let parallelTime = clock.now - parallelStart
        let resultStart = clock.now
        let result = parallel.result()
        let resultTime = clock.now - resultStart
        let speedUp = serialTime / parallelTime
        let perRow = serialTime / max(1, rows)
        return """
            scorer: \(rows) rows × \(instrument.items.count) items, \(result.groups.count) groups
              serial   \(serialTime) (\(perRow) per row)
              parallel \(parallelTime) on \(workers) workers, speed-up \(String(format: "%.2f", speedUp))×
              result   \(resultTime)
              respondents \(serial.result().respondents) serial, \(result.respondents) parallel
              peak memory \(peakMemoryMegabytes()) MB
            """
    }

    /// Responses with random answers (5% empty, 5% "don't know"), 20 networks, one perspective,
    /// one role, a phase and a wave each.
    static func syntheticResponses(count: Int, instrument: Instrument) -> [Response] {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let framework = EvaluationFramework.liso2023
        return (0..<count).map { index in
            let answers: [Answer] = instrument.items.map { _ in
                switch next(20) {
                case 0: .unanswered
                case 1: .dontKnow
                default: .value(Double(1 + next(5)))
                }
            }
            return Response(
                respondentID: "r\(index)", network: "network-\(next(20))",
                perspectives: [framework.perspectives[next(framework.perspectives.count)].id],
                roles: [framework.roles[next(framework.roles.count)].id],
                phase: framework.phases[next(framework.phases.count)].id, wave: next(2) == 0 ? "2024" : "2025",
                answers: answers)
        }
    }

    /// The process's peak resident memory.
    static func peakMemoryMegabytes() -> Int {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return usage.ru_maxrss / 1024
        #else
            getrusage(RUSAGE_SELF, &usage)
            return usage.ru_maxrss / 1024 / 1024
        #endif
    }
}

/// `rows` responses in batches cut once from a pool and handed out in turn.
struct CyclicBatches: Sequence, IteratorProtocol {
    let batches: [[Response]]
    let rows: Int
    private var produced = 0

    init(pool: [Response], rows: Int, batchSize: Int) {
        batches = stride(from: 0, to: pool.count, by: batchSize).map {
            Array(pool[$0..<Swift.min(pool.count, $0 + batchSize)])
        }
        self.rows = rows
    }

    mutating func next() -> [Response]? {
        guard produced < rows else { return nil }
        let batch = batches[(produced / batches[0].count) % batches.count]
        let count = Swift.min(batch.count, rows - produced)
        produced += count
        return count == batch.count ? batch : Array(batch.prefix(count))
    }
}
