/// A working element (werkzaam element): a short statement of what helps a learning network.
public struct WorkingElement: Identifiable, Hashable, Sendable, Codable {
    /// Identifies a working element, for example `synergy.shared-goal.explicit-goal`.
    public typealias ID = TypedID<WorkingElement>

    /// The working element's stable identifier.
    public var id: ID
    /// The statement of what helps.
    public var statement: LocalizedText
    /// Where the statement comes from.
    public var provenance: Provenance
    /// What the statement rests on, where known.
    public var basis: Basis?

    /// Creates a working element.
    public init(id: ID, statement: LocalizedText, provenance: Provenance, basis: Basis? = nil) {
        self.id = id
        self.statement = statement
        self.provenance = provenance
        self.basis = basis
    }
}
