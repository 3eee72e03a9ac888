import Foundation

/// What reading one file in parallel ranges gave: each range's result, in file order, and what
/// a caller needs to put the ranges' line numbers back into the file's.
package struct CSVParallelRead<Partial: Sendable>: Sendable {
    /// The body's result for each range, in file order.
    package var partials: [Partial]
    /// The physical lines (line breaks) read in each range.
    package var lineCounts: [Int]
    /// The line where each range starts, minus one: add it to a range's `record.line`.
    package var lineOffsets: [Int]
    /// The split's warnings and every range's, with lines of the whole file; one encoding warning at most.
    package var diagnostics: [Diagnostic]
    /// The delimiter used.
    package var delimiter: UInt8
    /// How many ranges were read again because their speculative start was inside a quoted field.
    package var rereadRanges: Int
}

/// Results gathered from several threads.
private final class ParallelResults<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { values[index] } }
        set { lock.withLock { values[index] = newValue } }
    }
}

extension CSVReader {
    /// One range's outcome.
    private struct RangeOutcome<Partial: Sendable>: Sendable {
        var range: Range<Int>
        var result: Result<Partial, any Error>
        var endOffset: Int
        var lineCount: Int
        var diagnostics: [Diagnostic]
    }

    /// Reads a file on several cores: splits it with ``split(contentsOf:displayName:dialect:parts:minimumPartBytes:)``,
    /// calls `body` with a reader for each range at once, then checks each cut: the previous
    /// range's last record must end exactly where the next range starts. A range that started
    /// inside a quoted field is read again from the true end, so the records are those of one pass.
    ///
    /// Records' `line` inside `body` count from the start of their range; add
    /// ``CSVParallelRead/lineOffsets`` of that range for the file's line.
    /// - Throws: the first fault in file order, with the file's line; or what `body` throws.
    package static func readInParallel<Partial: Sendable>(
        contentsOf url: URL, displayName: String, dialect: CSVDialect = .automatic, parts: Int,
        minimumPartBytes: Int = 1 << 20, _ body: @escaping @Sendable (inout CSVReader) throws -> Partial
    ) throws -> CSVParallelRead<Partial> {
        let split = try CSVReader.split(
            contentsOf: url, displayName: displayName, dialect: dialect, parts: parts,
            minimumPartBytes: minimumPartBytes)
        return try readInParallel(contentsOf: url, displayName: displayName, split: split, body)
    }

    /// Reads a file on several cores along a split the caller already made with
    /// ``split(contentsOf:displayName:dialect:parts:minimumPartBytes:)`` or
    /// ``splitRemainder(headerFieldCount:parts:minimumPartBytes:)``; see
    /// ``readInParallel(contentsOf:displayName:dialect:parts:minimumPartBytes:_:)``. Line offsets
    /// start at the split's ``CSVSplit/linesBefore``.
    package static func readInParallel<Partial: Sendable>(
        contentsOf url: URL, displayName: String, split: CSVSplit,
        _ body: @escaping @Sendable (inout CSVReader) throws -> Partial
    ) throws -> CSVParallelRead<Partial> {
        let results = ParallelResults<RangeOutcome<Partial>>(count: split.ranges.count)
        DispatchQueue.concurrentPerform(iterations: split.ranges.count) { index in
            results[index] = readRange(url, split.ranges[index], displayName, split, body)
        }
        var outcomes: [RangeOutcome<Partial>] = []
        var rereads = 0
        var trueStart = split.ranges.first?.lowerBound ?? 0
        for index in split.ranges.indices {
            var outcome = results[index]!
            if outcome.range.lowerBound != trueStart {
                rereads += 1
                let range = trueStart..<max(trueStart, outcome.range.upperBound)
                outcome = readRange(url, range, displayName, split, body)
            }
            trueStart = outcome.endOffset
            outcomes.append(outcome)
        }
        var offsets: [Int] = []
        var lines = split.linesBefore
        var diagnostics = split.diagnostics
        for outcome in outcomes {
            offsets.append(lines)
            for var diagnostic in outcome.diagnostics {
                diagnostic.line = diagnostic.line.map { $0 + lines }
                if diagnostic.kind.isEncoding, diagnostics.contains(where: { $0.kind == diagnostic.kind }) {
                    continue
                }
                diagnostics.append(diagnostic)
            }
            if case .failure(let error) = outcome.result {
                guard var fault = error as? LISOError else { throw error }
                fault.diagnostics = fault.diagnostics.map { diagnostic in
                    var moved = diagnostic
                    moved.line = diagnostic.line.map { $0 + lines }
                    return moved
                }
                throw fault
            }
            lines += outcome.lineCount
        }
        return CSVParallelRead(
            partials: outcomes.map { try! $0.result.get() }, lineCounts: outcomes.map(\.lineCount),
            lineOffsets: offsets, diagnostics: diagnostics, delimiter: split.delimiter, rereadRanges: rereads)
    }

    private static func readRange<Partial: Sendable>(
        _ url: URL, _ range: Range<Int>, _ displayName: String, _ split: CSVSplit,
        _ body: @Sendable (inout CSVReader) throws -> Partial
    ) -> RangeOutcome<Partial> {
        var outcome = RangeOutcome<Partial>(
            range: range, result: .failure(LISOError(.inputUnusable, diagnostics: [])), endOffset: range.upperBound,
            lineCount: 0, diagnostics: [])
        do {
            var reader = try CSVReader(
                contentsOf: url, byteRange: range, displayName: displayName,
                dialect: CSVDialect(delimiter: split.delimiter), encoding: split.encoding,
                expectedFieldCount: range.lowerBound == 0 ? nil : split.headerFieldCount)
            do {
                outcome.result = .success(try body(&reader))
                while try reader.next() != nil {}
            } catch {
                outcome.result = .failure(error)
            }
            outcome.endOffset = reader.endOffset
            outcome.lineCount = reader.lineCount
            outcome.diagnostics = reader.diagnostics
        } catch {
            outcome.result = .failure(error)
        }
        return outcome
    }
}
