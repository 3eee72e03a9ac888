/// A perspective from which a member looks at the network's issue: policy, education,
/// practice, research or families.
public struct Perspective: Identifiable, Hashable, Sendable, Codable {
    /// Identifies a perspective, for example `families`.
    public typealias ID = TypedID<Perspective>

    /// The perspective's stable identifier.
    public var id: ID
    /// The perspective's name.
    public var name: LocalizedText
    /// Who takes this perspective.
    public var description: LocalizedText

    /// Creates a perspective.
    public init(id: ID, name: LocalizedText, description: LocalizedText) {
        self.id = id
        self.name = name
        self.description = description
    }
}
