import Foundation

/// Looks up header texts among an instrument's item ids, aliases and texts and its field columns.
struct HeaderMatcher {
    /// Item index by lowercased id or alias, exactly as written otherwise.
    private let byID: [String: Int]
    /// Item index by normalised text, id or alias; `nil` when two items share the key.
    private let byText: [String: Int?]
    /// Field by normalised column name.
    private let fields: [String: ColumnMapping.Field]
    /// Every layout's own columns, normalised.
    private let metadata: Set<String>
    /// The items' normalised texts (both languages) and ids, for suggestions.
    private let suggestions: [(item: Int, key: String, text: String)]
    private let items: [Item]

    init(instrument: Instrument) {
        items = instrument.items
        var byID: [String: Int] = [:]
        var byText: [String: Int?] = [:]
        var fields: [String: ColumnMapping.Field] = [:]
        var suggestions: [(item: Int, key: String, text: String)] = []
        for (index, item) in instrument.items.enumerated() {
            for id in [item.id.rawValue] + item.columns {
                let key = Self.idKey(id)
                if byID[key] == nil { byID[key] = index }
                Self.add(id, item: index, to: &byText)
            }
            for text in [item.text.nl, item.text.en] {
                Self.add(text, item: index, to: &byText)
                suggestions.append((index, TextNormalization.normalized(text), text))
            }
        }
        self.suggestions = suggestions
        self.byID = byID
        self.byText = byText
        let definitions = instrument.fields
        let all: [(ColumnMapping.Field, InstrumentFields.Field?)] = [
            (.respondent, definitions.respondent), (.network, definitions.network),
            (.perspective, definitions.perspective), (.role, definitions.role), (.phase, definitions.phase),
            (.wave, definitions.wave),
        ]
        for (field, definition) in all {
            for column in definition?.columns ?? [] {
                let key = TextNormalization.normalized(column)
                if fields[key] == nil { fields[key] = field }
            }
        }
        self.fields = fields
        metadata = ExportLayout.allCases.reduce(into: Set<String>()) { $0.formUnion($1.metadataColumns) }
    }

    private static func add(_ text: String, item: Int, to byText: inout [String: Int?]) {
        let key = TextNormalization.normalized(text)
        guard !key.isEmpty else { return }
        if let existing = byText[key], existing != item {
            byText[key] = .some(nil)
        } else {
            byText[key] = item
        }
    }

    private static func idKey(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// What a column carries: an item by id or alias, else by text; else identifying; else a
    /// field; else the tool's own; else unmapped.
    func target(of column: ExportHeader.Column, layout: ExportLayout) -> ColumnMapping.Target {
        for candidate in column.candidates {
            if let item = byID[Self.idKey(candidate)] { return .item(item) }
        }
        let keys = column.candidates.map(TextNormalization.normalized)
        for key in keys {
            if let match = byText[key], let item = match { return .item(item) }
        }
        if keys.contains(where: ExportLayout.identifyingColumns.contains) { return .identifying }
        for key in keys {
            if let field = fields[key] { return .field(field) }
        }
        if keys.contains(where: metadata.contains) { return .metadata }
        return .unmapped
    }

    /// The item whose text or id is nearest to the column's header, by edit distance on
    /// normalised text.
    func closestItem(to column: ExportHeader.Column) -> (id: Item.ID, text: String)? {
        let keys = column.candidates.map(TextNormalization.normalized).filter { !$0.isEmpty }
        var best: (distance: Int, item: Int, text: String)?
        for key in keys {
            for suggestion in suggestions {
                let distance = TextNormalization.editDistance(key, suggestion.key)
                if best == nil || distance < best!.distance { best = (distance, suggestion.item, suggestion.text) }
            }
        }
        guard let best else { return nil }
        return (items[best.item].id, best.text)
    }
}
