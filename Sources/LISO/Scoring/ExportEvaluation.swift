import Foundation

/// The whole job of `liso score` as one value: read export files, decode their rows and score
/// them, on every core. A large file is cut into ranges read at once (the cuts are verified, so
/// quoted line breaks are safe); each range is scored into its own ``Scorer`` and the scorers
/// merge exactly.
///
/// ```swift
/// let evaluation = ExportEvaluation(instrument: .lisoFull)
/// let result = try await evaluation.evaluate([URL(filePath: "exports/wave1.csv")])
/// print(result.overall.elements.map { ($0.id, $0.mean) })
/// ```
public struct ExportEvaluation: Sendable {
    /// The questionnaire the exports answer.
    public var instrument: Instrument
    /// The framework whose elements, phases and roles the result uses.
    public var framework: EvaluationFramework
    /// The scoring rules.
    public var policy: ScoringPolicy
    /// The export layout to assume instead of detecting it.
    public var layout: ExportLayout?
    /// The CSV dialect; by default the delimiter is detected.
    public var dialect: CSVDialect
    /// How many ranges a large file is read in at once; defaults to the active processor count.
    public var workers: Int
    /// Files smaller than this many bytes per worker are read in one pass.
    public var minimumRangeBytes: Int

    /// Creates an evaluation; every argument but the instrument has the documented default.
    public init(
        instrument: Instrument, framework: EvaluationFramework = .liso2023, policy: ScoringPolicy = .standard,
        layout: ExportLayout? = nil, dialect: CSVDialect = .automatic,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, minimumRangeBytes: Int = 4 << 20
    ) {
        self.instrument = instrument
        self.framework = framework
        self.policy = policy
        self.layout = layout
        self.dialect = dialect
        self.workers = max(1, workers)
        self.minimumRangeBytes = minimumRangeBytes
    }

    /// One file read and scored.
    public struct ScoredFile: Sendable {
        /// The responses' accumulators.
        public var scorer: Scorer
        /// What reading found: layout, rows, diagnostics (the CSV reader's included).
        public var summary: ExportReader.Summary
        /// The text encoding used.
        public var encoding: TextEncoding

        /// The file as a result reports it.
        public var source: SourceSummary { SourceSummary(summary, encoding: encoding) }
    }

    /// Reads and scores every file, then computes the result.
    ///
    /// - Throws: `LISOError` for a file that is missing (`.inputMissing`) or unusable
    ///   (`.inputUnusable`); nothing is scored then.
    /// - Complexity: O(*n*) in the files' bytes, spread over ``workers`` cores; memory does not
    ///   grow with the number of rows.
    public func evaluate(_ files: [URL]) throws -> EvaluationResult {
        var scorer = Scorer(instrument: instrument, framework: framework, policy: policy)
        var sources: [SourceSummary] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            let scored = try score(file, displayName: file.relativePath)
            scorer.merge(scored.scorer)
            sources.append(scored.source)
            diagnostics += scored.summary.diagnostics.report
        }
        var result = scorer.result(sources: sources, diagnostics: diagnostics)
        let skipped = sources.reduce(0) { $0 + $1.rowsRejected }
        result.rowsRead += skipped
        result.rowsRejected += skipped
        return result
    }

    /// Reads and scores every file without blocking a cooperative thread: the work runs on
    /// Dispatch's threads; see ``evaluate(_:)-(_)``.
    public func evaluate(_ files: [URL]) async throws -> EvaluationResult {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try evaluate(files) })
            }
        }
    }

    /// Reads and scores one file, in parallel ranges when it is large.
    ///
    /// - Parameters:
    ///   - url: The file.
    ///   - displayName: The name diagnostics and the result use, as the user gave it.
    public func score(_ url: URL, displayName: String) throws -> ScoredFile {
        let reader = ExportReader(instrument: instrument, layout: layout)
        var csv = try CSVReader(contentsOf: url, displayName: displayName, dialect: dialect)
        var headerRecords: [CSVRecord] = []
        while headerRecords.count < ExportHeader.recordsNeeded, let record = try csv.next() {
            headerRecords.append(record)
        }
        let split = try CSVReader.split(
            contentsOf: url, displayName: displayName, dialect: dialect, parts: workers,
            minimumPartBytes: minimumRangeBytes)
        guard split.ranges.count > 1 else {
            return try scoreInOnePass(&csv, headerRecords: headerRecords, displayName: displayName, reader: reader)
        }
        let firstStart = split.ranges[0].lowerBound
        let (instrument, framework, policy, header) = (instrument, framework, policy, headerRecords)
        let parallel = try CSVReader.readInParallel(contentsOf: url, displayName: displayName, split: split) { csv in
            // Each range builds its own tables, so no two threads touch the same reference counts.
            var scorer = Scorer(instrument: instrument, framework: framework, policy: policy)
            let own = try reader.prepare(header: header, file: displayName)
            let summary = try reader.read(
                records: { each in try csv.forEachRecord(each) }, prepared: own,
                includesHeader: csv.endOffset == firstStart, file: displayName
            ) { scorer.add($0) }
            return ScoredFile(scorer: scorer, summary: summary, encoding: csv.encoding)
        }
        var merged = parallel.partials[0]
        for (index, partial) in parallel.partials.enumerated().dropFirst() {
            merged.scorer.merge(partial.scorer)
            merged.summary.rowsRead += partial.summary.rowsRead
            merged.summary.rowsRejected += partial.summary.rowsRejected
            merged.summary.respondents += partial.summary.respondents
            merged.summary.diagnostics.merge(partial.summary.diagnostics, lineOffset: parallel.lineOffsets[index])
        }
        merged.summary.diagnostics.append(contentsOf: parallel.diagnostics)
        if merged.summary.rowsRead == 0 { merged.summary.diagnostics.append(Self.noData(displayName)) }
        merged.summary.diagnostics.sortByPlace()
        return merged
    }

    /// Scores the rest of a file whose first records `csv` has already read into `headerRecords`.
    private func scoreInOnePass(
        _ csv: inout CSVReader, headerRecords: [CSVRecord], displayName: String, reader: ExportReader
    ) throws -> ScoredFile {
        let prepared = try reader.prepare(header: headerRecords, file: displayName)
        var scorer = Scorer(instrument: instrument, framework: framework, policy: policy)
        var summary = try reader.read(
            records: { each in
                for record in headerRecords { try each(record) }
                try csv.forEachRecord(each)
            }, prepared: prepared, includesHeader: true, file: displayName
        ) { scorer.add($0) }
        summary.diagnostics.append(contentsOf: csv.diagnostics)
        if summary.rowsRead == 0 { summary.diagnostics.append(Self.noData(displayName)) }
        summary.diagnostics.sortByPlace()
        return ScoredFile(scorer: scorer, summary: summary, encoding: csv.encoding)
    }

    private static func noData(_ file: String) -> Diagnostic {
        .noData(file: file)
    }
}
