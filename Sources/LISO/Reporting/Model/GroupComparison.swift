/// The groups of one grouping side by side, one row per core element: for example the five
/// perspectives, with the divergence flag of each element.
public struct GroupComparison: Hashable, Sendable {
    /// The grouping, for example `[.perspective]` or `[.network, .perspective]`.
    public var dimensions: [GroupDimension]
    /// The grouping's label, for example `Perspectief`.
    public var dimensionLabel: String
    /// The groups, in the result's order.
    public var columns: [GroupCount]
    /// One row per core element, in framework order.
    public var rows: [ComparisonRow]
    /// What the rows' ``ComparisonRow/spread`` measures: the perspectives' spread, or trekkers
    /// minus the other members; `nil` when no row has one.
    public var spreadKind: Divergence.Kind?

    /// Creates a comparison.
    public init(
        dimensions: [GroupDimension], dimensionLabel: String, columns: [GroupCount], rows: [ComparisonRow],
        spreadKind: Divergence.Kind? = nil
    ) {
        self.dimensions = dimensions
        self.dimensionLabel = dimensionLabel
        self.columns = columns
        self.rows = rows
        self.spreadKind = spreadKind
    }

    /// The header of the spread column, where the comparison has one.
    package func spreadHeader(_ strings: ReportStrings) -> String? {
        switch spreadKind {
        case .perspectives: strings.difference
        case .trekkersVersusMembers: strings.trekkersKind
        case nil: nil
        }
    }

    /// A row's spread as text: signed for trekkers minus members, with ⚑ when flagged.
    package func spreadText(_ row: ComparisonRow, _ numbers: NumberStyle) -> String {
        guard let spread = row.spread else { return "–" }
        let text = spreadKind == .trekkersVersusMembers ? numbers.signed(spread) : numbers.decimal(spread)
        return text + (row.flagged ? " ⚑" : "")
    }
}

/// One element across the groups of a comparison.
public struct ComparisonRow: Hashable, Sendable {
    /// The element.
    public var id: CoreElement.ID
    /// The element's name.
    public var name: String
    /// One cell per column; `nil` for a suppressed group.
    public var cells: [ElementResult?]
    /// The spread across the groups of the whole set, where the result reports one.
    public var spread: Double?
    /// Whether the spread reaches the divergence threshold.
    public var flagged: Bool

    /// Creates a comparison row.
    public init(id: CoreElement.ID, name: String, cells: [ElementResult?], spread: Double?, flagged: Bool) {
        self.id = id
        self.name = name
        self.cells = cells
        self.spread = spread
        self.flagged = flagged
    }
}
