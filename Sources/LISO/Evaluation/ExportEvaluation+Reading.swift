import Foundation

extension ExportEvaluation {
    /// What one range of a file gave.
    private struct RangePart: Sendable {
        var summary: ExportReader.Summary
        var sinks: SetSinks
        var encoding: TextEncoding
    }

    /// Reads the rows of one opened input into scorers: the data rows among its first records,
    /// then the rest, a large file in ranges at once, each range into scorers of its own, merged
    /// in file order. This is the seam between reading and accumulating: everything a row needs
    /// passes through ``SetSinks/add(_:)``.
    ///
    /// - Returns: The input's reading, with the CSV reader's diagnostics in place order, and its
    ///   scorers.
    func read(
        _ export: inout OpenedExport, prepared: ExportReader.Prepared, instrument: Instrument,
        routing: SetSinks.Routing, control: RunControl, makeScorer: @escaping @Sendable () -> Scorer
    ) throws -> (ExportReader.Summary, SetSinks) {
        let reader = ExportReader(instrument: instrument, layout: layout, diagnosticLimit: diagnosticLimit)
        let name = export.name
        let ranges = if case .ranges(_, let split) = export.remainder { split.ranges.count } else { 1 }
        control.begin(
            input: export.index, name: name, totalBytes: export.totalBytes, bytesRead: export.bytesRead,
            ranges: ranges)
        defer { control.finish() }
        var sinks = SetSinks(routing: routing, makeScorer: makeScorer)
        let leading = export.leadingDataRecords
        var summary = try reader.read(
            dataRecords: { each in try leading.forEach(each) }, prepared: prepared, reportsMapping: true, file: name
        ) { sinks.add($0) }
        summary.encoding = export.encoding
        try control.advance(rows: leading.count, bytes: 0)
        switch export.remainder {
        case .stream(var csv):
            let rest = try reader.read(
                dataRecords: { each in try csv.forEachRecord(reportingTo: control, each) }, prepared: prepared,
                reportsMapping: false, file: name
            ) { sinks.add($0) }
            summary.add(rest, lineOffset: 0)
            summary.encoding = csv.encoding
            summary.diagnostics.append(contentsOf: csv.diagnostics)
        case .ranges(let url, let split):
            guard !split.ranges.isEmpty else {
                summary.diagnostics.append(contentsOf: split.diagnostics)
                break
            }
            let parallel = try CSVReader.readInParallel(contentsOf: url, displayName: name, split: split) { csv in
                var sinks = SetSinks(routing: routing, makeScorer: makeScorer)
                let part = try reader.read(
                    dataRecords: { each in try csv.forEachRecord(reportingTo: control, each) }, prepared: prepared,
                    reportsMapping: false, file: name
                ) { sinks.add($0) }
                return RangePart(summary: part, sinks: sinks, encoding: csv.encoding)
            }
            for (part, offset) in zip(parallel.partials, parallel.lineOffsets) {
                summary.add(part.summary, lineOffset: offset)
                sinks.merge(part.sinks)
            }
            summary.encoding = parallel.partials[0].encoding
            summary.diagnostics.append(contentsOf: parallel.diagnostics)
        }
        summary.warnWhenEmpty()
        summary.diagnostics.sortByPlace()
        return (summary, sinks)
    }
}

extension CSVReader {
    /// Calls `body` with each record in turn, as ``forEachRecord(_:)`` does, and every few
    /// thousand records reports the rows and bytes read to `control`, which throws
    /// `CancellationError` once the run is cancelled.
    mutating func forEachRecord(reportingTo control: RunControl, _ body: (CSVRecord) throws -> Void) throws {
        // The position is read from the core, which the loop below does not hold exclusively.
        let core = self.core
        var rows = 0
        var reported = endOffset
        try forEachRecord { record in
            try body(record)
            rows &+= 1
            if rows == RunControl.rowsPerCheck {
                let position = core.rangeStart + core.offset
                try control.advance(rows: rows, bytes: position - reported)
                (rows, reported) = (0, position)
            }
        }
        try control.advance(rows: rows, bytes: endOffset - reported)
    }
}
