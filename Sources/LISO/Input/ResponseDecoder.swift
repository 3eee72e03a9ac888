/// Turns one data record of an export into a ``Response``: each item's cell into an ``Answer``
/// on the item's scale, the background fields into canonical ids.
///
/// Everything that depends only on the header is computed once, when the decoder is made: per
/// item column a lookup from normalised bytes to the answer and a fast path for a single ASCII
/// digit; cells are read from ``CSVRecord/withUTF8(ofField:_:)`` without creating strings.
/// Columns that identify people are never read.
package struct ResponseDecoder: Sendable {
    /// The file's name as the user gave it, for diagnostics.
    package let file: String
    /// How each item's cell is read.
    private let items: ItemReader
    private let respondentColumns: [Int]
    private let networkColumns: [Int]
    private let waveColumns: [Int]
    private let perspectiveColumns: [Int]
    private let roleColumns: [Int]
    private let phaseColumns: [Int]
    private let perspectiveLookup: FieldLookup<Perspective>
    private let roleLookup: FieldLookup<Role>
    private let phaseLookup: FieldLookup<Phase>
    /// Reused storage for normalised cells.
    private var scratch: [UInt8] = []
    /// The last text read from each free-text field column and its bytes, so a network name
    /// repeated row after row is not built again.
    private var textPool = TextPool()

    /// Creates a decoder for records laid out as `mapping` says, answering `instrument`.
    package init(mapping: ColumnMapping, instrument: Instrument, file: String) {
        self.file = file
        items = ItemReader(mapping: mapping, instrument: instrument, file: file)
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
    package mutating func decode(_ record: CSVRecord, log: inout DiagnosticLog) -> Response {
        var response = Response(answers: [])
        decode(record, into: &response, log: &log)
        return response
    }

    /// Decodes one data record into `response`, reusing its storage when no one else holds it;
    /// see ``decode(_:log:)``.
    package mutating func decode(_ record: CSVRecord, into response: inout Response, log: inout DiagnosticLog) {
        var scratch: [UInt8] = []
        swap(&scratch, &self.scratch)
        defer { swap(&scratch, &self.scratch) }
        let items = self.items
        if response.answers.count != items.plan.count {
            response.answers = Array(repeating: .unanswered, count: items.plan.count)
        }
        record.storage.withUnsafeBufferPointer { base in
            response.answers.withUnsafeMutableBufferPointer { answers in
                items.fill(answers, from: record, base: base, scratch: &scratch, log: &log)
            }
        }
        response.respondentID = Self.text(record, respondentColumns)
        response.network = Self.text(record, networkColumns, pool: &textPool)
        response.perspectives = ids(record, perspectiveColumns, perspectiveLookup, "perspective", &log)
        response.roles = ids(record, roleColumns, roleLookup, "role", &log)
        response.phase = ids(record, phaseColumns, phaseLookup, "phase", &log).first
        response.wave = Self.text(record, waveColumns, pool: &textPool)
        response.source = SourceLocation(file: file, line: record.line)
    }

    /// Whether every field of `record` is empty or blank: a row that is no response at all.
    package static func isBlank(_ record: CSVRecord) -> Bool {
        record.storage.withUnsafeBufferPointer { base in
            (0..<record.count).allSatisfy { field in
                base[record.range(of: field)].allSatisfy(AnswerLookup.isSpace)
            }
        }
    }

    /// The texts of free-text fields seen so far by their bytes, so that a network name repeated
    /// row after row is not built again; holds at most ``limit`` texts.
    private struct TextPool: Sendable {
        static let limit = 256
        var table = ByteKeyTable<String>()

        mutating func text(_ raw: UnsafeBufferPointer<UInt8>) -> String {
            if let text = table[raw] { return text }
            let text = ResponseDecoder.trimmedText(raw)
            if table.count < Self.limit { table.insert(Array(raw), text) }
            return text
        }
    }

    /// The first non-empty cell among `columns`, trimmed.
    private static func text(_ record: CSVRecord, _ columns: [Int]) -> String? {
        for column in columns where column < record.count {
            let value = record.withUTF8(ofField: column, trimmedText)
            if !value.isEmpty { return value }
        }
        return nil
    }

    /// The first non-empty cell among `columns`, trimmed, from `pool`.
    private static func text(_ record: CSVRecord, _ columns: [Int], pool: inout TextPool) -> String? {
        for column in columns where column < record.count {
            let value = record.withUTF8(ofField: column) { pool.text($0) }
            if !value.isEmpty { return value }
        }
        return nil
    }

    /// The canonical ids named in `columns`; an unknown value is a warning and adds nothing.
    private mutating func ids<Owner>(
        _ record: CSVRecord, _ columns: [Int], _ lookup: FieldLookup<Owner>, _ name: String,
        _ log: inout DiagnosticLog
    ) -> [TypedID<Owner>] {
        var result: [TypedID<Owner>] = []
        for column in columns where column < record.count {
            switch record.withUTF8(ofField: column, { lookup.decode($0, scratch: &scratch) }) {
            case .ids(let ids):
                if result.isEmpty {
                    result = ids
                } else {
                    for id in ids where !result.contains(id) { result.append(id) }
                }
            case .unknown:
                log.append(kind: .unknownFieldValue, severity: .warning) {
                    Diagnostic(
                        .warning, kind: .unknownFieldValue, .unknownFieldValue(field: name), file: file,
                        line: record.line, column: column + 1)
                }
            }
        }
        return result
    }

    /// The text of a cell without spaces, tabs or line breaks at either end.
    static func trimmedText(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var start = 0
        var end = raw.count
        while start < end, AnswerLookup.isSpace(raw[start]) { start += 1 }
        while end > start, AnswerLookup.isSpace(raw[end - 1]) { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: raw[start..<end]), as: UTF8.self)
    }

}
