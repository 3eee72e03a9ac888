/// How an ``ExportEvaluation`` divides respondents into sets, for example the two sides of a
/// comparison: each input its own set, or one set per wave. Every set gets a result of its own,
/// with only its own sources and diagnostics; rows in no set still count in the whole.
///
/// ```swift
/// var evaluation = try ExportEvaluation(instrument: .lisoFull)
/// evaluation.partition = .waves(["2025-voorjaar", "2025-najaar"])
/// let outcome = try await evaluation.evaluate([.file(URL(filePath: "leernetwerken.csv"))])
/// let (before, after) = (outcome.sets[0].result(), outcome.sets[1].result())
/// ```
public struct ExportPartition: Sendable {
    /// How a row's set is chosen.
    package enum Rule: Sendable {
        /// Every input is a set of its own, named as the input.
        case eachInput
        /// The set whose name equals the row's key; no set when the key matches none.
        case byKey(names: [String], key: @Sendable (Response) -> String?)
    }

    /// How a row's set is chosen.
    package var rule: Rule

    /// Every input a set of its own, named as the input: two files compared.
    public static let eachInput = ExportPartition(rule: .eachInput)

    /// One set per wave, in the order given; respondents of other waves, or of none, are in no set.
    public static func waves(_ waves: [String]) -> ExportPartition {
        byKey(names: waves) { $0.wave }
    }

    /// One set per name, in the order given: a row is in the set whose name equals its `key`, and
    /// in none when the key is `nil` or names no set.
    ///
    /// - Parameters:
    ///   - names: The sets' names, which the keys are compared with.
    ///   - key: The key of a row, for example its wave; called on several threads at once.
    public static func byKey(names: [String], key: @escaping @Sendable (Response) -> String?) -> ExportPartition {
        ExportPartition(rule: .byKey(names: names, key: key))
    }

    /// The sets' names, given the run's inputs.
    func names(of inputs: [ExportInput]) -> [String] {
        switch rule {
        case .eachInput: inputs.map(\.name)
        case .byKey(let names, _): names
        }
    }
}
