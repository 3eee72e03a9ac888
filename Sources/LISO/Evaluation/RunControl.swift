import Foundation

/// What the threads of one run share: whether the run is cancelled, and the progress of the
/// input being read, which it passes to the observer. Progress is reported holding a lock, so the
/// observer is never called twice at once; cancelling takes another lock, so an observer that
/// takes its time never holds up a cancellation.
final class RunControl: @unchecked Sendable {
    /// How many rows a reader reads between two calls of ``advance(rows:bytes:)``.
    static let rowsPerCheck = 4_096

    private let cancellationLock = NSLock()
    private let progressLock = NSLock()
    private let observer: (@Sendable (EvaluationProgress) -> Void)?
    private var cancelled = false
    private var progress: EvaluationProgress?

    /// Creates the control of a run that reports to `observer`.
    init(observer: (@Sendable (EvaluationProgress) -> Void)?) {
        self.observer = observer
    }

    /// Asks every reader of the run to stop at its next check.
    func cancel() {
        cancellationLock.withLock { cancelled = true }
    }

    /// Throws `CancellationError` when the run is cancelled.
    func checkCancellation() throws {
        if cancellationLock.withLock({ cancelled }) { throw CancellationError() }
    }

    /// Starts reporting on an input of which `bytesRead` bytes are read already, and the rest in
    /// `ranges` ranges at once.
    func begin(input: Int, name: String, totalBytes: Int?, bytesRead: Int, ranges: Int) {
        progressLock.withLock {
            let started = EvaluationProgress(
                input: input, name: name, bytesRead: bytesRead, totalBytes: totalBytes, rowsRead: 0, ranges: ranges,
                isFinished: false)
            progress = started
            observer?(started)
        }
    }

    /// Adds rows and bytes one reader has read, reports the input's totals, and throws
    /// `CancellationError` when the run is cancelled.
    func advance(rows: Int, bytes: Int) throws {
        try checkCancellation()
        progressLock.withLock {
            guard var current = progress else { return }
            current.rowsRead += rows
            current.bytesRead += bytes
            progress = current
            observer?(current)
        }
    }

    /// Reports the input as read completely.
    func finish() {
        progressLock.withLock {
            guard var current = progress else { return }
            current.isFinished = true
            current.bytesRead = current.totalBytes ?? current.bytesRead
            progress = nil
            observer?(current)
        }
    }
}
