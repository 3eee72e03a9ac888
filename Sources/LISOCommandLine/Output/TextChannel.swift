import Foundation

/// Where a command writes text: a file handle (standard output or standard error), or a buffer
/// that tests read.
package final class TextChannel: TextOutputStream {
    /// The file handle written to, or `nil` for a buffer.
    private let handle: FileHandle?
    /// Everything written, when the channel is a buffer.
    package private(set) var text = ""

    /// A channel that writes through to a file handle, unbuffered (prompts appear at once).
    package init(_ handle: FileHandle) { self.handle = handle }

    /// A channel that keeps what is written in ``text``.
    package init() { handle = nil }

    /// Writes a string.
    package func write(_ string: String) {
        if let handle {
            handle.write(Data(string.utf8))
        } else {
            text += string
        }
    }

    /// Writes a string and a line break.
    package func line(_ string: String = "") { write(string + "\n") }
}
