import LISO

/// The exit status of a `liso` run, as the command-line contract documents it.
public enum ExitCode: Int32, CaseIterable, Hashable, Sendable {
    /// The command did its job.
    case success = 0
    /// The command finished but found data problems (`validate`, or any command with `--strict`).
    case dataProblems = 1
    /// The command line itself is wrong: an unknown command or option, a missing or bad value.
    case usage = 64
    /// An input cannot be used: no item column mapped, a bad instrument file, a broken CSV file.
    case inputUnusable = 65
    /// An input file is missing, or is a directory.
    case inputMissing = 66
    /// The output cannot be written.
    case outputUnwritable = 74

    /// The exit status for a library error of the given kind.
    public init(_ kind: LISOError.Kind) {
        switch kind {
        case .inputUnusable: self = .inputUnusable
        case .inputMissing: self = .inputMissing
        case .outputUnwritable: self = .outputUnwritable
        }
    }
}
