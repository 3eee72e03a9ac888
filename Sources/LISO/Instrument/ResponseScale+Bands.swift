extension ResponseScale {
    /// Where a scale's bands start: a mean at or above ``strength`` is a strength, at or above
    /// ``attention`` needs attention, below it is a concern.
    public struct Bands: Hashable, Sendable, Codable {
        /// The lowest mean that is a strength.
        public var strength: Double
        /// The lowest mean that needs attention rather than being a concern.
        public var attention: Double

        /// Creates bands from their thresholds.
        public init(strength: Double, attention: Double) {
            self.strength = strength
            self.attention = attention
        }

        /// The share of a scale's range above its minimum where strength starts: 0.75.
        public static let strengthPosition = 0.75
        /// The share of a scale's range above its minimum where attention starts: 0.5.
        public static let attentionPosition = 0.5

        /// The bands relative to a range: strength from `minimum + 0.75 × range`, attention from
        /// `minimum + 0.5 × range`; on 1–5 that is 4.0 and 3.0, on 1–7 5.5 and 4.0.
        public init(minimum: Double, maximum: Double) {
            let range = maximum - minimum
            self.init(
                strength: minimum + Self.strengthPosition * range, attention: minimum + Self.attentionPosition * range)
        }

        /// The band of a mean.
        public func band(of mean: Double) -> Band {
            if mean >= strength { return .strength }
            if mean >= attention { return .attention }
            return .concern
        }
    }

    /// The scale's bands: the instrument's own (``bandOverride``) where it sets them, otherwise
    /// relative to the scale's range (``Bands/init(minimum:maximum:)``).
    public var bands: Bands { bandOverride ?? Bands(minimum: minimum, maximum: maximum) }
}
