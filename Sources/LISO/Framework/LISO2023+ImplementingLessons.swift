extension LISO2023Content {
    /// The core element `implementing-lessons`: applying and embedding what the network learns.
    static let implementingLessons = CoreElement(
        id: "implementing-lessons",
        name: LocalizedText(nl: "Lessen toepassen", en: "Implementing lessons"),
        description: LocalizedText(
            nl: "Wat het netwerk leert, gebruiken en een vaste plek geven in de eigen organisaties, in beleid, "
                + "onderwijs en praktijk.",
            en: "Applying and embedding what the network learns in the members' organisations, in policy, "
                + "education and practice."),
        themes: [
            Theme(
                id: "implementing-lessons.into-organisations",
                name: LocalizedText(nl: "Lessen naar de organisaties", en: "Lessons into the organisations"),
                isTopThree: true, provenance: .derived, basis: .expert,
                workingElements: [
                    WorkingElement(
                        id: "implementing-lessons.into-organisations.members-as-bridges",
                        statement: LocalizedText(
                            nl: "Deelnemers nemen wat ze leren mee terug naar hun eigen organisatie.",
                            en: "Members take what they learn back to their own organisation."),
                        provenance: .derived, basis: .expert),
                    WorkingElement(
                        id: "implementing-lessons.into-organisations.management-support",
                        statement: LocalizedText(
                            nl: "Leidinggevenden steunen het toepassen van de lessen.",
                            en: "Managers support applying the lessons."),
                        provenance: .derived, basis: .literature),
                ]),
            Theme(
                id: "implementing-lessons.in-practice",
                name: LocalizedText(nl: "Toepassen in de praktijk", en: "Applying in practice"),
                isTopThree: true, provenance: .derived, basis: .literature,
                workingElements: [
                    WorkingElement(
                        id: "implementing-lessons.in-practice.tried-out",
                        statement: LocalizedText(
                            nl: "Lessen worden uitgeprobeerd in de praktijk.",
                            en: "Lessons are tried out in practice."),
                        provenance: .derived, basis: .expert),
                    WorkingElement(
                        id: "implementing-lessons.in-practice.adapted-locally",
                        statement: LocalizedText(
                            nl: "Lessen worden aangepast aan de plaatselijke situatie.",
                            en: "Lessons are adapted to the local situation."),
                        provenance: .derived, basis: .literature),
                ]),
            Theme(
                id: "implementing-lessons.embedding",
                name: LocalizedText(nl: "Een vaste plek geven", en: "Embedding"),
                isTopThree: true, provenance: .derived, basis: .literature,
                workingElements: [
                    WorkingElement(
                        id: "implementing-lessons.embedding.structural",
                        statement: LocalizedText(
                            nl: "Wat werkt, wordt een vast onderdeel van beleid, opleiding of werkwijze.",
                            en: "What works becomes a standard part of policy, training or ways of working."),
                        provenance: .derived, basis: .literature),
                    WorkingElement(
                        id: "implementing-lessons.embedding.follow-up",
                        statement: LocalizedText(
                            nl: "Het netwerk volgt of de lessen ook echt gebruikt worden.",
                            en: "The network follows whether the lessons are actually used."),
                        provenance: .derived, basis: .expert),
                ]),
            Theme(
                id: "implementing-lessons.sharing-beyond",
                name: LocalizedText(nl: "Delen buiten het netwerk", en: "Sharing beyond the network"),
                isTopThree: false, provenance: .derived, basis: .expert,
                workingElements: [
                    WorkingElement(
                        id: "implementing-lessons.sharing-beyond.other-networks",
                        statement: LocalizedText(
                            nl: "Lessen worden gedeeld met andere netwerken en professionals.",
                            en: "Lessons are shared with other networks and professionals."),
                        provenance: .derived, basis: .expert)
                ]),
        ])
}
