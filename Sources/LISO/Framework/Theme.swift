/// A theme under a core element: a group of working elements about one subject.
public struct Theme: Identifiable, Hashable, Sendable, Codable {
    /// Identifies a theme, for example `synergy.shared-goal`.
    public typealias ID = TypedID<Theme>

    /// The theme's stable identifier.
    public var id: ID
    /// The theme's name.
    public var name: LocalizedText
    /// Whether practice experts count this theme among the element's top three.
    public var isTopThree: Bool
    /// Where the theme comes from.
    public var provenance: Provenance
    /// What the theme rests on, where known.
    public var basis: Basis?
    /// The working elements under this theme.
    public var workingElements: [WorkingElement]

    /// Creates a theme.
    public init(
        id: ID, name: LocalizedText, isTopThree: Bool, provenance: Provenance, basis: Basis? = nil,
        workingElements: [WorkingElement]
    ) {
        self.id = id
        self.name = name
        self.isTopThree = isTopThree
        self.provenance = provenance
        self.basis = basis
        self.workingElements = workingElements
    }
}
