extension EvaluationFramework {
    /// The LISO framework, 2023 version: eight core elements with their themes and working
    /// elements, three development phases, five perspectives and six roles.
    ///
    /// Content marked ``Provenance/derived`` is authored by this project from the element's
    /// meaning; content marked ``Provenance/site`` paraphrases the LISO publications.
    public static let liso2023 = EvaluationFramework(
        id: "liso-2023",
        name: LocalizedText(
            nl: "LISO – Leernetwerken in het Sociaal Domein (2023)",
            en: "LISO – Learning networks in the social domain (2023)"
        ),
        elements: LISO2023Content.elements,
        phases: LISO2023Content.phases,
        perspectives: LISO2023Content.perspectives,
        roles: LISO2023Content.roles
    )
}

/// The content of ``EvaluationFramework/liso2023``, one list per kind; each element lives in its
/// own file (`LISO2023+Synergy.swift` and so on).
enum LISO2023Content {
    /// The eight core elements in the framework's order.
    static let elements: [CoreElement] = [
        communityContext, learningNetwork, organisation, synergy, results, makingLessonsExplicit,
        implementingLessons, phasing,
    ]
}
