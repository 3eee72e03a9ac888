/// Turns one data record of an export into a ``Response``: each item's cell into an ``Answer``
/// on the item's scale, the background fields into canonical ids.
///
/// Everything that depends only on the header is computed once, when the decoder is made: per
/// item column a lookup from normalised bytes to the answer and a fast path for a single ASCII
/// digit; cells are read from ``CSVRecord/withUTF8(ofField:_:)`` without creating strings.
/// Columns that identify people are never read.
public struct ResponseDecoder: Sendable {
    /// The file's name as the user gave it, for diagnostics.
    public let file: String
    /// Per item, in instrument order: its column (or `-1`) and its scale's lookup index.
    private let itemPlan: [(column: Int, lookup: Int)]
    private let itemIDs: [Item.ID]
    private let lookups: [AnswerLookup]
    private let respondentColumns: [Int]
    private let networkColumns: [Int]
    private let waveColumns: [Int]
    private let perspectiveColumns: [Int]
    private let roleColumns: [Int]
    private let phaseColumns: [Int]
    private let perspectiveLookup: FieldLookup
    private let roleLookup: FieldLookup
    private let phaseLookup: FieldLookup
    /// Reused storage for normalised cells.
    private var scratch: [UInt8] = []

    /// Creates a decoder for records laid out as `mapping` says, answering `instrument`.
    public init(mapping: ColumnMapping, instrument: Instrument, file: String) {
        self.file = file
        var lookups: [AnswerLookup] = []
        var lookupOfScale: [ResponseScale.ID: Int] = [:]
        let emptyScale = ResponseScale(id: "", values: [], missing: [])
        itemPlan = instrument.items.enumerated().map { index, item in
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
        respondentColumns = mapping.columns(of: .respondent)
        networkColumns = mapping.columns(of: .network)
        waveColumns = mapping.columns(of: .wave)
        perspectiveColumns = mapping.columns(of: .perspective)
        roleColumns = mapping.columns(of: .role)
        phaseColumns = mapping.columns(of: .phase)
        perspectiveLookup = FieldLookup(instrument.fields.perspective)
        roleLookup = FieldLookup(instrument.fields.role)
        phaseLookup = FieldLookup(instrument.fields.phase)
    }

    /// Decodes one data record; invalid cells and unknown field values go to `log` as warnings
    /// with their place. A column the record lacks (a short row) reads as empty.
    ///
    /// - Complexity: O(*n*) in the record's bytes in the item and field columns.
    public mutating func decode(_ record: CSVRecord, log: inout DiagnosticLog) -> Response {
        var answers: [Answer] = []
        answers.reserveCapacity(itemPlan.count)
        for (index, plan) in itemPlan.enumerated() {
            guard plan.column >= 0, plan.column < record.count else {
                answers.append(.unanswered)
                continue
            }
            let lookup = lookups[plan.lookup]
            let outcome = record.withUTF8(ofField: plan.column) { lookup.decode($0, scratch: &scratch) }
            switch outcome {
            case .answer(let answer):
                answers.append(answer)
            case .offScale, .unknown:
                answers.append(.invalid)
                report(outcome, record: record, column: plan.column, item: itemIDs[index], lookup: lookup, log: &log)
            }
        }
        var response = Response(answers: answers, source: SourceLocation(file: file, line: record.line))
        response.respondentID = text(record, respondentColumns)
        response.network = text(record, networkColumns)
        response.wave = text(record, waveColumns)
        response.perspectives = ids(record, perspectiveColumns, perspectiveLookup, "perspective", &log).map {
            Perspective.ID($0)
        }
        response.roles = ids(record, roleColumns, roleLookup, "role", &log).map { Role.ID($0) }
        response.phase = ids(record, phaseColumns, phaseLookup, "phase", &log).first.map { Phase.ID($0) }
        return response
    }

    /// Whether every field of `record` is empty or blank: a row that is no response at all.
    public static func isBlank(_ record: CSVRecord) -> Bool {
        (0..<record.count).allSatisfy { field in
            record.withUTF8(ofField: field) { $0.allSatisfy(AnswerLookup.isSpace) }
        }
    }

    private func report(
        _ outcome: AnswerLookup.Outcome, record: CSVRecord, column: Int, item: Item.ID, lookup: AnswerLookup,
        log: inout DiagnosticLog
    ) {
        log.append(kind: "invalid-value", severity: .warning) {
            let value = Self.shown(record[column])
            let message: String
            if case .offScale = outcome {
                let range = "\(AnswerLookup.format(lookup.minimum))–\(AnswerLookup.format(lookup.maximum))"
                message = "value '\(value)' is outside scale \(range) of item '\(item)'"
            } else {
                message = "value '\(value)' does not match scale '\(lookup.scaleID)' of item '\(item)'"
            }
            return Diagnostic(
                .warning, kind: "invalid-value", message, file: file, line: record.line, column: column + 1)
        }
    }

    /// The first non-empty cell among `columns`, trimmed.
    private func text(_ record: CSVRecord, _ columns: [Int]) -> String? {
        for column in columns where column < record.count {
            let value = record[column].trimmingSpaces
            if !value.isEmpty { return value }
        }
        return nil
    }

    /// The canonical ids named in `columns`; an unknown value is a warning and adds nothing.
    private mutating func ids(
        _ record: CSVRecord, _ columns: [Int], _ lookup: FieldLookup, _ name: String, _ log: inout DiagnosticLog
    ) -> [String] {
        var result: [String] = []
        for column in columns where column < record.count {
            switch record.withUTF8(ofField: column, { lookup.decode($0, scratch: &scratch) }) {
            case .ids(let ids):
                for id in ids where !result.contains(id) { result.append(id) }
            case .unknown:
                log.append(kind: "unknown-field-value", severity: .warning) {
                    Diagnostic(
                        .warning, kind: "unknown-field-value", "value of field '\(name)' matches none of its values",
                        file: file, line: record.line, column: column + 1)
                }
            }
        }
        return result
    }

    /// A cell as a message shows it: on one line, at most 40 characters.
    private static func shown(_ cell: String) -> String {
        let flat = String(cell.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        return flat.count > 40 ? String(flat.prefix(39)) + "…" : flat
    }
}
