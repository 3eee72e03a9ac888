/// Where groups within a network see an element differently.
public struct Divergence: Hashable, Sendable, Codable {
    /// What is compared.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The spread of the means of the (unsuppressed) perspectives.
        case perspectives
        /// The gap between trekkers and the other members.
        case trekkersVersusMembers
    }

    /// What is compared.
    public var kind: Kind
    /// The network, or `nil` for the whole set.
    public var network: String?
    /// The element.
    public var element: CoreElement.ID
    /// Largest minus smallest mean (perspectives), or trekkers minus members.
    public var difference: Double
    /// The group with the highest mean.
    public var highest: String
    /// The group with the lowest mean.
    public var lowest: String
    /// The mean of each compared group, by group value.
    public var means: [String: Double]
    /// Whether the difference reaches the policy's threshold.
    public var flagged: Bool

    /// Creates a divergence finding.
    public init(
        kind: Kind, network: String?, element: CoreElement.ID, difference: Double, highest: String,
        lowest: String, means: [String: Double], flagged: Bool
    ) {
        self.kind = kind
        self.network = network
        self.element = element
        self.difference = difference
        self.highest = highest
        self.lowest = lowest
        self.means = means
        self.flagged = flagged
    }
}

/// What to discuss next for an element in attention or concern: the working elements that
/// matter in the network's phase, weakest element first.
public struct Recommendation: Hashable, Sendable, Codable {
    /// The network, or `nil` for the whole set.
    public var network: String?
    /// The phase the recommendation is for (the phase most respondents reported).
    public var phase: Phase.ID?
    /// The element that needs attention.
    public var element: CoreElement.ID
    /// The element's band.
    public var band: Band
    /// The element's mean.
    public var mean: Double
    /// The working elements to discuss, most relevant first.
    public var workingElements: [WorkingElement.ID]

    /// Creates a recommendation.
    public init(
        network: String?, phase: Phase.ID?, element: CoreElement.ID, band: Band, mean: Double,
        workingElements: [WorkingElement.ID]
    ) {
        self.network = network
        self.phase = phase
        self.element = element
        self.band = band
        self.mean = mean
        self.workingElements = workingElements
    }
}

/// Data quality flags over the whole set.
public struct QualityFlags: Hashable, Sendable, Codable {
    /// Respondents with at least the policy's number of answered items, all the same value.
    public var straightliners: Int
    /// Respondent ids that occur more than once (each id counted once).
    public var duplicateIds: Int

    /// Creates quality flags.
    public init(straightliners: Int, duplicateIds: Int) {
        self.straightliners = straightliners
        self.duplicateIds = duplicateIds
    }
}

/// The change per element between two waves or two sets.
public struct WaveComparison: Hashable, Sendable, Codable {
    /// The label of the earlier set (a wave or a file name).
    public var before: String
    /// The label of the later set.
    public var after: String
    /// One change per element, in framework order.
    public var elements: [ElementChange]

    /// Creates a comparison.
    public init(before: String, after: String, elements: [ElementChange]) {
        self.before = before
        self.after = after
        self.elements = elements
    }
}

/// The change of one element between two waves.
public struct ElementChange: Hashable, Sendable, Codable {
    /// The element.
    public var id: CoreElement.ID
    /// Respondents with an element score before.
    public var nBefore: Int
    /// Respondents with an element score after.
    public var nAfter: Int
    /// The mean before.
    public var meanBefore: Double?
    /// The mean after.
    public var meanAfter: Double?
    /// After minus before.
    public var difference: Double?
    /// Welch 95% confidence interval of the difference.
    public var ci95: ConfidenceInterval?
    /// Hedges' g (bias-corrected standardised difference).
    public var hedgesG: Double?
    /// Whether the interval excludes zero.
    public var likelyReal: Bool
    /// Why figures are absent, where they are.
    public var note: ChangeNote?

    /// Creates an element change.
    public init(
        id: CoreElement.ID, nBefore: Int, nAfter: Int, meanBefore: Double?, meanAfter: Double?,
        difference: Double?, ci95: ConfidenceInterval?, hedgesG: Double?, likelyReal: Bool, note: ChangeNote? = nil
    ) {
        self.id = id
        self.nBefore = nBefore
        self.nAfter = nAfter
        self.meanBefore = meanBefore
        self.meanAfter = meanAfter
        self.difference = difference
        self.ci95 = ci95
        self.hedgesG = hedgesG
        self.likelyReal = likelyReal
        self.note = note
    }
}

/// Why the change of an element between two waves has no figures.
public enum ChangeNote: String, Hashable, Sendable, Codable, CaseIterable {
    /// One of the two groups is hidden to protect small groups.
    case suppressed
    /// One side has no mean, or fewer than two scores.
    case tooFewRespondents = "too-few-respondents"
    /// Neither side's scores vary, so no interval can be computed.
    case zeroVariance = "zero-variance"
}
