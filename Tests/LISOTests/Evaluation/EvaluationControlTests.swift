import Foundation
import LISO
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Progress, cancellation and inputs that can be read only once.
@Suite struct EvaluationControlTests {
    /// Collects progress reports from the threads of a run.
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var reports: [EvaluationProgress] = []
        var all: [EvaluationProgress] { lock.withLock { reports } }
        func add(_ report: EvaluationProgress) { lock.withLock { reports.append(report) } }
    }

    @Test func progressIsReportedPerInputWhileALargeFileIsStillReadInRanges() async throws {
        let text = EvaluationFixtures.export(rows: 20_000, seed: 5)
        let url = try EvaluationFixtures.write(text)
        defer { try? FileManager.default.removeItem(at: url) }
        let reports = Reports()
        let evaluation = try ExportEvaluation(instrument: .lisoFull, workers: 4, minimumRangeBytes: 64 << 10)
        let inputs: [ExportInput] = [.file(url, name: "a.csv"), .bytes(Array(text.utf8), name: "b.csv")]
        let outcome = try await evaluation.evaluate(inputs, progress: reports.add)
        let byInput = Dictionary(grouping: reports.all, by: \.input)
        #expect(byInput.keys.sorted() == [0, 1])
        let file = try #require(byInput[0])
        #expect(file.first?.ranges == 4)
        #expect(file.count > 2, "reports while reading, not only at the start and the end")
        #expect(file.last?.isFinished == true)
        #expect(file.last?.bytesRead == text.utf8.count)
        #expect(file.last?.totalBytes == text.utf8.count)
        #expect(file.last?.rowsRead == (try outcome.inputs[0].get().rowsRead))
        #expect(byInput[1]?.first?.ranges == 1)
        #expect(zip(file, file.dropFirst()).allSatisfy { $0.rowsRead <= $1.rowsRead })
    }

    @Test func aCancelledTaskStopsTheRunWithinAFewThousandRows() async throws {
        let text = EvaluationFixtures.export(rows: 30_000, seed: 9)
        let url = try EvaluationFixtures.write(text)
        defer { try? FileManager.default.removeItem(at: url) }
        let evaluation = try ExportEvaluation(instrument: .lisoFull, workers: 2, minimumRangeBytes: 64 << 10)
        let started = DispatchSemaphore(value: 0)
        let cancelled = DispatchSemaphore(value: 0)
        let reports = Reports()
        let task = Task {
            try await evaluation.evaluate([.file(url, name: "a.csv")]) { report in
                reports.add(report)
                // Hold the run at its first report until the task is cancelled.
                if report.rowsRead == 0, !report.isFinished {
                    started.signal()
                    cancelled.wait()
                }
            }
        }
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                started.wait()
                continuation.resume()
            }
        }
        task.cancel()
        cancelled.signal()
        await #expect(throws: CancellationError.self) { try await task.value }
        let rows = reports.all.map(\.rowsRead).max() ?? 0
        #expect(rows < 30_000 / 2, "the run stopped early, after \(rows) rows")
    }

    @Test func anAlreadyCancelledTaskReadsNothing() async throws {
        let evaluation = try ExportEvaluation(instrument: .lisoFull)
        let reports = Reports()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await evaluation.evaluate([.bytes(Array("a\n1\n".utf8), name: "a.csv")], progress: reports.add)
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(reports.all.isEmpty)
    }

    @Test func aNamedPipeIsReadInOnePassLikeStandardInput() async throws {
        let text = Fixtures.short(rows: 7)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liso-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("export.csv")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: pipe.path)
            handle?.write(Data(text.utf8))
            try? handle?.close()
        }
        writer.start()
        let outcome = try await ExportEvaluation(.builtInForm).evaluate([.file(pipe, name: "export.csv")])
        #expect(outcome.instrument == .lisoShort)
        #expect(outcome.whole.result().respondents == 7)
        #expect(outcome.whole.sources.map(\.file) == ["export.csv"])
    }
}
