import Foundation
import LISO

/// Shows how far reading has come on standard error, on one line that redraws itself: rows,
/// rows per second, megabytes per second and the percentage of the file's bytes. Silent unless
/// standard error is a terminal, so logs and pipes never see it.
///
/// The library's run reports to ``show(_:)`` from the threads that read; every method holds a
/// lock, so the line is drawn by one thread at a time.
final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    /// Where the line is drawn, or `nil` when progress is off.
    private let channel: TextChannel?
    /// The position of the input being read in the run, as the run reports it.
    private var input: Int?
    /// The file being read, as the user named it.
    private var file = ""
    /// The file's size in bytes, when known (not for standard input).
    private var totalBytes: Int?
    /// When reading the file began.
    private var started = Date()
    /// When the line was last drawn.
    private var lastDrawn = Date.distantPast
    /// Whether a line is on screen that ``finish()`` must clear.
    private var isShowing = false

    /// The words of the line: `rows` or `rijen`.
    private let rows: (one: String, other: String, perSecond: String)

    /// Creates a reporter that draws on `channel` when `enabled`, in `language`.
    init(channel: TextChannel, enabled: Bool, language: Language = .english) {
        self.channel = enabled ? channel : nil
        rows = language == .dutch ? ("rij", "rijen", "rijen/s") : ("row", "rows", "rows/s")
    }

    /// Whether progress is drawn at all.
    var isEnabled: Bool { channel != nil }

    /// Draws a progress report of the library's run: a new input begins the line again, a
    /// finished one clears it.
    func show(_ progress: EvaluationProgress) {
        lock.withLock {
            if progress.input != input {
                input = progress.input
                start(file: progress.name, totalBytes: progress.totalBytes)
            }
            if progress.isFinished {
                clear()
            } else {
                draw(rows: progress.rowsRead, bytes: progress.bytesRead)
            }
        }
    }

    /// Starts a new file.
    func begin(file: String, totalBytes: Int?) {
        lock.withLock { start(file: file, totalBytes: totalBytes) }
    }

    /// Reports `rows` read and `bytes` consumed so far; draws at most five times a second.
    func update(rows: Int, bytes: Int) {
        lock.withLock { draw(rows: rows, bytes: bytes) }
    }

    /// Clears the progress line.
    func finish() {
        lock.withLock { clear() }
    }

    private func start(file: String, totalBytes: Int?) {
        self.file = file
        self.totalBytes = totalBytes
        started = Date()
        lastDrawn = Date.distantPast
    }

    private func draw(rows: Int, bytes: Int) {
        guard let channel else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.2 else { return }
        lastDrawn = now
        let seconds = max(now.timeIntervalSince(started), 1e-3)
        var line =
            "\r\u{1B}[K\(file): \(rows) \(rows == 1 ? self.rows.one : self.rows.other), "
            + "\(Int(Double(rows) / seconds)) \(self.rows.perSecond)"
        line += String(format: ", %.1f MB/s", Double(bytes) / seconds / 1_000_000)
        if let totalBytes, totalBytes > 0 {
            line += String(format: ", %.0f%%", min(100, Double(bytes) * 100 / Double(totalBytes)))
        }
        channel.write(line)
        isShowing = true
    }

    private func clear() {
        guard let channel, isShowing else { return }
        channel.write("\r\u{1B}[K")
        isShowing = false
    }
}
