import Foundation
import LISO

/// Writes a command's result to standard output, or to `--output FILE` atomically.
struct ResultWriter {
    /// The path the user gave with `--output`, or `nil` (or `-`) for standard output.
    var path: String?

    /// Writes `text` to the destination.
    ///
    /// - Throws: `LISOError` of kind `outputUnwritable` when the file cannot be written; the
    ///   destination is then left as it was.
    func write(_ text: String, context: CommandContext) throws(LISOError) {
        guard let path, path != "-" else {
            context.output.write(text)
            return
        }
        try AtomicFileWriter(destination: context.url(for: path), displayName: path).write(text)
    }
}
