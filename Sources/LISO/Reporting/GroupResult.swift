/// The scores of one group of respondents: the whole set, one network, one perspective, or a
/// combination. A suppressed group carries its count only.
///
/// The whole set has no dimensions and no values. In the JSON report a group is written as
/// schema version 1 has it: `dimension` is `all` for the whole set, otherwise the
/// dimensions joined by `,` (`network,perspective`); `value` is `all` or the values joined by `,`;
/// `values` is `["all"]` for the whole set.
public struct GroupResult: Hashable, Sendable, Codable {
    /// The dimensions of the grouping, in order; empty for the whole set.
    public var dimensions: [GroupDimension]
    /// The group's canonical value per dimension, in the order of ``dimensions``; empty for the
    /// whole set.
    public var values: [String]
    /// Respondents in the group.
    public var respondents: Int
    /// Why the group is hidden; `nil` when it is shown.
    public var suppressionReason: SuppressionReason?
    /// The phase most respondents of the group reported, where any did.
    public var phase: Phase.ID?
    /// One result per core element, in framework order; empty when suppressed.
    public var elements: [ElementResult]
    /// One result per item, in instrument order; empty when suppressed.
    public var items: [ItemResult]

    /// Creates a group result.
    public init(
        dimensions: [GroupDimension], values: [String], respondents: Int,
        suppressionReason: SuppressionReason? = nil, phase: Phase.ID? = nil, elements: [ElementResult],
        items: [ItemResult]
    ) {
        self.dimensions = dimensions
        self.values = values
        self.respondents = respondents
        self.suppressionReason = suppressionReason
        self.phase = phase
        self.elements = elements
        self.items = items
    }

    /// Whether the group is too small to show (or would reveal a small group by subtraction).
    public var suppressed: Bool { suppressionReason != nil }

    /// Whether this is the whole set of respondents.
    public var isWholeSet: Bool { dimensions.isEmpty }

    /// The group's value as one text, the JSON report's `value`: `all` for the whole set, the
    /// values joined by `,` for a combination. Read ``values`` to take a combination apart.
    public var value: String { isWholeSet ? GroupDimension.wholeSetName : values.joined(separator: ",") }

    /// The value of `dimension` in this group, if the grouping has it.
    public func value(of dimension: GroupDimension) -> String? {
        dimensions.firstIndex(of: dimension).flatMap { $0 < values.count ? values[$0] : nil }
    }
}

/// Why a group's figures are hidden.
public enum SuppressionReason: String, Hashable, Sendable, Codable, CaseIterable {
    /// The group has fewer respondents than the policy's minimum group size.
    case smallGroup = "small-group"
    /// The group is large enough, but showing it would let a small sibling group be worked out
    /// by subtraction.
    case complementary
}

/// How an element scores, by its mean against the bands of its scale.
public enum Band: String, Hashable, Sendable, Codable, CaseIterable {
    /// Mean at or above the scale's strength band (4.0 on the built-in 1–5 scale).
    case strength
    /// Mean at or above the scale's attention band (3.0 on the built-in scale), below strength.
    case attention
    /// Mean below the attention band.
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
    /// The 95% confidence interval of the mean by Student's t; `nil` when `n` < 2.
    public var ci95: ConfidenceInterval?
    /// The mean on a 0–100 scale: (mean − min) / (max − min) × 100.
    public var score100: Double?
    /// The band of the mean.
    public var band: Band?
    /// Cronbach's alpha; `nil` when ``alphaN`` < 3, fewer than 2 items, or zero variance.
    public var alpha: Double?
    /// Respondents who answered every item of the element, on whom alpha is computed.
    public var alphaN: Int
    /// Why alpha is absent, where it is.
    public var alphaNote: AlphaNote?
    /// Within-group agreement rwg(j); `nil` where it cannot be computed.
    public var rwg: Double?
    /// Per item: item–rest correlation and alpha if the item is deleted.
    public var itemReliability: [ItemReliability]

    /// Creates an element result.
    public init(
        id: CoreElement.ID, n: Int, mean: Double?, sd: Double?, ci95: ConfidenceInterval?, score100: Double?,
        band: Band?, alpha: Double?, alphaN: Int, alphaNote: AlphaNote? = nil, rwg: Double?,
        itemReliability: [ItemReliability] = []
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

/// Why Cronbach's alpha of an element is absent.
public enum AlphaNote: String, Hashable, Sendable, Codable, CaseIterable {
    /// The element has fewer than two items.
    case tooFewItems = "too-few-items"
    /// Fewer than three respondents answered every item of the element.
    case tooFewRespondents = "too-few-respondents"
    /// The total score does not vary.
    case zeroVariance = "zero-variance"
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
    /// Answers per scale value, keyed by ``ResponseScale/text(of:)`` (`"1"` … `"5"`).
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
