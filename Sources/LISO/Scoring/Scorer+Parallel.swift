import Foundation

extension Scorer {
    /// Scores batches of responses on all cores and merges the partial scorers.
    ///
    /// Worker tasks, one per core by default, take batches from the sequence in turn (the
    /// sequence is read under a lock, one batch at a time) and score them into scorers of their
    /// own; the partial scorers are merged in worker order. Nothing waits on a semaphore, so no
    /// cooperative thread is blocked; every worker is busy with scoring while it runs.
    ///
    /// - Parameters:
    ///   - batches: Batches of responses; batches of a few thousand responses keep every core busy.
    ///   - instrument: The questionnaire the responses answer.
    ///   - framework: The framework whose elements, phases and roles the report uses.
    ///   - policy: The scoring rules.
    ///   - workers: How many batches are scored at once; defaults to the active processor count.
    /// - Returns: A scorer equal (to rounding) to one that added every response in order.
    public static func score<Batches: Sequence<[Response]>>(
        _ batches: Batches, instrument: Instrument, framework: EvaluationFramework = .liso2023,
        policy: ScoringPolicy = .standard, workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) async -> Scorer {
        let empty = Scorer(instrument: instrument, framework: framework, policy: policy)
        let source = BatchSource(batches.makeIterator())
        let partials = await withTaskGroup(of: (Int, Scorer).self) { group in
            for worker in 0..<max(1, workers) {
                group.addTask {
                    var scorer = empty
                    while let batch = source.next() {
                        for index in batch.indices { scorer.add(batch[index]) }
                        await Task.yield()
                    }
                    return (worker, scorer)
                }
            }
            var partials: [(Int, Scorer)] = []
            for await partial in group { partials.append(partial) }
            return partials.sorted { $0.0 < $1.0 }.map(\.1)
        }
        var result = empty
        for partial in partials { result.merge(partial) }
        return result
    }
}

/// Hands out the batches of a sequence one at a time to concurrent workers. The iterator is
/// only touched under the lock.
final class BatchSource: @unchecked Sendable {
    private let lock = NSLock()
    private var nextBatch: () -> [Response]?

    init<Iterator: IteratorProtocol<[Response]>>(_ iterator: Iterator) {
        var iterator = iterator
        nextBatch = { iterator.next() }
    }

    /// The next batch, or `nil` when the sequence is exhausted.
    func next() -> [Response]? {
        lock.lock()
        defer { lock.unlock() }
        return nextBatch()
    }
}
