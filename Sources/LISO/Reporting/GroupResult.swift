/// The scores of one group of respondents: the whole set, one network, one perspective, or a
/// combination. A suppressed group carries its count only.
public struct GroupResult: Hashable, Sendable, Codable {
    /// The grouping: `all`, a dimension such as `network`, or a combination such as
    /// `network,perspective`.
    public var dimension: String
    /// The group's canonical value: `all`, a network name, a perspective id; for a
    /// combination, the values joined by `,` in the order of ``dimension``.
    public var value: String
    /// The values of a combination, one per dimension; one element for a single dimension.
    public var values: [String]
    /// Respondents in the group.
    public var respondents: Int
    /// Whether the group is too small to show (or would reveal a small group by subtraction).
    public var suppressed: Bool
    /// Why the group is suppressed: `small-group` or `complementary`; `nil` when shown.
    public var suppressionReason: String?
    /// The phase most respondents of the group reported, where any did.
    public var phase: Phase.ID?
    /// One result per core element, in framework order; empty when suppressed.
    public var elements: [ElementResult]
    /// One result per item, in instrument order; empty when suppressed.
    public var items: [ItemResult]

    /// Creates a group result.
    public init(
        dimension: String, value: String, values: [String], respondents: Int, suppressed: Bool,
        suppressionReason: String? = nil, phase: Phase.ID? = nil, elements: [ElementResult], items: [ItemResult]
    ) {
        self.dimension = dimension
        self.value = value
        self.values = values
        self.respondents = respondents
        self.suppressed = suppressed
        self.suppressionReason = suppressionReason
        self.phase = phase
        self.elements = elements
        self.items = items
    }
}

/// How an element scores, by its mean on the 1–5 scale.
public enum Band: String, Hashable, Sendable, Codable, CaseIterable {
    /// Mean at least 4.0.
    case strength
    /// Mean at least 3.0 and below 4.0.
    case attention
    /// Mean below 3.0.
    case concern
}

/// The score of one core element in one group.
public struct ElementResult: Hashable, Sendable, Codable {
    /// The element.
    public var id: CoreElement.ID
    /// Respondents with an element score (enough items answered).
    public var n: Int
    /// The mean element score; `nil` when `n` is 0.
    public var mean: Double?
    /// The sample standard deviation; `nil` when `n` < 2.
    public var sd: Double?
    /// The 95% confidence interval of the mean by Student's t, `[low, high]`; `nil` when `n` < 2.
    public var ci95: [Double]?
    /// The mean on a 0–100 scale: (mean − min) / (max − min) × 100.
    public var score100: Double?
    /// The band of the mean.
    public var band: Band?
    /// Cronbach's alpha; `nil` when ``alphaN`` < 3, fewer than 2 items, or zero variance.
    public var alpha: Double?
    /// Respondents who answered every item of the element, on whom alpha is computed.
    public var alphaN: Int
    /// Why alpha is absent, where it is: `too-few-respondents`, `too-few-items`, `zero-variance`.
    public var alphaNote: String?
    /// Within-group agreement rwg(j); `nil` where it cannot be computed.
    public var rwg: Double?
    /// Per item: item–rest correlation and alpha if the item is deleted.
    public var itemReliability: [ItemReliability]

    /// Creates an element result.
    public init(
        id: CoreElement.ID, n: Int, mean: Double?, sd: Double?, ci95: [Double]?, score100: Double?, band: Band?,
        alpha: Double?, alphaN: Int, alphaNote: String? = nil, rwg: Double?, itemReliability: [ItemReliability] = []
    ) {
        self.id = id
        self.n = n
        self.mean = mean
        self.sd = sd
        self.ci95 = ci95
        self.score100 = score100
        self.band = band
        self.alpha = alpha
        self.alphaN = alphaN
        self.alphaNote = alphaNote
        self.rwg = rwg
        self.itemReliability = itemReliability
    }
}

/// How one item hangs together with the rest of its element.
public struct ItemReliability: Hashable, Sendable, Codable {
    /// The item.
    public var id: Item.ID
    /// The correlation of the item with the sum of the element's other items.
    public var itemRest: Double?
    /// Cronbach's alpha of the element without this item.
    public var alphaIfDeleted: Double?

    /// Creates an item reliability.
    public init(id: Item.ID, itemRest: Double?, alphaIfDeleted: Double?) {
        self.id = id
        self.itemRest = itemRest
        self.alphaIfDeleted = alphaIfDeleted
    }
}

/// The answers to one item in one group. Values are after reverse keying: higher is better.
public struct ItemResult: Hashable, Sendable, Codable {
    /// The item.
    public var id: Item.ID
    /// The element the item measures.
    public var element: CoreElement.ID
    /// Scored answers.
    public var n: Int
    /// "Don't know" or "not applicable" answers.
    public var dontKnow: Int
    /// Empty cells.
    public var unanswered: Int
    /// Cells that matched nothing on the scale.
    public var invalid: Int
    /// The mean of the scored answers; `nil` when `n` is 0.
    public var mean: Double?
    /// The sample standard deviation; `nil` when `n` < 2.
    public var sd: Double?
    /// Answers per scale value, keyed by the value as text (`"1"` … `"5"`).
    public var counts: [String: Int]

    /// Creates an item result.
    public init(
        id: Item.ID, element: CoreElement.ID, n: Int, dontKnow: Int, unanswered: Int, invalid: Int, mean: Double?,
        sd: Double?, counts: [String: Int]
    ) {
        self.id = id
        self.element = element
        self.n = n
        self.dontKnow = dontKnow
        self.unanswered = unanswered
        self.invalid = invalid
        self.mean = mean
        self.sd = sd
        self.counts = counts
    }
}
