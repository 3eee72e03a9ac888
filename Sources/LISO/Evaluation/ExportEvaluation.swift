import Foundation

/// One run over a set of exports: reads each input's header once, reads its rows (a large file
/// in ranges on every core), decodes and scores them, and gives the whole set and, with a
/// ``partition``, each set of respondents with its own sources and diagnostics.
///
/// The instrument, framework and policy are fixed when the evaluation is made, and checked
/// against each other. The run reports its progress to an observer and stops when its task is
/// cancelled.
///
/// ```swift
/// let evaluation = try ExportEvaluation(instrument: .lisoFull)
/// let outcome = try await evaluation.evaluate([.file(URL(filePath: "exports/wave1.csv"))])
/// let result = outcome.whole.result()
/// print(result.overall.elements.map { ($0.id, $0.mean) })
/// ```
public struct ExportEvaluation: Sendable {
    /// Which instrument a run scores with.
    public enum InstrumentChoice: Hashable, Sendable {
        /// This instrument.
        case given(Instrument)
        /// The built-in short form when every input carries exactly its items, otherwise the
        /// built-in full form; see ``QuestionnaireForm``.
        case builtInForm
    }

    /// The instrument the exports answer, or how it is chosen.
    public let instrument: InstrumentChoice
    /// The framework whose elements, phases and roles the result uses.
    public let framework: EvaluationFramework
    /// The scoring rules.
    public let policy: ScoringPolicy
    /// The export layout to assume instead of detecting it.
    public var layout: ExportLayout?
    /// The CSV dialect; by default the delimiter is detected.
    public var dialect: CSVDialect
    /// How respondents are divided into sets; `nil` for one set, the whole.
    public var partition: ExportPartition?
    /// Whether an input that cannot be used is recorded in ``Outcome/inputs`` and left out,
    /// instead of stopping the run.
    public var skipsUnusableInputs = false
    /// How many diagnostics of each kind are kept per input; the rest are counted.
    public var diagnosticLimit = 100
    /// How many ranges a large file is read in at once; defaults to the active processor count.
    public var workers: Int
    /// Files smaller than this many bytes per worker are read in one pass.
    public var minimumRangeBytes: Int

    /// Creates an evaluation with an instrument of its own.
    ///
    /// - Throws: `LISOError(.inputUnusable)` when the instrument is written for another framework.
    public init(
        instrument: Instrument, framework: EvaluationFramework = .liso2023, policy: ScoringPolicy = .standard,
        layout: ExportLayout? = nil, dialect: CSVDialect = .automatic,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, minimumRangeBytes: Int = 4 << 20
    ) throws(LISOError) {
        try self.init(
            .given(instrument), framework: framework, policy: policy, layout: layout, dialect: dialect,
            workers: workers, minimumRangeBytes: minimumRangeBytes)
    }

    /// Creates an evaluation; every argument but the instrument has the documented default.
    ///
    /// - Throws: `LISOError(.inputUnusable)` when the instrument, or the built-in one, is
    ///   written for another framework.
    public init(
        _ instrument: InstrumentChoice, framework: EvaluationFramework = .liso2023,
        policy: ScoringPolicy = .standard, layout: ExportLayout? = nil, dialect: CSVDialect = .automatic,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, minimumRangeBytes: Int = 4 << 20
    ) throws(LISOError) {
        let candidates: [Instrument] =
            switch instrument {
            case .given(let given): [given]
            case .builtInForm: QuestionnaireForm.allCases.map(Instrument.builtIn(form:))
            }
        for candidate in candidates where candidate.framework != framework.id {
            throw LISOError(
                .inputUnusable,
                Diagnostic(
                    .error, kind: .frameworkMismatch,
                    .frameworkMismatch(instrument: candidate.id, written: candidate.framework, run: framework.id)))
        }
        self.instrument = instrument
        self.framework = framework
        self.policy = policy
        self.layout = layout
        self.dialect = dialect
        self.workers = max(1, workers)
        self.minimumRangeBytes = minimumRangeBytes
    }

    /// Reads, decodes and scores every input, in order, without blocking a cooperative thread:
    /// the work runs on Dispatch's threads.
    ///
    /// - Parameters:
    ///   - inputs: The exports, in the order their sources are reported.
    ///   - progress: Called with the progress of the input being read, from the threads that read
    ///     it, never twice at once.
    /// - Returns: The whole set and each set of the partition.
    /// - Throws: `LISOError` for an input that is missing (`.inputMissing`) or unusable
    ///   (`.inputUnusable`), unless ``skipsUnusableInputs``; `CancellationError` when the task is
    ///   cancelled, checked between inputs and every few thousand rows.
    /// - Complexity: O(*n*) in the inputs' bytes, a large file spread over ``workers`` cores;
    ///   memory does not grow with the number of rows.
    public func evaluate(
        _ inputs: [ExportInput], progress: (@Sendable (EvaluationProgress) -> Void)? = nil
    ) async throws -> Outcome {
        try Task.checkCancellation()
        let control = RunControl(observer: progress)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global().async {
                    continuation.resume(with: Result { try run(inputs, control: control) })
                }
            }
        } onCancel: {
            control.cancel()
        }
    }
}
