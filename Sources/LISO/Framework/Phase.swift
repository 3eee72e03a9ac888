/// A development phase of a learning network. A network cycles back through the phases when
/// members join or plans are renewed, so a phase is a current state, not a step in a pipeline.
public struct Phase: Identifiable, Hashable, Sendable, Codable {
    /// Identifies a phase: `forming`, `maintaining` or `institutionalising`.
    public typealias ID = TypedID<Phase>

    /// The phase's stable identifier.
    public var id: ID
    /// The phase's name.
    public var name: LocalizedText
    /// What characterises the phase.
    public var description: LocalizedText
    /// What deserves most attention in this phase.
    public var relevance: PhaseRelevance

    /// Creates a phase.
    public init(id: ID, name: LocalizedText, description: LocalizedText, relevance: PhaseRelevance) {
        self.id = id
        self.name = name
        self.description = description
        self.relevance = relevance
    }
}

/// The elements and working elements that deserve most attention in a phase, most important
/// first. Recommendations in reports read it.
public struct PhaseRelevance: Hashable, Sendable, Codable {
    /// The core elements that matter most in the phase.
    public var elements: [CoreElement.ID]
    /// The working elements that matter most in the phase.
    public var workingElements: [WorkingElement.ID]
    /// Where this judgement comes from.
    public var provenance: Provenance

    /// Creates a phase relevance.
    public init(elements: [CoreElement.ID], workingElements: [WorkingElement.ID], provenance: Provenance) {
        self.elements = elements
        self.workingElements = workingElements
        self.provenance = provenance
    }
}
