extension LISO2023Content {
    /// The core element `learning-network`: the group itself.
    static let learningNetwork = CoreElement(
        id: "learning-network",
        name: LocalizedText(nl: "Het leernetwerk", en: "The learning network"),
        description: LocalizedText(
            nl: "De groep zelf: wie er meedoen, hoe groot de groep is, en het vertrouwen en de inzet van de "
                + "deelnemers.",
            en: "The group itself: who takes part, how large it is, and the trust and commitment of its "
                + "members."),
        themes: [
            Theme(
                id: "learning-network.composition",
                name: LocalizedText(nl: "Omvang en samenstelling", en: "Size and composition"),
                isTopThree: true, provenance: .site, basis: .literature,
                workingElements: [
                    WorkingElement(
                        id: "learning-network.composition.limited-size",
                        statement: LocalizedText(
                            nl: "Het netwerk is niet te groot: met te veel deelnemers wordt samen leren moeilijk.",
                            en: "A limited number of members helps; too many members hinder learning."),
                        provenance: .site, basis: .literature),
                    WorkingElement(
                        id: "learning-network.composition.diverse-perspectives",
                        statement: LocalizedText(
                            nl: "Deelnemers komen uit beleid, onderwijs, praktijk, onderzoek en gezinnen.",
                            en: "Members come from policy, education, practice, research and families."),
                        provenance: .derived, basis: .expert),
                ]),
            Theme(
                id: "learning-network.trust",
                name: LocalizedText(nl: "Vertrouwen en veiligheid", en: "Trust and safety"),
                isTopThree: true, provenance: .derived, basis: .literature,
                workingElements: [
                    WorkingElement(
                        id: "learning-network.trust.safe-to-share",
                        statement: LocalizedText(
                            nl: "Deelnemers durven twijfels en fouten te delen.",
                            en: "Members dare to share doubts and mistakes."),
                        provenance: .derived, basis: .literature),
                    WorkingElement(
                        id: "learning-network.trust.know-each-other",
                        statement: LocalizedText(
                            nl: "Deelnemers kennen elkaar en weten wat ieder kan bijdragen.",
                            en: "Members know each other and what each can contribute."),
                        provenance: .derived, basis: .expert),
                ]),
            Theme(
                id: "learning-network.commitment",
                name: LocalizedText(nl: "Inzet van deelnemers", en: "Commitment of members"),
                isTopThree: true, provenance: .derived, basis: .expert,
                workingElements: [
                    WorkingElement(
                        id: "learning-network.commitment.active-participation",
                        statement: LocalizedText(
                            nl: "Deelnemers doen actief mee, ook tussen de bijeenkomsten door.",
                            en: "Members take an active part, also between meetings."),
                        provenance: .derived, basis: .expert),
                    WorkingElement(
                        id: "learning-network.commitment.continuity",
                        statement: LocalizedText(
                            nl: "Deelnemers blijven langere tijd betrokken.",
                            en: "Members stay involved over a longer period."),
                        provenance: .derived, basis: .expert),
                ]),
            Theme(
                id: "learning-network.leadership",
                name: LocalizedText(nl: "Trekkerschap", en: "Leadership"),
                isTopThree: false, provenance: .derived, basis: .expert,
                workingElements: [
                    WorkingElement(
                        id: "learning-network.leadership.trekker-guides",
                        statement: LocalizedText(
                            nl: "Een trekker leidt het netwerk en let erop dat er geleerd wordt.",
                            en: "A network lead (trekker) runs the network and guards the learning process."),
                        provenance: .derived, basis: .expert)
                ]),
        ])
}
