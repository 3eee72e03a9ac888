import Foundation
import LISO

/// Reads a saved self-evaluation back: which form it was answered on, and its answers, decoded
/// by the library's CSV and export readers exactly as `liso score` reads the file.
enum SavedSelfEvaluation {
    /// Loads the file at `path`.
    ///
    /// - Throws: `LISOError`: `inputMissing` when the file is absent or a folder,
    ///   `inputUnusable` when it is not a self-evaluation (no item mapped, no response row).
    static func load(_ path: String, context: CommandContext) throws -> (Instrument, SelfEvaluationAnswers) {
        try ExportInput.file(context.url(for: path), name: path).checkPresent()
        var csv = try CSVReader(contentsOf: context.url(for: path), displayName: path)
        guard let header = try csv.next() else { throw notSaved(path) }
        let instrument = Instrument.builtIn(
            form: SelfEvaluationFile.form(ofHeader: header.fields.joined(separator: ",")))
        var csvAgain = try CSVReader(contentsOf: context.url(for: path), displayName: path)
        var saved: Response?
        _ = try ExportReader(instrument: instrument, layout: .generic).read(
            records: { each in try csvAgain.forEachRecord(each) }, file: path
        ) { response in
            if saved == nil { saved = response }
        }
        guard let saved else { throw notSaved(path) }
        return (instrument, SelfEvaluationAnswers(resuming: saved, instrument: instrument))
    }

    /// The error for a file that holds no saved self-evaluation.
    private static func notSaved(_ path: String) -> LISOError {
        LISOError(
            .inputUnusable,
            Diagnostic(.error, kind: .noResponse, .noSavedSelfEvaluation(path), file: path))
    }
}

extension Diagnostic.Kind {
    /// A file given to resume a self-evaluation holds no saved answers.
    static let noResponse: Self = "no-response"
}

extension Diagnostic.Message {
    /// `'answers.csv' holds no saved self-evaluation`.
    static func noSavedSelfEvaluation(_ path: String) -> Self { "'\(path)' holds no saved self-evaluation" }
}
