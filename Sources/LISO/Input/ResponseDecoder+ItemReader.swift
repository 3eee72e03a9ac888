/// The part of ``ResponseDecoder`` that reads item cells, computed once from the header and
/// shared, so that decoding a row copies nothing.
final class ItemReader: Sendable {
    /// The file's name as the user gave it, for diagnostics.
    let file: String
    /// Per item, in instrument order: its column (or `-1`) and its scale's lookup index.
    let plan: [(column: Int, lookup: Int)]
    /// The answer of each single digit, ten entries per lookup: the fast path.
    let digitAnswers: [Answer?]
    let itemIDs: [Item.ID]
    let lookups: [AnswerLookup]

    init(mapping: ColumnMapping, instrument: Instrument, file: String) {
        self.file = file
        var lookups: [AnswerLookup] = []
        var lookupOfScale: [ResponseScale.ID: Int] = [:]
        let emptyScale = ResponseScale(id: "", values: [], missing: [])
        plan = instrument.items.enumerated().map { index, item in
            let lookup: Int
            if let known = lookupOfScale[item.scale] {
                lookup = known
            } else {
                lookup = lookups.count
                lookupOfScale[item.scale] = lookup
                var scale = instrument.scale(of: item) ?? emptyScale
                scale.id = item.scale
                lookups.append(AnswerLookup(scale: scale))
            }
            return (mapping.itemColumns[index] ?? -1, lookup)
        }
        self.lookups = lookups
        itemIDs = instrument.items.map(\.id)
        digitAnswers = lookups.flatMap(\.digits)
    }

    /// Writes the answers of `record`, whose bytes are `base`, into `answers`.
    func fill(
        _ answers: UnsafeMutableBufferPointer<Answer>, from record: CSVRecord, base: UnsafeBufferPointer<UInt8>,
        scratch: inout [UInt8], log: inout DiagnosticLog
    ) {
        let fieldCount = record.count
        digitAnswers.withUnsafeBufferPointer { digits in
            plan.withUnsafeBufferPointer { plans in
                for index in 0..<plans.count {
                    let plan = plans[index]
                    if plan.column < 0 || plan.column >= fieldCount {
                        answers[index] = .unanswered
                        continue
                    }
                    let raw = UnsafeBufferPointer(rebasing: base[record.range(of: plan.column)])
                    if let fast = Self.fastAnswer(raw, digits: digits, lookup: plan.lookup) {
                        answers[index] = fast
                    } else {
                        answers[index] = slowAnswer(
                            raw, record: record, column: plan.column, item: index, lookup: plan.lookup,
                            scratch: &scratch, log: &log)
                    }
                }
            }
        }
    }

    /// The answer of a cell the fast path does not know, through the scale's lookup; an
    /// invalid cell is reported.
    private func slowAnswer(
        _ raw: UnsafeBufferPointer<UInt8>, record: CSVRecord, column: Int, item: Int, lookup index: Int,
        scratch: inout [UInt8], log: inout DiagnosticLog
    ) -> Answer {
        let lookup = lookups[index]
        let outcome = lookup.decode(raw, scratch: &scratch)
        switch outcome {
        case .answer(let answer):
            return answer
        case .offScale, .unknown:
            report(outcome, record: record, column: column, item: itemIDs[item], lookup: lookup, log: &log)
            return .invalid
        }
    }

    /// The answer of a cell that is empty or a single ASCII digit, without a lookup; `nil` for
    /// any other cell.
    @inline(__always)
    private static func fastAnswer(
        _ raw: UnsafeBufferPointer<UInt8>, digits: UnsafeBufferPointer<Answer?>, lookup: Int
    ) -> Answer? {
        if raw.isEmpty { return .unanswered }
        if raw.count == 1 {
            let digit = raw[0] &- UInt8(ascii: "0")
            if digit < 10 { return digits[lookup * 10 + Int(digit)] }
        }
        return nil
    }

    private func report(
        _ outcome: AnswerLookup.Outcome, record: CSVRecord, column: Int, item: Item.ID, lookup: AnswerLookup,
        log: inout DiagnosticLog
    ) {
        log.append(kind: .invalidValue, severity: .warning) {
            let value = Self.shown(record[column])
            let message: Diagnostic.Message =
                if case .offScale = outcome {
                    .valueOffScale(value, item: item, minimum: lookup.minimum, maximum: lookup.maximum)
                } else {
                    .valueNotOnScale(value, scale: lookup.scaleID, item: item)
                }
            return Diagnostic(.warning, kind: .invalidValue, message, file: file, line: record.line, column: column + 1)
        }
    }

    /// A cell as a message shows it: on one line, at most 40 characters.
    private static func shown(_ cell: String) -> String {
        let flat = String(cell.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        return flat.count > 40 ? String(flat.prefix(39)) + "…" : flat
    }
}
