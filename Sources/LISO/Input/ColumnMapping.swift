/// What each column of an export is: an instrument item, a background field, a column that
/// identifies a person (never read), one of the survey tool's own columns, or unused.
///
/// Columns match items by id, by alias (the item's `columns`), or by question text normalised
/// for case, accents, whitespace and punctuation; matrix headers match on their statement part.
/// Fields match by their `columns`, normalised.
package struct ColumnMapping: Hashable, Sendable {
    /// A background question of the instrument.
    package enum Field: String, CaseIterable, Hashable, Sendable {
        /// The respondent id.
        case respondent
        /// The network name.
        case network
        /// The perspective.
        case perspective
        /// The role.
        case role
        /// The phase.
        case phase
        /// The wave.
        case wave
    }

    /// What a column carries.
    package enum Target: Hashable, Sendable {
        /// The answers to the item at this index of the instrument's items.
        case item(Int)
        /// A background field.
        case field(Field)
        /// Names, e-mail, IP address, location: recognised only so that it is never read.
        case identifying
        /// The survey tool's own column: dates, progress, languages.
        case metadata
        /// Nothing the instrument asks for, or a second column for an item already mapped.
        case unmapped
    }

    /// The header the mapping was made from.
    package var header: ExportHeader
    /// What each column carries, by 0-based column index.
    package var targets: [Target]
    /// Notes on unused and identifying columns, warnings on items without a column.
    package var diagnostics: [Diagnostic]

    /// The column of each instrument item, in item order; `nil` for an item with no column.
    package var itemColumns: [Int?]

    /// Maps the columns of `header` onto `instrument`.
    ///
    /// - Parameters:
    ///   - header: The export's header rows, read.
    ///   - instrument: The instrument whose items and fields the columns should carry.
    ///   - file: The file's name as the user gave it, for diagnostics.
    /// - Throws: `LISOError(.inputUnusable)` when no column matches any item; its diagnostics
    ///   show the first headers seen and, for each, the closest item text.
    /// - Complexity: O(*c* × *h*) for *c* columns of *h* header candidates each, plus the
    ///   instrument's size.
    package init(header: ExportHeader, instrument: Instrument, file: String) throws(LISOError) {
        self.header = header
        let matcher = HeaderMatcher(instrument: instrument)
        var targets: [Target] = []
        var itemColumns = [Int?](repeating: nil, count: instrument.items.count)
        var diagnostics: [Diagnostic] = []
        var identifying: [String] = []
        for column in header.columns {
            var target = matcher.target(of: column, layout: header.layout)
            if case .item(let item) = target {
                if let existing = itemColumns[item] {
                    diagnostics.append(
                        Diagnostic(
                            .warning, kind: .duplicateColumn,
                            .duplicateColumn(column.title, item: instrument.items[item].id, readColumn: existing + 1),
                            file: file, line: header.line, column: column.index + 1))
                    target = .unmapped
                } else {
                    itemColumns[item] = column.index
                }
            } else if target == .unmapped {
                diagnostics.append(
                    Diagnostic(
                        .note, kind: .unmappedColumn, .unmappedColumn(column.title, number: column.index + 1),
                        file: file, line: header.line, column: column.index + 1))
            } else if target == .identifying {
                identifying.append(column.title)
            }
            targets.append(target)
        }
        guard itemColumns.contains(where: { $0 != nil }) else {
            throw LISOError(
                .inputUnusable,
                diagnostics: Self.noItemDiagnostics(header: header, targets: targets, matcher: matcher, file: file))
        }
        if !identifying.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .note, kind: .identifyingColumn, .identifyingColumns(identifying), file: file, line: header.line))
        }
        let missing = zip(instrument.items, itemColumns).filter { $0.1 == nil }.map(\.0.id)
        if !missing.isEmpty {
            diagnostics.append(Diagnostic(.warning, kind: .missingItem, .missingItems(missing), file: file))
        }
        self.targets = targets
        self.itemColumns = itemColumns
        self.diagnostics = diagnostics
    }

    /// The columns that carry a background field, in column order.
    package func columns(of field: Field) -> [Int] {
        targets.indices.filter { targets[$0] == .field(field) }
    }

    /// The error's diagnostics when no item is mapped: the first headers seen, each with the
    /// closest item text.
    private static func noItemDiagnostics(
        header: ExportHeader, targets: [Target], matcher: HeaderMatcher, file: String
    ) -> [Diagnostic] {
        let shown = header.columns.filter { column in
            column.index < targets.count && targets[column.index] == .unmapped && !column.title.isEmpty
        }.prefix(5)
        var diagnostics = [
            Diagnostic(
                .error, kind: .noItemMapped, .noItemMapped(firstHeaders: shown.map(\.title)), file: file,
                line: header.line)
        ]
        for column in shown {
            if let closest = matcher.closestItem(to: column) {
                diagnostics.append(
                    Diagnostic(
                        .note, kind: .closestItem,
                        .closestItem(header: column.title, item: closest.id, text: closest.text),
                        file: file, line: header.line, column: column.index + 1))
            }
        }
        return diagnostics
    }
}
