import Foundation
import LISO

/// Export files read and scored: one scorer per set (one set for `score`; two for `compare`),
/// the files' summaries and every diagnostic, in input order.
struct ScoredFiles {
    /// The scorers, one per set.
    var scorers: [Scorer]
    /// Each file as the result reports it.
    var sources: [SourceSummary] = []
    /// Every diagnostic of every file (capped per kind by the export reader).
    var diagnostics: [Diagnostic] = []
    /// Fully empty rows the export reader skipped, which the scorers never saw, per set.
    var skippedRows: [Int]
    /// The library's whole-file evaluation: reads a large file in parallel ranges.
    var evaluation: ExportEvaluation

    /// Reads `files` in order and scores every response into one scorer.
    init(_ files: [String], options: ScoringOptions, arguments: ParsedArguments, context: CommandContext) throws {
        let reading = ExportFiles(instrument: options.instrument, arguments: arguments, context: context)
        self.init(sets: 1, options: options, reading: reading)
        for file in files {
            try read(file, into: 0, with: reading, context: context)
        }
    }

    /// Empty scorers for `sets` sets.
    init(sets: Int, options: ScoringOptions, reading: ExportFiles) {
        scorers = Array(
            repeating: Scorer(instrument: options.instrument, framework: .liso2023, policy: options.policy),
            count: sets)
        skippedRows = Array(repeating: 0, count: sets)
        evaluation = ExportEvaluation(
            instrument: options.instrument, policy: options.policy, layout: reading.reader.layout,
            dialect: reading.dialect)
    }

    /// Reads one file into set `index`: a file on disk with the library's parallel evaluation,
    /// standard input (or any file while progress is shown) streaming on this thread.
    mutating func read(_ file: String, into index: Int, with reading: ExportFiles, context: CommandContext) throws {
        guard file != "-", !reading.progress.isEnabled else {
            try read(file, with: reading, context: context) { _ in index }
            skippedRows[index] += sources.last?.rowsRejected ?? 0
            return
        }
        let scored = try evaluation.score(context.url(for: file), displayName: file)
        scorers[index].merge(scored.scorer)
        sources.append(scored.source)
        diagnostics += scored.summary.diagnostics.report
        skippedRows[index] += scored.summary.rowsRejected
    }

    /// Reads one file on this thread; `set` picks the scorer of each response (or `nil` to leave
    /// it out).
    mutating func read(
        _ file: String, with reading: ExportFiles, context: CommandContext, set: (Response) -> Int?
    ) throws {
        var scorers = self.scorers
        let (summary, encoding) = try reading.read(file, context: context) { response in
            if let index = set(response) { scorers[index].add(response) }
        }
        self.scorers = scorers
        sources.append(SourceSummary(summary, encoding: encoding))
        diagnostics += summary.diagnostics.report
    }

    /// The result of set `index`, with the rows the export reader skipped counted as read and
    /// rejected.
    func result(_ index: Int = 0) -> EvaluationResult {
        var result = scorers[index].result(sources: sources, diagnostics: diagnostics)
        result.rowsRead += skippedRows[index]
        result.rowsRejected += skippedRows[index]
        return result
    }

    /// The one-line summary on standard error, for example
    /// `scored 84 respondents from 1 file (85 rows read, 1 rejected); 2 warnings, 3 notes`.
    func summaryLine(_ result: EvaluationResult) -> String {
        "scored \(Self.counted(result.respondents, "respondent")) from \(Self.counted(sources.count, "file")) "
            + "(\(Self.counted(result.rowsRead, "row")) read, \(result.rowsRejected) rejected); "
            + DiagnosticPrinter.tally(diagnostics)
    }

    /// A count with its noun, singular for one: `1 respondent`, `2 files`.
    static func counted(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
