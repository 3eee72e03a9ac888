/// Turns the cell of a coded background field (perspective, role, phase) into canonical ids:
/// labels and codes normalised, a multi-select cell (`Beleid, Praktijk` or `1;3`) into several.
struct FieldLookup<Owner>: Sendable {
    /// The canonical id, as a one-element array to hand out without building one, for each
    /// normalised label, code or id.
    private var table = ByteKeyTable<[TypedID<Owner>]>()
    /// Whether the field lists no values, so that the cell's own text is the id.
    private let isFree: Bool

    init(_ field: InstrumentFields.Field?) {
        let values = field?.values ?? [:]
        isFree = values.isEmpty
        for (id, texts) in values.sorted(by: { $0.key < $1.key }) {
            for text in [id] + texts {
                let key = TextNormalization.key(text)
                if !key.isEmpty { table.insert(key, [TypedID(id)]) }
            }
        }
        // Cells usually repeat a label exactly as written: look that up before normalising.
        for (id, texts) in values.sorted(by: { $0.key < $1.key }) {
            for text in texts where !text.isEmpty { table.insert(Array(text.utf8), [TypedID(id)]) }
        }
    }

    /// The outcome of reading one cell.
    enum Outcome: Equatable {
        /// The ids the cell names, in the order it names them; empty for an empty cell.
        case ids([TypedID<Owner>])
        /// A cell, or a part of a multi-select cell, that matches no value.
        case unknown
    }

    /// Reads one cell's bytes; `scratch` is reused storage for normalised forms.
    func decode(_ raw: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> Outcome {
        if !isFree, let ids = table[raw] { return .ids(ids) }
        TextNormalization.normalize(utf8: raw, into: &scratch)
        if scratch.isEmpty { return .ids([]) }
        if isFree { return .ids([TypedID(ResponseDecoder.trimmedText(raw))]) }
        if let ids = table[scratch] { return .ids(ids) }
        var ids: [TypedID<Owner>] = []
        var start = 0
        for index in 0...raw.count
        where index == raw.count || raw[index] == UInt8(ascii: ";")
            || raw[index] == UInt8(ascii: ",")
        {
            TextNormalization.normalize(utf8: UnsafeBufferPointer(rebasing: raw[start..<index]), into: &scratch)
            start = index + 1
            if scratch.isEmpty { continue }
            guard let id = table[scratch]?.first else { return .unknown }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids.isEmpty ? .unknown : .ids(ids)
    }
}
