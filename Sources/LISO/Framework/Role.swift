/// A role a person has in a learning network, for example trekker (network lead) or member.
public struct Role: Identifiable, Hashable, Sendable, Codable {
    /// Identifies a role, for example `trekker`.
    public typealias ID = TypedID<Role>

    /// The role's stable identifier.
    public var id: ID
    /// The role's name.
    public var name: LocalizedText
    /// What a person in this role does.
    public var description: LocalizedText

    /// Creates a role.
    public init(id: ID, name: LocalizedText, description: LocalizedText) {
        self.id = id
        self.name = name
        self.description = description
    }
}
