import Foundation
import LISO

/// The whole job through the library, on every core: what `liso score FILE --format json --by
/// perspective` does, with the file read in ranges that are decoded and scored at once.
extension StageBodies {
    /// The policy of `--by perspective`.
    static let byPerspective = ScoringPolicy(groupings: [[.perspective]])

    /// The end-to-end stage: `CSVReader.readInParallel` with one range per processor; each range
    /// gets the file's header record first (so `ExportReader` maps its columns), then its own
    /// records, decoded into a scorer of its own; the scorers are merged, the result is built
    /// into a report and written as JSON.
    static func endToEndStage(_ file: URL) throws -> () async throws -> Int {
        let header = try headerRecord(of: file)
        return {
            let report = Report(
                result: try parallelResult(file, header: header), instrument: .lisoFull, language: .english)
            return JSONRenderer().render(report).utf8.count
        }
    }

    /// The check of the end-to-end stage, run in a child of its own so its memory is not counted:
    /// the parallel result must equal one pass over the file (the same respondents and, per
    /// group and element, the same n, and means and SDs within 1e-9).
    static func endToEndCheck(_ file: URL) throws -> () async throws -> Int {
        let header = try headerRecord(of: file)
        return {
            var single = Scorer(instrument: .lisoFull, policy: byPerspective)
            _ = try decode(file) { single.add($0) }
            let result = single.result()
            try check(try parallelResult(file, header: header), equals: result)
            return result.respondents
        }
    }

    /// The first record of `file`.
    static func headerRecord(of file: URL) throws -> CSVRecord {
        var reader = try CSVReader(contentsOf: file, displayName: file.lastPathComponent)
        guard let header = try reader.next() else { throw BenchmarkError.child("'\(file.lastPathComponent)' is empty") }
        return header
    }

    /// The file scored in ranges on every core, the partial scorers merged.
    static func parallelResult(_ file: URL, header: CSVRecord) throws -> EvaluationResult {
        let name = file.lastPathComponent
        let read = try CSVReader.readInParallel(
            contentsOf: file, displayName: name, parts: ProcessMetrics.processorCount
        ) { reader in
            var scorer = Scorer(instrument: .lisoFull, policy: byPerspective)
            let startsTheFile = reader.endOffset == 0
            _ = try ExportReader(instrument: .lisoFull).read(
                records: { each in
                    if !startsTheFile { try each(header) }
                    try reader.forEachRecord(each)
                }, file: name
            ) { scorer.add($0) }
            return scorer
        }
        var scorer = Scorer(instrument: .lisoFull, policy: byPerspective)
        for partial in read.partials { scorer.merge(partial) }
        return scorer.result()
    }

    /// Throws unless two results have the same respondents and element figures per group.
    static func check(_ parallel: EvaluationResult, equals single: EvaluationResult) throws {
        func close(_ a: Double?, _ b: Double?) -> Bool {
            guard let a, let b else { return a == nil && b == nil }
            return abs(a - b) <= 1e-9
        }
        let agree =
            parallel.respondents == single.respondents && parallel.groups.count == single.groups.count
            && zip([parallel.overall] + parallel.groups, [single.overall] + single.groups).allSatisfy { p, s in
                p.value == s.value && p.elements.count == s.elements.count
                    && zip(p.elements, s.elements).allSatisfy { a, b in
                        a.n == b.n && close(a.mean, b.mean) && close(a.sd, b.sd)
                    }
            }
        guard agree else { throw BenchmarkError.child("the parallel result differs from one pass over the file") }
    }
}
