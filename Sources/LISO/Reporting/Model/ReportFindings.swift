/// One element that two or more groups see differently, labelled for reading.
public struct DivergenceLine: Hashable, Sendable {
    /// What is compared.
    public var kind: Divergence.Kind
    /// The network's name, or `nil` for the whole set.
    public var network: String?
    /// The element's name.
    public var element: String
    /// Largest minus smallest mean, or trekkers minus members.
    public var difference: Double
    /// The label of the group with the highest mean.
    public var highest: String
    /// The label of the group with the lowest mean.
    public var lowest: String
    /// Whether the difference reaches the policy's threshold.
    public var flagged: Bool

    /// Creates a divergence line.
    public init(
        kind: Divergence.Kind, network: String?, element: String, difference: Double, highest: String,
        lowest: String, flagged: Bool
    ) {
        self.kind = kind
        self.network = network
        self.element = element
        self.difference = difference
        self.highest = highest
        self.lowest = lowest
        self.flagged = flagged
    }
}

/// An element that needs attention, with questions to discuss at the next meeting.
public struct RecommendationSection: Hashable, Sendable {
    /// The network's name, or `nil` for the whole set.
    public var network: String?
    /// The phase's label, where known.
    public var phase: String?
    /// The element's name.
    public var element: String
    /// The element's band.
    public var band: Band
    /// The element's mean.
    public var mean: Double
    /// Questions phrased from the working elements that matter in the phase, most relevant first.
    public var questions: [String]

    /// How many questions the human-readable formats show; the JSON report lists every working element.
    public static let questionsShown = 3

    /// Creates a recommendation section.
    public init(network: String?, phase: String?, element: String, band: Band, mean: Double, questions: [String]) {
        self.network = network
        self.phase = phase
        self.element = element
        self.band = band
        self.mean = mean
        self.questions = questions
    }
}

/// The change per element between two waves.
public struct WaveSection: Hashable, Sendable {
    /// The label of the earlier wave.
    public var before: String
    /// The label of the later wave.
    public var after: String
    /// One row per element, in framework order.
    public var rows: [WaveRow]

    /// Creates a wave section.
    public init(before: String, after: String, rows: [WaveRow]) {
        self.before = before
        self.after = after
        self.rows = rows
    }
}

/// The change of one element between two waves, labelled for reading.
public struct WaveRow: Hashable, Sendable {
    /// The element's name.
    public var name: String
    /// The change as computed.
    public var change: ElementChange

    /// Creates a wave row.
    public init(name: String, change: ElementChange) {
        self.name = name
        self.change = change
    }
}
