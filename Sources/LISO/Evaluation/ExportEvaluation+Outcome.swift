extension ExportEvaluation {
    /// What a run gives: the instrument it scored with, what each input gave, the whole set of
    /// respondents and, with a partition, each set.
    public struct Outcome: Sendable {
        /// The instrument the responses were scored with (the built-in form chosen, when the run
        /// was asked to choose).
        public var instrument: Instrument
        /// What reading each input found, in input order; an input that could not be used has
        /// its error here when the run skips such inputs (``ExportEvaluation/skipsUnusableInputs``).
        public var inputs: [Result<ExportReader.Summary, LISOError>]
        /// Every row of every input: what `liso score` publishes for the same data.
        public var whole: RespondentSet
        /// One entry per set of the partition, in its order; `[whole]` without a partition.
        public var sets: [RespondentSet]
        /// With a partition by key: how many respondents each key value has, over every input,
        /// whether or not it names a set (for example every wave found); empty otherwise.
        public var respondentsByKey: [String: Int]
    }

    /// One set of respondents of a run, accumulated: its scorer, its own sources and its own
    /// diagnostics.
    public struct RespondentSet: Sendable {
        /// The set's name in the partition; `nil` for the whole.
        public var name: String?
        /// The accumulators of the set's rows.
        public var scorer: Scorer
        /// Each input the set has rows from, with the counts of those rows only.
        public var sources: [SourceSummary]
        /// The diagnostics of the set's inputs, in input order.
        public var diagnostics: [Diagnostic]

        /// The set's result, with its sources and diagnostics; `rowsRead` and `rowsRejected`
        /// equal the sums over ``sources``.
        ///
        /// - Complexity: O(*groups* × accumulator size), independent of the number of rows.
        public func result() -> EvaluationResult {
            scorer.result(sources: sources, diagnostics: diagnostics)
        }

        /// Adds rows of one input: the scorers of its parts in this set, and its source with the
        /// counts of those rows.
        mutating func add(_ parts: some Sequence<Scorer>, of reading: ExportReader.Summary) {
            var own = reading
            (own.rowsRead, own.respondents) = (0, 0)
            for part in parts {
                scorer.merge(part)
                own.rowsRead += part.rowsRead
                own.respondents += part.respondents
            }
            own.rowsRejected = own.rowsRead - own.respondents
            sources.append(SourceSummary(own, encoding: reading.encoding ?? .utf8))
            diagnostics += reading.diagnostics.report
        }
    }
}
