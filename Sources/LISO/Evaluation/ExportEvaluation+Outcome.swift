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
        public var sets: [RespondentSet] { partitionSets ?? [whole] }
        /// The sets of the partition, when there is one.
        var partitionSets: [RespondentSet]?
        /// With a partition by key: how many respondents each key value has, over every input,
        /// whether or not it names a set (for example every wave found); empty otherwise.
        public var respondentsByKey: [String: Int]

        /// An outcome before any input is read: empty sets, one per name, or none without a
        /// partition.
        init(instrument: Instrument, setNames: [String]?, makeScorer: () -> Scorer) {
            self.instrument = instrument
            inputs = []
            whole = RespondentSet(name: nil, scorer: makeScorer(), sources: [], diagnostics: [])
            partitionSets = setNames?.map {
                RespondentSet(name: $0, scorer: makeScorer(), sources: [], diagnostics: [])
            }
            respondentsByKey = [:]
        }

        /// Adds one input's reading and scorers: to the whole, and to the sets its rows are in.
        mutating func add(
            _ reading: ExportReader.Summary, _ sinks: SetSinks, ofInput index: Int, partition: ExportPartition.Rule?
        ) {
            inputs.append(.success(reading))
            whole.add(sinks.scorers, of: reading)
            respondentsByKey.merge(sinks.respondentsByKey, uniquingKeysWith: +)
            switch partition {
            case nil: break
            case .eachInput: partitionSets?[index].add(sinks.scorers, of: reading)
            case .byKey:
                for set in sinks.scorers.indices.dropLast() where sinks.scorers[set].rowsRead > 0 {
                    partitionSets?[set].add([sinks.scorers[set]], of: reading)
                }
            }
        }

        /// Adds an input that could not be used: its error, and its diagnostics to the whole's.
        mutating func add(unusable error: LISOError) {
            inputs.append(.failure(error))
            whole.diagnostics += error.diagnostics
        }
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
