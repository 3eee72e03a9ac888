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

/// The content of ``EvaluationFramework/liso2023``, one list per kind.
enum LISO2023Content {
    static let elements: [CoreElement] = [
        CoreElement(
            id: "community-context",
            name: LocalizedText(nl: "Community context", en: "Community context"),
            description: LocalizedText(nl: "", en: ""), themes: []),
        CoreElement(
            id: "learning-network",
            name: LocalizedText(nl: "Het leernetwerk", en: "The learning network"),
            description: LocalizedText(nl: "", en: ""), themes: []),
        CoreElement(
            id: "organisation", name: LocalizedText(nl: "Organisatie", en: "Organisation"),
            description: LocalizedText(nl: "", en: ""), themes: []),
        CoreElement(
            id: "synergy", name: LocalizedText(nl: "Synergie", en: "Synergy"),
            description: LocalizedText(nl: "", en: ""), themes: []),
        CoreElement(
            id: "results", name: LocalizedText(nl: "Opbrengsten (resultaten)", en: "Results and outputs"),
            description: LocalizedText(nl: "", en: ""), themes: []),
        CoreElement(
            id: "making-lessons-explicit",
            name: LocalizedText(nl: "Leerlessen expliciteren en vatten", en: "Making lessons explicit"),
            description: LocalizedText(nl: "", en: ""), themes: []),
        CoreElement(
            id: "implementing-lessons",
            name: LocalizedText(nl: "Leerlessen implementeren", en: "Implementing lessons"),
            description: LocalizedText(nl: "", en: ""), themes: []),
        CoreElement(
            id: "phasing", name: LocalizedText(nl: "Ontwikkelfasen (fasering)", en: "Development phases"),
            description: LocalizedText(nl: "", en: ""), themes: []),
    ]

    static let phases: [Phase] = [
        Phase(
            id: "forming", name: LocalizedText(nl: "Formeren", en: "Forming"),
            description: LocalizedText(nl: "", en: ""),
            relevance: PhaseRelevance(
                elements: ["community-context", "learning-network", "organisation"], workingElements: [],
                provenance: .derived)),
        Phase(
            id: "maintaining", name: LocalizedText(nl: "Onderhoud", en: "Maintaining"),
            description: LocalizedText(nl: "", en: ""),
            relevance: PhaseRelevance(
                elements: ["synergy", "making-lessons-explicit"], workingElements: [], provenance: .derived)),
        Phase(
            id: "institutionalising",
            name: LocalizedText(nl: "Institutionaliseren", en: "Institutionalising"),
            description: LocalizedText(nl: "", en: ""),
            relevance: PhaseRelevance(
                elements: ["implementing-lessons", "results"], workingElements: [], provenance: .derived)),
    ]

    static let perspectives: [Perspective] = [
        Perspective(
            id: "policy", name: LocalizedText(nl: "Beleid", en: "Policy"), description: LocalizedText(nl: "", en: "")),
        Perspective(
            id: "education", name: LocalizedText(nl: "Onderwijs", en: "Education"),
            description: LocalizedText(nl: "", en: "")),
        Perspective(
            id: "practice", name: LocalizedText(nl: "Praktijk", en: "Practice"),
            description: LocalizedText(nl: "", en: "")),
        Perspective(
            id: "research", name: LocalizedText(nl: "Onderzoek", en: "Research"),
            description: LocalizedText(nl: "", en: "")),
        Perspective(
            id: "families", name: LocalizedText(nl: "Gezinnen", en: "Families"),
            description: LocalizedText(nl: "", en: "")),
    ]

    static let roles: [Role] = [
        Role(
            id: "trekker", name: LocalizedText(nl: "Trekker", en: "Network lead (trekker)"),
            description: LocalizedText(nl: "", en: "")),
        Role(
            id: "initiator", name: LocalizedText(nl: "Initiatiefnemer", en: "Initiator"),
            description: LocalizedText(nl: "", en: "")),
        Role(
            id: "kwartiermaker", name: LocalizedText(nl: "Kwartiermaker", en: "Kwartiermaker (set-up lead)"),
            description: LocalizedText(nl: "", en: "")),
        Role(
            id: "coordinator", name: LocalizedText(nl: "Coördinator", en: "Coordinator"),
            description: LocalizedText(nl: "", en: "")),
        Role(id: "member", name: LocalizedText(nl: "Lid", en: "Member"), description: LocalizedText(nl: "", en: "")),
        Role(
            id: "vision-group", name: LocalizedText(nl: "Visiegroep", en: "Vision group"),
            description: LocalizedText(nl: "", en: "")),
    ]
}
