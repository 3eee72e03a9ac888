// The diagnostics of matching an export's columns to the instrument, and their messages.

extension Diagnostic.Kind {
    /// A second column matches an item that already has one; it is not read.
    public static let duplicateColumn: Self = "duplicate-column"
    /// A column matches no item or field and is not read.
    public static let unmappedColumn: Self = "unmapped-column"
    /// Columns that identify people (names, e-mail addresses) are not read.
    public static let identifyingColumn: Self = "identifying-column"
    /// An item of the instrument has no column in the export.
    public static let missingItem: Self = "missing-item"
    /// No column matches any item (an error: the file is unusable).
    public static let noItemMapped: Self = "no-item-mapped"
    /// The item closest to an unmatched header, as a hint after ``noItemMapped``.
    public static let closestItem: Self = "closest-item"
}

extension Diagnostic.Message {
    /// The noun of a column count.
    static let columns = CountedWord(nl: ("kolom", "kolommen"), en: ("column", "columns"))
    /// The verb "identify" agreeing with a count of columns.
    static let identify = CountedWord(nl: ("noemt", "noemen"), en: ("identifies", "identify"))
    /// The verb "be" agreeing with a count of columns.
    static let be = CountedWord(nl: ("wordt", "worden"), en: ("is", "are"))

    /// `column 'Q3 copy' also matches item 'syn-2'; only column 12 is read`.
    static func duplicateColumn(_ title: String, item: Item.ID, readColumn: Int) -> Self {
        Self(
            en: "column '\(title)' also matches item '\(item)'; only column \(readColumn) is read",
            nl: "kolom '\(title)' past ook bij stelling '\(item)'; alleen kolom \(readColumn) wordt gelezen")
    }

    /// `column 'Remarks' matches no item or field and is not read`; a column without a header is
    /// named by its number.
    static func unmappedColumn(_ title: String, number: Int) -> Self {
        title.isEmpty
            ? Self(
                en: "column \(number) has no header and matches no item or field and is not read",
                nl: "kolom \(number) heeft geen kop, past bij geen stelling of veld en wordt niet gelezen")
            : Self(
                en: "column '\(title)' matches no item or field and is not read",
                nl: "kolom '\(title)' past bij geen stelling of veld en wordt niet gelezen")
    }

    /// `columns 'Name', 'E-mail' identify people and are not read`.
    static func identifyingColumns(_ titles: [String]) -> Self {
        let count = titles.count
        let list = titles.map { "'\($0)'" }.joined(separator: ", ")
        func words(_ language: Language) -> (String, String, String) {
            (
                Self.columns.word(for: count, in: language), Self.identify.word(for: count, in: language),
                Self.be.word(for: count, in: language)
            )
        }
        let (columns, identify, be) = words(.english)
        let (kolommen, noemen, worden) = words(.dutch)
        return Self(
            en: "\(columns) \(list) \(identify) people and \(be) not read",
            nl: "\(kolommen) \(list) \(noemen) personen en \(worden) niet gelezen")
    }

    /// `no column for item 'syn-2'`, or for several: `no column for 3 items: 'a', 'b', 'c'`, at
    /// most eight named.
    static func missingItems(_ items: [Item.ID]) -> Self {
        let named = items.prefix(8).map { "'\($0)'" }
        guard items.count > 1 else {
            return Self(
                en: "no column for item \(named.joined())", nl: "geen kolom voor stelling \(named.joined())")
        }
        let list = named.joined(separator: ", ")
        return Self(
            en: "no column for \(items.count) items: \(list)" + (items.count > 8 ? " and \(items.count - 8) more" : ""),
            nl: "geen kolom voor \(items.count) stellingen: \(list)"
                + (items.count > 8 ? " en nog \(items.count - 8)" : ""))
    }

    /// `no column matches an item of the instrument; first headers: 'a', 'b'`.
    static func noItemMapped(firstHeaders: [String]) -> Self {
        let list = firstHeaders.map { "'\($0)'" }.joined(separator: ", ")
        return Self(
            en: "no column matches an item of the instrument" + (list.isEmpty ? "" : "; first headers: \(list)"),
            nl: "geen kolom past bij een stelling van de vragenlijst" + (list.isEmpty ? "" : "; eerste koppen: \(list)")
        )
    }

    /// `header 'Samenwerking' is closest to item 'syn-1': 'We work together'`.
    static func closestItem(header: String, item: Item.ID, text: String) -> Self {
        Self(
            en: "header '\(header)' is closest to item '\(item)': '\(text)'",
            nl: "kop '\(header)' lijkt het meest op stelling '\(item)': '\(text)'")
    }
}
