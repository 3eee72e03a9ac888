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
    static let identify = CountedWord(nl: ("identificeert", "identificeren"), en: ("identifies", "identify"))
    /// The verb "be" agreeing with a count of columns.
    static let be = CountedWord(nl: ("is", "zijn"), en: ("is", "are"))

    /// `column 'Q3 copy' also matches item 'syn-2'; only column 12 is read`.
    static func duplicateColumn(_ title: String, item: Item.ID, readColumn: Int) -> Self {
        "column '\(title)' also matches item '\(item)'; only column \(readColumn) is read"
    }

    /// `column 'Remarks' matches no item or field and is not read`; a column without a header is
    /// named by its number.
    static func unmappedColumn(_ title: String, number: Int) -> Self {
        let what = title.isEmpty ? "column \(number) has no header and" : "column '\(title)'"
        return "\(what) matches no item or field and is not read"
    }

    /// `columns 'Name', 'E-mail' identify people and are not read`.
    static func identifyingColumns(_ titles: [String]) -> Self {
        let count = titles.count
        let list = titles.map { "'\($0)'" }.joined(separator: ", ")
        let (columns, identify, be) = (
            Self.columns.word(for: count, in: .english), Self.identify.word(for: count, in: .english),
            Self.be.word(for: count, in: .english)
        )
        return "\(columns) \(list) \(identify) people and \(be) not read"
    }

    /// `no column for item 'syn-2'`, or for several: `no column for 3 items: 'a', 'b', 'c'`, at
    /// most eight named.
    static func missingItems(_ items: [Item.ID]) -> Self {
        let named = items.prefix(8).map { "'\($0)'" }
        guard items.count > 1 else { return "no column for item \(named.joined())" }
        let more = items.count > 8 ? " and \(items.count - 8) more" : ""
        return "no column for \(items.count) items: \(named.joined(separator: ", "))\(more)"
    }

    /// `no column matches an item of the instrument; first headers: 'a', 'b'`.
    static func noItemMapped(firstHeaders: [String]) -> Self {
        let list = firstHeaders.map { "'\($0)'" }.joined(separator: ", ")
        return Self("no column matches an item of the instrument" + (list.isEmpty ? "" : "; first headers: \(list)"))
    }

    /// `header 'Samenwerking' is closest to item 'syn-1': 'We work together'`.
    static func closestItem(header: String, item: Item.ID, text: String) -> Self {
        "header '\(header)' is closest to item '\(item)': '\(text)'"
    }
}
