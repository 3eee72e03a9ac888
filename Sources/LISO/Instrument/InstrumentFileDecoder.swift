/// Reads the parsed tree of an instrument file (format `liso-instrument`, version 1) into an
/// ``Instrument``, collecting every structural problem with its JSON path. Reference checks
/// come after, in ``InstrumentReferenceCheck``.
struct InstrumentFileDecoder {
    /// The walker that checks keys and types and holds the diagnostics.
    var walker: JSONTreeWalker
    /// For each decoded scale, its index in the file's `scales` array.
    private(set) var scaleIndices: [Int] = []
    /// For each decoded item, its index in the file's `items` array.
    private(set) var itemIndices: [Int] = []

    /// The top-level keys, in the order the file format lists them.
    static let rootKeys = ["format", "version", "id", "title", "framework", "scales", "items", "fields"]
    /// The keys of an item.
    static let itemKeys = ["id", "columns", "text", "element", "theme", "workingElement", "scale", "reverse"]
    /// The keys of `fields`.
    static let fieldKeys = ["respondent", "network", "perspective", "role", "phase", "wave"]

    /// Creates a decoder whose diagnostics name the given file.
    init(fileName: String) { walker = JSONTreeWalker(fileName: fileName) }

    /// Decodes the whole file; nil parts are left out and reported.
    mutating func decode(_ root: JSONValue) -> Instrument? {
        guard
            let members = walker.object(
                root, at: "", allowed: Self.rootKeys, required: Set(Self.rootKeys).subtracting(["fields"]))
        else { return nil }
        let id = members["id"].flatMap { walker.string($0, at: "id") }
        let title = members["title"].flatMap { walker.localizedText($0, at: "title") }
        let framework = members["framework"].flatMap { walker.string($0, at: "framework") }
        var scales: [ResponseScale] = []
        if let list = members["scales"].flatMap({ walker.array($0, at: "scales") }) {
            if list.isEmpty {
                walker.error("scales", kind: .instrumentType, .noScale, at: members["scales"])
            }
            for (index, value) in list.enumerated() {
                if let scale = decodeScale(value, at: JSONTreeWalker.path("scales", index)) {
                    scales.append(scale)
                    scaleIndices.append(index)
                }
            }
        }
        var items: [Item] = []
        if let list = members["items"].flatMap({ walker.array($0, at: "items") }) {
            if list.isEmpty {
                walker.error("items", kind: .instrumentType, .noItem, at: members["items"])
            }
            for (index, value) in list.enumerated() {
                if let item = decodeItem(value, at: JSONTreeWalker.path("items", index), defaultScale: scales.first?.id)
                {
                    items.append(item)
                    itemIndices.append(index)
                }
            }
        }
        let fields = members["fields"].map { decodeFields($0) } ?? InstrumentFields()
        guard let id, let title, let framework else { return nil }
        return Instrument(
            id: Instrument.ID(id), title: title, framework: EvaluationFramework.ID(framework), scales: scales,
            items: items, fields: fields ?? InstrumentFields())
    }

