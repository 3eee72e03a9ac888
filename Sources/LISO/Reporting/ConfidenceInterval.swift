/// A confidence interval: the range that holds the true value with the stated confidence.
/// In the JSON report it is written as `[low, high]`.
public struct ConfidenceInterval: Hashable, Sendable, Codable {
    /// The lower bound.
    public var low: Double
    /// The upper bound.
    public var high: Double

    /// Creates an interval from its bounds.
    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// The interval `centre ± halfWidth`.
    public init(centre: Double, halfWidth: Double) {
        self.init(low: centre - halfWidth, high: centre + halfWidth)
    }

    /// Whether both bounds are finite numbers.
    public var isFinite: Bool { low.isFinite && high.isFinite }

    /// Whether zero lies outside the interval: the difference it describes is likely real.
    public var excludesZero: Bool { low > 0 || high < 0 }
}

extension ConfidenceInterval {
    /// Reads `[low, high]`.
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let low = try container.decode(Double.self)
        let high = try container.decode(Double.self)
        self.init(low: low, high: high)
    }

    /// Writes `[low, high]`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(low)
        try container.encode(high)
    }
}
