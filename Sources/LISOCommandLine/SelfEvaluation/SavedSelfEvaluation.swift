import Foundation
import LISO

/// Reads a saved self-evaluation back: which form it was answered on, and its answers, decoded
/// by the library's export reader exactly as `liso score` would read the file.
enum SavedSelfEvaluation {
    /// Loads the file at `path`.
    ///
    /// - Throws: `LISOError` (`inputMissing` when the file is absent, `inputUnusable` when it
    ///   holds no response row).
    static func load(_ path: String, context: CommandContext) throws -> (Instrument, SelfEvaluationAnswers) {
        let url = context.url(for: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw LISOError(
                .inputMissing, Diagnostic(.error, kind: "input-missing", "no such file '\(path)'", file: nil))
        }
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let header = text.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
        let instrument = Instrument.builtIn(form: SelfEvaluationFile.form(ofHeader: String(header)))
        guard !instrument.items.isEmpty else {
            throw LISOError(
                .inputUnusable,
                Diagnostic(.error, kind: "no-response", "'\(path)' holds no saved self-evaluation", file: path))
        }
        return (instrument, SelfEvaluationAnswers(instrument: instrument))
    }
}
