/// The first thing a report shows: who answered, in which phase the networks are, and the
/// three strongest and three weakest elements of the whole set.
public struct ReportSummary: Hashable, Sendable {
    /// Respondents in the whole set.
    public var respondents: Int
    /// Data rows read.
    public var rowsRead: Int
    /// Respondents per group of every single-dimension grouping, in the result's order.
    public var groupCounts: [GroupCount]
    /// The smallest group size that shows figures.
    public var minimumGroupSize: Int
    /// The phase of each network (and of the whole set), as most of its respondents see it.
    public var phases: [PhaseLine]
    /// The three elements with the highest mean, highest first.
    public var strongest: [ElementBrief]
    /// The three elements with the lowest mean, lowest first.
    public var weakest: [ElementBrief]

    /// Creates a summary.
    public init(
        respondents: Int, rowsRead: Int, groupCounts: [GroupCount], minimumGroupSize: Int, phases: [PhaseLine],
        strongest: [ElementBrief], weakest: [ElementBrief]
    ) {
        self.respondents = respondents
        self.rowsRead = rowsRead
        self.groupCounts = groupCounts
        self.minimumGroupSize = minimumGroupSize
        self.phases = phases
        self.strongest = strongest
        self.weakest = weakest
    }
}

/// How many respondents one group has, and whether its figures are hidden.
public struct GroupCount: Hashable, Sendable {
    /// The grouping, for example `[.perspective]`; empty for the whole set.
    public var dimensions: [GroupDimension]
    /// The grouping's label, for example `Perspectief`.
    public var dimensionLabel: String
    /// The group's canonical value per dimension.
    public var values: [String]
    /// The group's label, for example `Praktijk`.
    public var label: String
    /// Respondents in the group.
    public var respondents: Int
    /// Whether the group's figures are hidden.
    public var suppressed: Bool

    /// Creates a group count.
    public init(
        dimensions: [GroupDimension], dimensionLabel: String, values: [String], label: String, respondents: Int,
        suppressed: Bool
    ) {
        self.dimensions = dimensions
        self.dimensionLabel = dimensionLabel
        self.values = values
        self.label = label
        self.respondents = respondents
        self.suppressed = suppressed
    }
}

/// The phase one network is in, as most of its respondents see it.
public struct PhaseLine: Hashable, Sendable {
    /// The network's name, or the label of the whole set.
    public var group: String
    /// The phase's label; `nil` when no respondent reported one.
    public var phase: String?

    /// Creates a phase line.
    public init(group: String, phase: String?) {
        self.group = group
        self.phase = phase
    }
}

/// An element's name, mean and band, for the summary's lists.
public struct ElementBrief: Hashable, Sendable {
    /// The element.
    public var id: CoreElement.ID
    /// The element's name.
    public var name: String
    /// The element's mean.
    public var mean: Double
    /// The element's band, where it has one.
    public var band: Band?

    /// Creates an element brief.
    public init(id: CoreElement.ID, name: String, mean: Double, band: Band?) {
        self.id = id
        self.name = name
        self.mean = mean
        self.band = band
    }
}
