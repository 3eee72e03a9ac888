/// An error that stops work on one input or output: the file is unusable, missing, or the
/// report cannot be written. Problems in single cells are ``Diagnostic``s, not errors.
public struct LISOError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is; the command line maps each kind to its exit status.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The input cannot be used: bad encoding, unterminated quote, no item mapped, bad instrument.
        case inputUnusable
        /// The input file does not exist or is not a file.
        case inputMissing
        /// The output cannot be written.
        case outputUnwritable
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// The problems, the first one the cause; each has its place where known.
    public var diagnostics: [Diagnostic]

    /// Creates an error from its diagnostics.
    public init(_ kind: Kind, diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    /// Creates an error from a single diagnostic.
    public init(_ kind: Kind, _ diagnostic: Diagnostic) {
        self.init(kind, diagnostics: [diagnostic])
    }

    /// The diagnostics, one per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
