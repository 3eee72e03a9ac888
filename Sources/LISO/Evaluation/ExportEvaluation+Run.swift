extension ExportEvaluation {
    /// The run, on one Dispatch thread (and the ranges of a large file on more): every input's
    /// presence, then every input's header, then the instrument, then every input's rows.
    func run(_ inputs: [ExportInput], control: RunControl) throws -> Outcome {
        var failures = [LISOError?](repeating: nil, count: inputs.count)
        for (index, input) in inputs.enumerated() {
            do throws(LISOError) {
                try input.checkPresent()
            } catch {
                guard skipsUnusableInputs else { throw error }
                failures[index] = error
            }
        }
        var opened: [OpenedExport?] = []
        for (index, input) in inputs.enumerated() {
            try control.checkCancellation()
            guard failures[index] == nil else {
                opened.append(nil)
                continue
            }
            do throws(LISOError) {
                opened.append(
                    try OpenedExport(
                        input, index: index, layout: layout, dialect: dialect, parts: workers,
                        minimumPartBytes: minimumRangeBytes))
            } catch {
                guard skipsUnusableInputs else { throw error }
                failures[index] = error
                opened.append(nil)
            }
        }
        let (instrument, prepared) = chooseInstrument(for: opened)
        let makeScorer = { @Sendable [framework, policy] in
            Scorer(instrument: instrument, framework: framework, policy: policy)
        }
        var whole = RespondentSet(name: nil, scorer: makeScorer(), sources: [], diagnostics: [])
        var sets = (partition?.names(of: inputs) ?? []).map {
            RespondentSet(name: $0, scorer: makeScorer(), sources: [], diagnostics: [])
        }
        let routing: SetSinks.Routing =
            if case .byKey(let names, let key) = partition?.rule { .byKey(names: names, key: key) } else { .one }
        var readings: [Result<ExportReader.Summary, LISOError>] = []
        var respondentsByKey: [String: Int] = [:]
        for index in inputs.indices {
            try control.checkCancellation()
            do {
                if let failure = failures[index] { throw failure }
                guard var export = opened[index], let header = prepared[index] else { continue }
                let (summary, sinks) = try read(
                    &export, prepared: header.get(), instrument: instrument, routing: routing, control: control,
                    makeScorer: makeScorer)
                readings.append(.success(summary))
                whole.add(sinks.scorers, of: summary)
                respondentsByKey.merge(sinks.respondentsByKey, uniquingKeysWith: +)
                switch partition?.rule {
                case nil: break
                case .eachInput: sets[index].add(sinks.scorers, of: summary)
                case .byKey:
                    for set in sets.indices where sinks.scorers[set].rowsRead > 0 {
                        sets[set].add([sinks.scorers[set]], of: summary)
                    }
                }
            } catch let error as LISOError where skipsUnusableInputs {
                readings.append(.failure(error))
                whole.diagnostics += error.diagnostics
            }
        }
        return Outcome(
            instrument: instrument, inputs: readings, whole: whole, sets: partition == nil ? [whole] : sets,
            respondentsByKey: respondentsByKey)
    }

    /// The instrument to score with, and each opened input's header mapped onto it.
    ///
    /// The built-in short form is chosen when every input maps each of its items and the full
    /// form maps no more, so that the items a short-form survey never asked are not reported as
    /// missing columns.
    private func chooseInstrument(
        for opened: [OpenedExport?]
    ) -> (Instrument, [Result<ExportReader.Prepared, LISOError>?]) {
        func prepare(_ instrument: Instrument) -> [Result<ExportReader.Prepared, LISOError>?] {
            let reader = ExportReader(instrument: instrument, layout: layout)
            return opened.map { export in
                export.map { export in
                    Result { () throws(LISOError) in try reader.prepare(export.heading, file: export.name) }
                }
            }
        }
        switch instrument {
        case .given(let given):
            return (given, prepare(given))
        case .builtInForm:
            let (short, full) = (Instrument.builtIn(form: .short), Instrument.builtIn(form: .full))
            let (asShort, asFull) = (prepare(short), prepare(full))
            let mapped = { (prepared: Result<ExportReader.Prepared, LISOError>?) in
                (try? prepared?.get())?.mapping.itemColumns.count { $0 != nil } ?? 0
            }
            let fitsShort =
                !opened.isEmpty
                && opened.indices.allSatisfy { index in
                    mapped(asShort[index]) == short.items.count && mapped(asFull[index]) == short.items.count
                }
            return fitsShort ? (short, asShort) : (full, asFull)
        }
    }
}
