/// A versioned set of core elements, phases, perspectives and roles against which networks are
/// evaluated. ``EvaluationFramework/liso2023`` is the built-in one.
public struct EvaluationFramework: Identifiable, Hashable, Sendable, Codable {
    /// Identifies a framework version, for example `liso-2023`.
    public typealias ID = TypedID<EvaluationFramework>

    /// The framework's version identifier.
    public var id: ID
    /// The framework's name.
    public var name: LocalizedText
    /// The core elements, in the framework's order.
    public var elements: [CoreElement]
    /// The development phases.
    public var phases: [Phase]
    /// The perspectives members take.
    public var perspectives: [Perspective]
    /// The roles people have.
    public var roles: [Role]

    /// Creates a framework.
    public init(
        id: ID, name: LocalizedText, elements: [CoreElement], phases: [Phase],
        perspectives: [Perspective], roles: [Role]
    ) {
        self.id = id
        self.name = name
        self.elements = elements
        self.phases = phases
        self.perspectives = perspectives
        self.roles = roles
    }

    /// The element with the given identifier.
    ///
    /// - Complexity: O(*n*) in the number of elements.
    public func element(_ id: CoreElement.ID) -> CoreElement? { elements.first { $0.id == id } }

    /// The phase with the given identifier.
    public func phase(_ id: Phase.ID) -> Phase? { phases.first { $0.id == id } }

    /// The perspective with the given identifier.
    public func perspective(_ id: Perspective.ID) -> Perspective? { perspectives.first { $0.id == id } }

    /// The role with the given identifier.
    public func role(_ id: Role.ID) -> Role? { roles.first { $0.id == id } }

    /// The theme with the given identifier, in any element.
    ///
    /// - Complexity: O(*t*) in the number of themes.
    public func theme(_ id: Theme.ID) -> Theme? {
        for element in elements {
            if let theme = element.themes.first(where: { $0.id == id }) { return theme }
        }
        return nil
    }

    /// The working element with the given identifier, in any theme.
    ///
    /// - Complexity: O(*w*) in the number of working elements.
    public func workingElement(_ id: WorkingElement.ID) -> WorkingElement? {
        for element in elements {
            for theme in element.themes {
                if let found = theme.workingElements.first(where: { $0.id == id }) { return found }
            }
        }
        return nil
    }

    /// The frameworks this library knows, by identifier.
    public static let builtIn: [ID: EvaluationFramework] = [liso2023.id: liso2023]
}
