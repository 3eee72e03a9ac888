/// One of the eight core elements (kernelementen) of a good learning network.
public struct CoreElement: Identifiable, Hashable, Sendable, Codable {
    /// Identifies a core element, for example `synergy`.
    public typealias ID = TypedID<CoreElement>

    /// The element's stable identifier.
    public var id: ID
    /// The element's name.
    public var name: LocalizedText
    /// What the element is about, in a sentence or two.
    public var description: LocalizedText
    /// The element's themes, the top three first.
    public var themes: [Theme]

    /// Creates a core element.
    public init(id: ID, name: LocalizedText, description: LocalizedText, themes: [Theme]) {
        self.id = id
        self.name = name
        self.description = description
        self.themes = themes
    }

    /// Every working element of every theme of this element, in order.
    public var workingElements: [WorkingElement] { themes.flatMap(\.workingElements) }
}
