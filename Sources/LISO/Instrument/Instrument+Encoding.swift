import Foundation

extension Instrument {
    /// The instrument as an instrument file (`"format": "liso-instrument"`, `"version": 1`):
    /// pretty UTF-8 JSON with keys in the order the format lists them, so the same instrument
    /// always gives the same bytes. ``init(jsonData:fileName:frameworks:)`` reads it back to an
    /// equal value.
    public func jsonData() -> Data { Data(jsonText().utf8) }

    /// The instrument file as text; see ``jsonData()``.
    public func jsonText() -> String { JSONWriter().write(JSONValue(jsonTree)) }

    /// The instrument as a JSON tree in file order.
    var jsonTree: JSONValue.Kind {
        Self.object([
            ("format", .string(Self.fileFormat)),
            ("version", .number(Double(Self.fileVersion))),
            ("id", .string(id.rawValue)),
            ("title", Self.tree(title)),
            ("framework", .string(framework.rawValue)),
            ("scales", .array(scales.map { JSONValue(Self.tree($0)) })),
            ("items", .array(items.map { JSONValue(Self.tree($0)) })),
            ("fields", fieldsTree),
        ])
    }

    /// The fields in the format's order; coded values in the framework's order, then by id.
    private var fieldsTree: JSONValue.Kind {
        let known = EvaluationFramework.builtIn[framework]
        let orders = [
            "perspective": known?.perspectives.map(\.id.rawValue), "role": known?.roles.map(\.id.rawValue),
            "phase": known?.phases.map(\.id.rawValue),
        ]
        return Self.object(
            fields.present.map { key, field in (key, Self.tree(field, order: orders[key].flatMap { $0 } ?? [])) })
    }

    private static func tree(_ field: InstrumentFields.Field, order: [String]) -> JSONValue.Kind {
        var members: [(String, JSONValue.Kind)] = [("columns", strings(field.columns))]
        if !field.values.isEmpty {
            let extra = field.values.keys.filter { !order.contains($0) }.sorted()
            let keys = order.filter { field.values[$0] != nil } + extra
            members.append(("values", object(keys.map { ($0, strings(field.values[$0] ?? [])) })))
        }
        return object(members)
    }

    private static func tree(_ scale: ResponseScale) -> JSONValue.Kind {
        let values = scale.values.map {
            JSONValue(
                object([("value", .number($0.value)), ("labels", strings($0.labels)), ("codes", strings($0.codes))]))
        }
        let missing = scale.missing.map {
            JSONValue(object([("labels", strings($0.labels)), ("codes", strings($0.codes))]))
        }
        var members: [(String, JSONValue.Kind)] = [
            ("id", .string(scale.id.rawValue)), ("values", .array(values)), ("missing", .array(missing)),
        ]
        if let bands = scale.bandOverride {
            members.append(
                ("bands", object([("strength", .number(bands.strength)), ("attention", .number(bands.attention))])))
        }
        return object(members)
    }

    private static func tree(_ item: Item) -> JSONValue.Kind {
        var members: [(String, JSONValue.Kind)] = [
            ("id", .string(item.id.rawValue)),
            ("columns", strings(item.columns)),
            ("text", tree(item.text)),
            ("element", .string(item.element.rawValue)),
        ]
        if let theme = item.theme { members.append(("theme", .string(theme.rawValue))) }
        if let working = item.workingElement { members.append(("workingElement", .string(working.rawValue))) }
        members.append(("scale", .string(item.scale.rawValue)))
        members.append(("reverse", .bool(item.reverse)))
        return object(members)
    }

    private static func tree(_ text: LocalizedText) -> JSONValue.Kind {
        object([("nl", .string(text.nl)), ("en", .string(text.en))])
    }

    private static func strings(_ list: [String]) -> JSONValue.Kind { .array(list.map { JSONValue(.string($0)) }) }

    private static func object(_ members: [(String, JSONValue.Kind)]) -> JSONValue.Kind {
        .object(members.map { JSONValue.Member(key: $0.0, value: JSONValue($0.1), line: 0, column: 0) })
    }
}
