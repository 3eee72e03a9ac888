extension LISO2023Content {
    /// The three development phases; the end phase is described with institutionalising. What
    /// deserves attention in each phase is authored by this project.
    static let phases: [Phase] = [
        Phase(
            id: "forming", name: LocalizedText(nl: "Opstarten", en: "Forming"),
            description: LocalizedText(
                nl: "De deelnemers leren elkaar kennen, maken samen het doel duidelijk en spreken af hoe ze "
                    + "samenwerken.",
                en: "Members find each other, sharpen the issue and the goal, and agree how they will work "
                    + "together."),
            relevance: PhaseRelevance(
                elements: ["community-context", "learning-network", "organisation"],
                workingElements: [
                    "community-context.shared-issue.urgent-issue",
                    "learning-network.composition.diverse-perspectives",
                    "learning-network.composition.limited-size",
                    "learning-network.trust.know-each-other",
                    "organisation.agreements.clear-roles",
                    "organisation.resources.time-from-employer",
                    "organisation.coordination.trekker-time",
                    "synergy.shared-goal.explicit-goal",
                    "making-lessons-explicit.learning-aim.from-the-start",
                    "phasing.phase-awareness.welcome-newcomers",
                ],
                provenance: .derived)),
        Phase(
            id: "maintaining", name: LocalizedText(nl: "Onderhouden", en: "Maintaining"),
            description: LocalizedText(
                nl: "Het netwerk werkt en leert samen en zorgt dat de deelnemers betrokken blijven.",
                en: "The network works and learns together, keeps its members engaged and keeps up with the "
                    + "question."),
            relevance: PhaseRelevance(
                elements: ["synergy", "making-lessons-explicit", "phasing"],
                workingElements: [
                    "synergy.added-value.more-together",
                    "synergy.combining-knowledge.three-sources",
                    "synergy.open-communication.constructive-disagreement",
                    "making-lessons-explicit.capturing.regular-reflection",
                    "making-lessons-explicit.learning-by-doing.tacit-knowledge",
                    "making-lessons-explicit.learning-aim.beyond-deliverables",
                    "learning-network.trust.safe-to-share",
                    "learning-network.commitment.active-participation",
                    "organisation.coordination.prepared-meetings",
                    "results.value-for-members.learning-yield",
                    "phasing.continued-development.topic-current",
                    "phasing.continued-development.shared-responsibility",
                    "phasing.staying-innovative.learning-needs",
                ],
                provenance: .derived)),
        Phase(
            id: "institutionalising",
            name: LocalizedText(nl: "Verankeren", en: "Institutionalising"),
            description: LocalizedText(
                nl: "Wat het netwerk leerde, krijgt een vaste plek in organisaties, beleid en onderwijs, of het "
                    + "netwerk rondt af en draagt zijn werk over.",
                en: "What the network learns is embedded in organisations, policy and education. The end phase "
                    + "belongs here too: the network closes or hands over its work and secures the lessons."),
            relevance: PhaseRelevance(
                elements: ["implementing-lessons", "results"],
                workingElements: [
                    "implementing-lessons.embedding.structural",
                    "implementing-lessons.into-organisations.management-support",
                    "implementing-lessons.embedding.follow-up",
                    "implementing-lessons.sharing-beyond.other-networks",
                    "results.value-for-organisations.better-practice",
                    "results.value-for-society.families-benefit",
                    "results.knowledge-products.usable-products",
                    "making-lessons-explicit.capturing.written-lessons",
                    "community-context.external-support.stakeholder-backing",
                    "organisation.resources.funding",
                    "phasing.continued-development.lead-partners",
                    "phasing.staying-innovative.monitoring-goal",
                ],
                provenance: .derived)),
    ]
}
