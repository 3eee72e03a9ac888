import Foundation
import LISO

/// The pipeline's stages after reading: decoding, scoring, rendering.
extension StageBodies {
    /// How many responses the scoring stages decode before timing and then score in turn.
    static let sampleSize = 10_000

    /// Reads and decodes `file` into responses, passing each to `body`.
    static func decode(_ file: URL, _ body: (Response) throws -> Void) throws -> ExportReader.Summary {
        var csv = try CSVReader(contentsOf: file, displayName: file.lastPathComponent)
        return try ExportReader(instrument: .lisoFull).read(
            records: { each in try csv.forEachRecord(each) }, file: file.lastPathComponent, body)
    }

    /// The first responses of `file`, at most ``sampleSize``.
    static func sample(of file: URL) throws -> [Response] {
        var responses: [Response] = []
        struct Enough: Error {}
        do {
            _ = try decode(file) { response in
                responses.append(response)
                if responses.count == sampleSize { throw Enough() }
            }
        } catch is Enough {}
        return responses
    }

    /// The decode stage: the CSV reader and the decoder, every response handed on and dropped.
    static func decodeStage(_ file: URL) -> () async throws -> Int {
        {
            var answers = 0
            let summary = try decode(file) { answers &+= $0.answers.count }
            return summary.rowsRead &+ answers
        }
    }

    /// The score stage, one core: `rows` responses (the sample, cycled) added to one scorer, then
    /// the result computed.
    static func scoreStage(_ file: URL, rows: Int) throws -> () async throws -> Int {
        let sample = try sample(of: file)
        return {
            var scorer = Scorer(instrument: .lisoFull)
            for index in 0..<rows { scorer.add(sample[index % sample.count]) }
            return scorer.result().respondents
        }
    }

    /// The render stage: the result of the whole file (scored before timing, grouped by network,
    /// perspective and role) built into a report and written as JSON.
    static func renderStage(_ file: URL) throws -> () async throws -> Int {
        var scorer = Scorer(instrument: .lisoFull)
        _ = try decode(file) { scorer.add($0) }
        let result = scorer.result()
        return {
            let report = Report(result: result, instrument: .lisoFull, language: .english)
            return JSONRenderer().render(report).utf8.count
        }
    }
}
