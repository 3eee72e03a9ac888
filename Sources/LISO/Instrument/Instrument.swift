/// A questionnaire: its items, the scales they are answered on, and its background questions.
///
/// Instruments are read from and written to the versioned instrument file format
/// (`"format": "liso-instrument"`, `"version": 1`).
public struct Instrument: Identifiable, Hashable, Sendable {
    /// Identifies an instrument, for example `liso-2023-full`.
    public typealias ID = TypedID<Instrument>

    /// The instrument's identifier.
    public var id: ID
    /// The instrument's title.
    public var title: LocalizedText
    /// The framework version whose elements the items cite.
    public var framework: EvaluationFramework.ID
    /// The answer scales.
    public var scales: [ResponseScale]
    /// The items, in questionnaire order.
    public var items: [Item]
    /// The background questions.
    public var fields: InstrumentFields

    /// Creates an instrument.
    public init(
        id: ID, title: LocalizedText, framework: EvaluationFramework.ID, scales: [ResponseScale], items: [Item],
        fields: InstrumentFields
    ) {
        self.id = id
        self.title = title
        self.framework = framework
        self.scales = scales
        self.items = items
        self.fields = fields
    }

    /// The scale with the given identifier.
    public func scale(_ id: ResponseScale.ID) -> ResponseScale? { scales.first { $0.id == id } }

    /// The scale an item is answered on.
    public func scale(of item: Item) -> ResponseScale? { scale(item.scale) }
}
