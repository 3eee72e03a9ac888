/// The answers an item accepts: numbered values, each with labels and export codes, and the
/// answers that count as missing ("weet niet", "niet van toepassing").
public struct ResponseScale: Identifiable, Hashable, Sendable, Codable {
    /// Identifies a scale within an instrument, for example `agree5`.
    public typealias ID = TypedID<ResponseScale>

    /// One scored answer of a scale.
    public struct Value: Hashable, Sendable, Codable {
        /// The score, for example `4`.
        public var value: Double
        /// The words respondents see, in any language, for example `Mee eens`, `Agree`.
        public var labels: [String]
        /// Codes survey tools export for this answer, for example `A4`.
        public var codes: [String]

        /// Creates a scale value.
        public init(value: Double, labels: [String], codes: [String] = []) {
            self.value = value
            self.labels = labels
            self.codes = codes
        }
    }

    /// Answers that are recorded but never scored.
    public struct Missing: Hashable, Sendable, Codable {
        /// The words respondents see, for example `Weet niet`.
        public var labels: [String]
        /// Codes survey tools export for this answer, for example `9`.
        public var codes: [String]

        /// Creates a missing-answer definition.
        public init(labels: [String], codes: [String] = []) {
            self.labels = labels
            self.codes = codes
        }
    }

    /// The scale's identifier.
    public var id: ID
    /// The scored values, lowest first.
    public var values: [Value]
    /// The answers that count as "don't know".
    public var missing: [Missing]
    /// The bands the instrument sets for this scale (its optional `bands` key); `nil` for the
    /// bands relative to the scale's range. Read ``bands`` for the bands in force.
    public var bandOverride: Bands?

    /// Creates a scale.
    public init(id: ID, values: [Value], missing: [Missing], bands: Bands? = nil) {
        self.id = id
        self.values = values
        self.missing = missing
        self.bandOverride = bands
    }

    /// The lowest score on the scale.
    public var minimum: Double { values.map(\.value).min() ?? 0 }
    /// The highest score on the scale.
    public var maximum: Double { values.map(\.value).max() ?? 0 }
}
