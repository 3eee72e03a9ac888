import Foundation
import LISO

/// The whole job through the library: what `liso score FILE --format json --by perspective`
/// does, with `ExportEvaluation` reading the file in ranges on every core.
extension StageBodies {
    /// The policy of `--by perspective`.
    static let byPerspective = ScoringPolicy(groupings: [[.perspective]])

    /// The end-to-end stage: `ExportEvaluation` reads, decodes and scores the file on every core
    /// (one range per processor), then the result is built into a report and written as JSON.
    static func endToEndStage(_ file: URL) -> () async throws -> Int {
        {
            let evaluation = try ExportEvaluation(instrument: .lisoFull, policy: byPerspective)
            let result = try await evaluation.evaluate([.file(file)]).whole.result()
            let report = Report(result: result, instrument: .lisoFull, language: .english)
            return JSONRenderer().render(report).utf8.count
        }
    }

    /// The check of the end-to-end stage, run in a child of its own so its memory is not counted:
    /// the parallel result must equal one pass over the file by `CSVReader`, `ExportReader` and
    /// one `Scorer` (the same respondents and, per group and element, the same n, and means and
    /// SDs within 1e-9).
    static func endToEndCheck(_ file: URL) -> () async throws -> Int {
        {
            var single = Scorer(instrument: .lisoFull, policy: byPerspective)
            _ = try decode(file) { single.add($0) }
            let expected = single.result()
            let evaluation = try ExportEvaluation(
                instrument: .lisoFull, policy: byPerspective, workers: 2, minimumRangeBytes: 1 << 16)
            try check(try await evaluation.evaluate([.file(file)]).whole.result(), equals: expected)
            return expected.respondents
        }
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