    private mutating func decodeScale(_ value: JSONValue, at path: String) -> ResponseScale? {
        guard
            let members = walker.object(
                value, at: path, allowed: ["id", "values", "missing", "bands"], required: ["id", "values"])
        else { return nil }
        let id = members["id"].flatMap { walker.string($0, at: JSONTreeWalker.path(path, "id")) }
        var values: [ResponseScale.Value] = []
        let valuesPath = JSONTreeWalker.path(path, "values")
        if let list = members["values"].flatMap({ walker.array($0, at: valuesPath) }) {
            if list.count < 2 {
                walker.error(valuesPath, kind: .instrumentType, .tooFewValues, at: members["values"])
            }
            for (index, entry) in list.enumerated() {
                let entryPath = JSONTreeWalker.path(valuesPath, index)
                guard
                    let fields = walker.object(
                        entry, at: entryPath, allowed: ["value", "labels", "codes"], required: ["value", "labels"])
                else { continue }
                let number = fields["value"].flatMap { walker.number($0, at: JSONTreeWalker.path(entryPath, "value")) }
                let labels = fields["labels"].flatMap {
                    walker.strings($0, at: JSONTreeWalker.path(entryPath, "labels"))
                }
                let codes =
                    fields["codes"].map { walker.strings($0, at: JSONTreeWalker.path(entryPath, "codes")) } ?? []
                if let number, let labels, let codes {
                    values.append(ResponseScale.Value(value: number, labels: labels, codes: codes))
                }
            }
        }
        var missing: [ResponseScale.Missing] = []
        let missingPath = JSONTreeWalker.path(path, "missing")
        if let list = members["missing"].flatMap({ walker.array($0, at: missingPath) }) {
            for (index, entry) in list.enumerated() {
                let entryPath = JSONTreeWalker.path(missingPath, index)
                guard
                    let fields = walker.object(
                        entry, at: entryPath, allowed: ["labels", "codes"], required: ["labels"])
                else { continue }
                let labels = fields["labels"].flatMap {
                    walker.strings($0, at: JSONTreeWalker.path(entryPath, "labels"))
                }
                let codes =
                    fields["codes"].map { walker.strings($0, at: JSONTreeWalker.path(entryPath, "codes")) } ?? []
                if let labels, let codes { missing.append(ResponseScale.Missing(labels: labels, codes: codes)) }
            }
        }
        let bandsPath = JSONTreeWalker.path(path, "bands")
        let bands = members["bands"].map { decodeBands($0, at: bandsPath) }
        guard let id, bands != .some(nil) else { return nil }
        let scale = ResponseScale(id: ResponseScale.ID(id), values: values, missing: missing, bands: bands ?? nil)
        if let bands = scale.bandOverride, values.count >= 2 {
            checkBands(bands, of: scale, at: bandsPath, place: members["bands"])
        }
        return scale
    }

    private mutating func decodeItem(_ value: JSONValue, at path: String, defaultScale: ResponseScale.ID?) -> Item? {
        guard let members = walker.object(value, at: path, allowed: Self.itemKeys, required: ["id", "text", "element"])
        else { return nil }
        func text(_ key: String) -> String? {
            members[key].flatMap { walker.string($0, at: JSONTreeWalker.path(path, key)) }
        }
        let id = text("id")
        let columns = members["columns"].map { walker.strings($0, at: JSONTreeWalker.path(path, "columns")) } ?? []
        let statement = members["text"].flatMap { walker.localizedText($0, at: JSONTreeWalker.path(path, "text")) }
        let element = text("element")
        let theme = text("theme")
        let workingElement = text("workingElement")
        let scale = members["scale"] == nil ? defaultScale?.rawValue : text("scale")
        let reverse = members["reverse"].map { walker.bool($0, at: JSONTreeWalker.path(path, "reverse")) } ?? false
        let badOptional =
            (members["theme"] != nil && theme == nil) || (members["workingElement"] != nil && workingElement == nil)
        guard let id, let columns, let statement, let element, let scale, let reverse, !badOptional else { return nil }
        return Item(
            id: Item.ID(id), columns: columns, text: statement, element: CoreElement.ID(element),
            theme: theme.map { Theme.ID($0) }, workingElement: workingElement.map { WorkingElement.ID($0) },
            scale: ResponseScale.ID(scale), reverse: reverse)
    }

    /// Reads a scale's `bands`: `{"strength": number, "attention": number}`.
    private mutating func decodeBands(_ value: JSONValue, at path: String) -> ResponseScale.Bands? {
        let keys = ["strength", "attention"]
        guard let members = walker.object(value, at: path, allowed: keys, required: Set(keys)) else { return nil }
        let strength = members["strength"].flatMap { walker.number($0, at: JSONTreeWalker.path(path, "strength")) }
        let attention = members["attention"].flatMap { walker.number($0, at: JSONTreeWalker.path(path, "attention")) }
        guard let strength, let attention else { return nil }
        return ResponseScale.Bands(strength: strength, attention: attention)
    }

    /// Checks that a scale's bands lie within its range, attention not above strength.
    private mutating func checkBands(
        _ bands: ResponseScale.Bands, of scale: ResponseScale, at path: String, place: JSONValue?
    ) {
        let range = scale.minimum...scale.maximum
        if !range.contains(bands.attention) || !range.contains(bands.strength) {
            walker.error(
                path, kind: .instrumentBands, .bandsOutsideScale(minimum: scale.minimum, maximum: scale.maximum),
                at: place)
        } else if bands.attention > bands.strength {
            walker.error(path, kind: .instrumentBands, .bandsOutOfOrder, at: place)
        }
    }
}
