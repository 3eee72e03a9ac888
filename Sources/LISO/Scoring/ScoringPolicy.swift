/// The rules of scoring that a researcher may change; the defaults are the documented method.
public struct ScoringPolicy: Hashable, Sendable, Codable {
    /// The fraction of an element's items a respondent must answer for an element score.
    /// Default 0.5.
    public var minimumAnsweredFraction: Double
    /// Groups with fewer respondents show their count only. Default 5.
    public var minimumGroupSize: Int
    /// Perspective spread (largest minus smallest mean) at or above which an element is
    /// flagged as divergent. Default 1.0.
    public var divergenceThreshold: Double
    /// A mean at or above this is a strength, on every scale; `nil` (the default) uses each
    /// scale's own bands (``ResponseScale/bands``: 4.0 on the built-in 1–5 scale).
    ///
    /// In an ``EvaluationResult`` the policy records the bands in force: the instrument's bands
    /// when all its elements share them.
    public var strengthThreshold: Double?
    /// A mean at or above this (and below the strength band) needs attention, below it is a
    /// concern, on every scale; `nil` (the default) uses each scale's own bands (3.0 on the
    /// built-in 1–5 scale).
    public var attentionThreshold: Double?
    /// A respondent with at least this many answered items, all the same value, is flagged as
    /// a straightliner. Default 10.
    public var straightlinerMinimumItems: Int
    /// The groupings to report besides the whole set; each is one dimension or a combination.
    /// Empty means the default: network, perspective and role, those present in the data.
    public var groupings: [[GroupDimension]]

    /// Creates a policy; every argument defaults to the documented method.
    public init(
        minimumAnsweredFraction: Double = 0.5, minimumGroupSize: Int = 5, divergenceThreshold: Double = 1.0,
        strengthThreshold: Double? = nil, attentionThreshold: Double? = nil, straightlinerMinimumItems: Int = 10,
        groupings: [[GroupDimension]] = []
    ) {
        self.minimumAnsweredFraction = minimumAnsweredFraction
        self.minimumGroupSize = minimumGroupSize
        self.divergenceThreshold = divergenceThreshold
        self.strengthThreshold = strengthThreshold
        self.attentionThreshold = attentionThreshold
        self.straightlinerMinimumItems = straightlinerMinimumItems
        self.groupings = groupings
    }

    /// The documented default method.
    public static let standard = ScoringPolicy()
}
