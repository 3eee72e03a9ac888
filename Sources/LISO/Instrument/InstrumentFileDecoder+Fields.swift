extension InstrumentFileDecoder {
    /// Decodes `fields`: each background question's columns and, for coded ones, its values.
    mutating func decodeFields(_ value: JSONValue) -> InstrumentFields? {
        guard let members = walker.object(value, at: "fields", allowed: Self.fieldKeys) else { return nil }
        var fields = InstrumentFields()
        for key in Self.fieldKeys {
            guard let entry = members[key] else { continue }
            let field = decodeField(entry, at: JSONTreeWalker.path("fields", key))
            switch key {
            case "respondent": fields.respondent = field
            case "network": fields.network = field
            case "perspective": fields.perspective = field
            case "role": fields.role = field
            case "phase": fields.phase = field
            default: fields.wave = field
            }
        }
        return fields
    }

    /// Decodes one background question at `path`.
    mutating func decodeField(_ value: JSONValue, at path: String) -> InstrumentFields.Field? {
        guard let members = walker.object(value, at: path, allowed: ["columns", "values"], required: ["columns"]) else {
            return nil
        }
        let columns = members["columns"].flatMap { walker.strings($0, at: JSONTreeWalker.path(path, "columns")) }
        var values: [String: [String]] = [:]
        let valuesPath = JSONTreeWalker.path(path, "values")
        if let entries = members["values"].flatMap({ walker.members($0, at: valuesPath) }) {
            for (key, entry) in entries {
                if let words = walker.strings(entry, at: JSONTreeWalker.path(valuesPath, key)) { values[key] = words }
            }
        }
        guard let columns else { return nil }
        return InstrumentFields.Field(columns: columns, values: values)
    }
}
