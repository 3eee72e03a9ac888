extension ExportEvaluation {
    /// The run, on one Dispatch thread (and the ranges of a large file on more): every input's
    /// presence, then every input's header, then the instrument, then every input's rows.
    func run(_ inputs: [ExportInput], control: RunControl) throws -> Outcome {
        let opened = try open(inputs, control: control)
        let (instrument, prepared) = chooseInstrument(for: opened)
        let makeScorer = { @Sendable [framework, policy] in
            Scorer(instrument: instrument, framework: framework, policy: policy)
        }
        var outcome = Outcome(
            instrument: instrument, setNames: partition.map { $0.names(of: inputs) }, makeScorer: makeScorer)
        let routing: SetSinks.Routing =
            if case .byKey(let names, let key) = partition?.rule { .byKey(names: names, key: key) } else { .one }
        for index in inputs.indices {
            try control.checkCancellation()
            do {
                var export = try opened[index].get()
                let (reading, sinks) = try read(
                    &export, prepared: prepared[index].get(), instrument: instrument, routing: routing,
                    control: control, makeScorer: makeScorer)
                outcome.add(reading, sinks, ofInput: index, partition: partition?.rule)
            } catch let error as LISOError where skipsUnusableInputs {
                outcome.add(unusable: error)
            }
        }
        return outcome
    }

    /// Checks that every file is there, then reads every input's header. An input that cannot
    /// be used stops the run (a missing file before any header is read), or is kept as a failure
    /// when the run skips such inputs.
    private func open(_ inputs: [ExportInput], control: RunControl) throws -> [Result<OpenedExport, LISOError>] {
        let present = inputs.map { input in Result { () throws(LISOError) in try input.checkPresent() } }
        if !skipsUnusableInputs {
            for check in present { try check.get() }
        }
        var opened: [Result<OpenedExport, LISOError>] = []
        for (index, input) in inputs.enumerated() {
            try control.checkCancellation()
            let opening = Result { () throws(LISOError) in
                try present[index].get()
                return try OpenedExport(
                    input, index: index, layout: layout, dialect: dialect, parts: workers,
                    minimumPartBytes: minimumRangeBytes)
            }
            if !skipsUnusableInputs { _ = try opening.get() }
            opened.append(opening)
        }
        return opened
    }

    /// The instrument to score with, and each opened input's header mapped onto it.
    ///
    /// The built-in short form is chosen when every input maps each of its items and the full
    /// form maps no more, so that the items a short-form survey never asked are not reported as
    /// missing columns.
    private func chooseInstrument(
        for opened: [Result<OpenedExport, LISOError>]
    ) -> (Instrument, [Result<ExportReader.Prepared, LISOError>]) {
        func prepare(_ instrument: Instrument) -> [Result<ExportReader.Prepared, LISOError>] {
            let reader = ExportReader(instrument: instrument, layout: layout)
            return opened.map { opening in
                Result { () throws(LISOError) in
                    let export = try opening.get()
                    return try reader.prepare(export.heading, file: export.name)
                }
            }
        }
        switch instrument {
        case .given(let given):
            return (given, prepare(given))
        case .builtInForm:
            let (short, full) = (Instrument.builtIn(form: .short), Instrument.builtIn(form: .full))
            let (asShort, asFull) = (prepare(short), prepare(full))
            let mapped = { (prepared: Result<ExportReader.Prepared, LISOError>) in
                (try? prepared.get())?.mapping.itemColumns.count { $0 != nil } ?? 0
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
