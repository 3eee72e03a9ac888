/// A table of fixed texts, each a ``LocalizedText`` with its Dutch and English side by side: the
/// report's words, the printers' words, the self-evaluation's words. One mechanism reads them all:
/// ``Localized``.
package protocol LocalizedTable: Sendable {
    /// The table.
    static var shared: Self { get }
}

/// The texts of a table in one language: `strings.title` is the table's `title` in that language.
@dynamicMemberLookup
package struct Localized<Table: LocalizedTable>: Hashable, Sendable {
    /// The language the texts are read in.
    package let language: Language

    /// The table's texts in `language`.
    package init(_ language: Language) { self.language = language }

    /// A text of the table in the language.
    package subscript(dynamicMember path: KeyPath<Table, LocalizedText>) -> String {
        Table.shared[keyPath: path][language]
    }

    /// The table's word that agrees with a count, without the number: `zijn` for 3, `is` for 1.
    package func word(_ path: KeyPath<Table, CountedWord>, _ count: Int) -> String {
        Table.shared[keyPath: path].word(for: count, in: language)
    }

    /// A count with the table's word for it, in the language: `3 stellingen`, `1 statement`.
    package func phrase(_ path: KeyPath<Table, CountedWord>, _ count: Int, number: String? = nil) -> String {
        Table.shared[keyPath: path].phrase(count, in: language, number: number)
    }
}

/// Fills the `{name}` blanks of a template in one pass, so that braces inside a filled-in value
/// (user text) are never read as blanks. Unknown blanks stay as they are.
extension String {
    /// This template with its blanks filled.
    ///
    /// - Complexity: O(*n*) in the length of the template and the values.
    package func filled(_ values: [String: String]) -> String {
        var text = ""
        var rest = Substring(self)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                let value = values[String(rest[rest.index(after: open)..<close])]
            else {
                text.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            text += value
            rest = rest[rest.index(after: close)...]
        }
        return text + rest
    }
}
