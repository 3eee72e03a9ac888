// The diagnostics of setting up a run, and their messages.

extension Diagnostic.Kind {
    /// The instrument is written for another framework than the run's.
    public static let frameworkMismatch: Self = "framework-mismatch"
}

extension Diagnostic.Message {
    /// `instrument 'x' is written for framework 'liso-2025', not for 'liso-2023'`.
    package static func frameworkMismatch(
        instrument: Instrument.ID, written: EvaluationFramework.ID, run: EvaluationFramework.ID
    ) -> Self {
        Self(
            en: "instrument '\(instrument)' is written for framework '\(written)', not for '\(run)'",
            nl: "vragenlijst '\(instrument)' is gemaakt voor kader '\(written)', niet voor '\(run)'")
    }
}
