/// The background questions of an instrument: who answered, in which network, from which
/// perspective and role, in which phase and wave.
public struct InstrumentFields: Hashable, Sendable, Codable {
    /// Where a background field is found and how its answers map to canonical ids.
    public struct Field: Hashable, Sendable, Codable {
        /// Column headers that carry the field.
        public var columns: [String]
        /// For coded fields: canonical id → the labels and codes that mean it. Empty for
        /// free fields such as the network name, whose text is the value.
        public var values: [String: [String]]

        /// Creates a field definition.
        public init(columns: [String], values: [String: [String]] = [:]) {
            self.columns = columns
            self.values = values
        }
    }

    /// The respondent id column.
    public var respondent: Field?
    /// The network name column.
    public var network: Field?
    /// The perspective column; values map to ``Perspective/ID``.
    public var perspective: Field?
    /// The role column; values map to ``Role/ID``.
    public var role: Field?
    /// The phase column; values map to ``Phase/ID``.
    public var phase: Field?
    /// The wave (measurement moment) column.
    public var wave: Field?

    /// Creates a set of field definitions.
    public init(
        respondent: Field? = nil, network: Field? = nil, perspective: Field? = nil, role: Field? = nil,
        phase: Field? = nil, wave: Field? = nil
    ) {
        self.respondent = respondent
        self.network = network
        self.perspective = perspective
        self.role = role
        self.phase = phase
        self.wave = wave
    }

    /// Every field with its key, in the order of the instrument file and the response template:
    /// respondent, network, perspective, role, phase, wave.
    public var inFileOrder: [(key: String, field: Field?)] {
        [
            ("respondent", respondent), ("network", network), ("perspective", perspective), ("role", role),
            ("phase", phase), ("wave", wave),
        ]
    }

    /// The fields the instrument has, with their keys, in ``inFileOrder``.
    public var present: [(key: String, field: Field)] {
        inFileOrder.compactMap { key, field in field.map { (key, $0) } }
    }
}
