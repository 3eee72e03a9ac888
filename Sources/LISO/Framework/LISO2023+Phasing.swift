extension LISO2023Content {
    /// The core element `phasing`: the development phases and what keeps a network going through them.
    /// Its first three themes paraphrase the LISO site.
    static let phasing = CoreElement(
        id: "phasing",
        name: LocalizedText(nl: "Fasen van het netwerk", en: "Development phases"),
        description: LocalizedText(
            nl: "Een netwerk gaat door de fasen opstarten, onderhouden en verankeren, soms gevolgd door een "
                + "afronding. Bij nieuwe leden, nieuwe plannen of nieuwe vragen gaat het terug naar een eerdere "
                + "fase.",
            en: "A network goes through forming, maintaining and institutionalising, sometimes followed by an end "
                + "phase. With new members, new plans or new issues it cycles back to an earlier phase."),
        themes: [
            Theme(
                id: "phasing.learning-thread",
                name: LocalizedText(nl: "Leren als rode draad", en: "Learning as the common thread"),
                isTopThree: true, provenance: .site, basis: .expert,
                workingElements: [
                    WorkingElement(
                        id: "phasing.learning-thread.every-phase",
                        statement: LocalizedText(
                            nl: "Leren is de rode draad in elke fase.",
                            en: "Learning is the common thread through every phase."),
                        provenance: .site, basis: .expert)
                ]),
            Theme(
                id: "phasing.continued-development",
                name: LocalizedText(nl: "Blijven ontwikkelen", en: "Continued development"),
                isTopThree: true, provenance: .site, basis: .literature,
                workingElements: [
                    site(
                        "continued-development.good-support", "Activiteiten worden goed ondersteund.",
                        "Activities get good support."),
                    site(
                        "continued-development.topic-current", "Het onderwerp blijft actueel.",
                        "The topic stays current."),
                    site(
                        "continued-development.adapting",
                        "Het netwerk past zich aan als de vraag verandert of als het werk verder komt.",
                        "The network adapts to the changing question and stage of implementation."),
                    site(
                        "continued-development.organisations-committed",
                        "De betrokken organisaties willen meewerken en voelen zich betrokken.",
                        "The organisations involved show goodwill and commitment."),
                    site(
                        "continued-development.lead-partners",
                        "De belangrijkste partners blijven het nut zien en blijven tijd, mensen en geld geven.",
                        "Lead partners keep seeing the value and keep time, capacity and money available."),
                    site(
                        "continued-development.room-for-change",
                        "Er is ruimte voor partners en deelnemers om te veranderen.",
                        "There is room for partners and members to change."),
                    site(
                        "continued-development.shared-responsibility",
                        "Deelnemers blijven verantwoordelijkheid nemen voor het netwerk.",
                        "Members keep taking responsibility for the network."),
                    site(
                        "continued-development.good-atmosphere", "Er is een goede sfeer.",
                        "There is a good atmosphere."),
                ]),
            Theme(
                id: "phasing.staying-innovative",
                name: LocalizedText(nl: "Vernieuwend blijven", en: "Staying innovative"),
                isTopThree: true, provenance: .site, basis: .literature,
                workingElements: [
                    site(
                        "staying-innovative.open-to-innovation", "Deelnemers staan open voor nieuwe ideeën.",
                        "There is a positive attitude to innovation.", basis: .literature),
                    site(
                        "staying-innovative.clear-change", "Er is een helder beeld van wat er moet veranderen.",
                        "There is a clear view of what needs to change.", basis: .literature),
                    site(
                        "staying-innovative.learning-needs",
                        "Het netwerk blijft aansluiten bij wat deelnemers willen leren en wat hen drijft.",
                        "The network keeps up with members' learning needs and motivation."),
                    site(
                        "staying-innovative.monitoring-goal",
                        "Het netwerk houdt bij of het zijn gezamenlijke doel haalt.",
                        "The shared goal or strategy is monitored."),
                    site(
                        "staying-innovative.progress-information",
                        "Deelnemers horen steeds hoe het netwerk vordert.",
                        "Members get steady information about progress."),
                ]),
            Theme(
                id: "phasing.phase-awareness",
                name: LocalizedText(nl: "Zicht op de fase", en: "Awareness of the phase"),
                isTopThree: false, provenance: .derived, basis: .expert,
                workingElements: [
                    WorkingElement(
                        id: "phasing.phase-awareness.reflect-on-phase",
                        statement: LocalizedText(
                            nl: "Het netwerk weet in welke fase het zit en staat daar regelmatig bij stil.",
                            en: "The network knows which phase it is in and regularly reflects on it."),
                        provenance: .derived, basis: .expert),
                    WorkingElement(
                        id: "phasing.phase-awareness.welcome-newcomers",
                        statement: LocalizedText(
                            nl: "Als er nieuwe deelnemers komen, neemt het netwerk tijd om opnieuw samen te beginnen.",
                            en: "When new members join, the network takes time to form again."),
                        provenance: .derived, basis: .expert),
                ]),
        ])

    /// A working element of `phasing` as the LISO site states it, advice of practice experts unless
    /// `basis` says otherwise.
    private static func site(_ slug: String, _ nl: String, _ en: String, basis: Basis = .expert) -> WorkingElement {
        WorkingElement(
            id: WorkingElement.ID("phasing." + slug), statement: LocalizedText(nl: nl, en: en), provenance: .site,
            basis: basis)
    }
}
