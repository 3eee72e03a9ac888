/// Where a piece of framework content comes from.
public enum Provenance: String, Hashable, Sendable, Codable, CaseIterable {
    /// Stated by the LISO site or its publications (paraphrased).
    case site
    /// Authored by this project from the element's meaning and the literature on collaboration.
    case derived
}

/// What a working element rests on, as the LISO site marks it.
public enum Basis: String, Hashable, Sendable, Codable, CaseIterable {
    /// Advice of practice experts (marked E on the site).
    case expert
    /// Scientific literature (marked L on the site).
    case literature
}
