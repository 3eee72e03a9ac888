extension InstrumentReferenceCheck {
    /// Checks that every column alias (item ids included) belongs to one item or field only.
    mutating func checkColumns() {
        var owner: [String: String] = [:]
        var ids: Set<Item.ID> = []
        for (position, item) in instrument.items.enumerated() {
            let path = "items[\(itemIndices[position])]"
            let name = "item '\(item.id)'"
            // A repeated id is reported as a duplicate item, not again as a shared column.
            var own: Set<String> = ids.insert(item.id).inserted ? [] : [Self.fold(item.id.rawValue)]
            for (alias, aliasPath) in [(item.id.rawValue, "\(path).id")]
                + item.columns.enumerated().map({ ($1, "\(path).columns[\($0)]") })
            {
                let key = Self.fold(alias)
                guard own.insert(key).inserted else { continue }
                if let other = owner[key] {
                    report(aliasPath, .instrumentDuplicate, .sharedColumn(alias, owner: other))
                } else {
                    owner[key] = name
                }
            }
        }
        for (key, field) in instrument.fields.present {
            var own: Set<String> = []
            for (index, column) in field.columns.enumerated() {
                let folded = Self.fold(column)
                guard own.insert(folded).inserted else { continue }
                if let other = owner[folded] {
                    report("fields.\(key).columns[\(index)]", .instrumentDuplicate, .sharedColumn(column, owner: other))
                } else {
                    owner[folded] = "field '\(key)'"
                }
            }
        }
    }

    /// Checks that coded field values name the framework's ids and that no answer means two ids.
    mutating func checkFieldValues(_ framework: EvaluationFramework) {
        let coded: [(String, InstrumentFields.Field?, [String], String)] = [
            ("perspective", instrument.fields.perspective, framework.perspectives.map(\.id.rawValue), "perspective"),
            ("role", instrument.fields.role, framework.roles.map(\.id.rawValue), "role"),
            ("phase", instrument.fields.phase, framework.phases.map(\.id.rawValue), "phase"),
        ]
        for (key, field, known, noun) in coded {
            guard let field else { continue }
            var meaning: [String: String] = [:]
            for canonical in field.values.keys.sorted() {
                let path = JSONTreeWalker.path("fields.\(key).values", canonical)
                if !known.contains(canonical) {
                    let hint = KeyHint.closest(to: canonical, among: known)
                    report(path, .instrumentReference, .unknown(noun, canonical, in: framework.id, closest: hint))
                }
                claim(field.values[canonical] ?? [], as: "'\(canonical)'", at: path, in: &meaning)
            }
        }
    }
}
