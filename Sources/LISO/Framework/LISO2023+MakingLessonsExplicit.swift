extension LISO2023Content {
    /// The core element `making-lessons-explicit`: learning as an aim, and lessons put into words.
    static let makingLessonsExplicit = CoreElement(
        id: "making-lessons-explicit",
        name: LocalizedText(nl: "Lessen benoemen en vastleggen", en: "Making lessons explicit"),
        description: LocalizedText(
            nl: "Leren is vanaf het begin een duidelijk doel. Wat het netwerk leert, wordt onder woorden gebracht "
                + "en opgeschreven, ook wat deelnemers weten uit ervaring.",
            en: "Learning as an explicit aim from the start, and putting what has been learned into words and on "
                + "record, including members' tacit knowledge."),
        themes: [
            Theme(
                id: "making-lessons-explicit.learning-aim",
                name: LocalizedText(nl: "Leren als duidelijk doel", en: "Learning as an explicit aim"),
                isTopThree: true, provenance: .site,
                workingElements: [
                    WorkingElement(
                        id: "making-lessons-explicit.learning-aim.from-the-start",
                        statement: LocalizedText(
                            nl: "Leren is vanaf het begin een duidelijk doel van de samenwerking.",
                            en: "Learning is an explicit aim of the collaboration from the start."),
                        provenance: .site),
                    WorkingElement(
                        id: "making-lessons-explicit.learning-aim.beyond-deliverables",
                        statement: LocalizedText(
                            nl: "De samenwerking is meer dan een project dat iets moet opleveren; anders komt "
                                + "leren op de tweede plaats.",
                            en: "The collaboration is more than a project with deliverables; otherwise learning "
                                + "fades into the background."),
                        provenance: .site),
                ]),
            Theme(
                id: "making-lessons-explicit.learning-by-doing",
                name: LocalizedText(nl: "Leren door samen te werken", en: "Learning by working together"),
                isTopThree: true, provenance: .site,
                workingElements: [
                    WorkingElement(
                        id: "making-lessons-explicit.learning-by-doing.working-together",
                        statement: LocalizedText(
                            nl: "Veel leren gebeurt tijdens het samenwerken zelf.",
                            en: "Much learning happens while working together."),
                        provenance: .site),
                    WorkingElement(
                        id: "making-lessons-explicit.learning-by-doing.tacit-knowledge",
                        statement: LocalizedText(
                            nl: "Deelnemers vertellen wat ze weten uit hun ervaring en hun werk.",
                            en: "Members put their tacit knowledge from experience and practice into words."),
                        provenance: .derived, basis: .literature),
                ]),
            Theme(
                id: "making-lessons-explicit.capturing",
                name: LocalizedText(nl: "Lessen vastleggen", en: "Capturing lessons"),
                isTopThree: true, provenance: .derived, basis: .expert,
                workingElements: [
                    WorkingElement(
                        id: "making-lessons-explicit.capturing.regular-reflection",
                        statement: LocalizedText(
                            nl: "Het netwerk staat regelmatig stil bij wat het geleerd heeft.",
                            en: "The network regularly reflects on what it has learned."),
                        provenance: .derived, basis: .literature),
                    WorkingElement(
                        id: "making-lessons-explicit.capturing.written-lessons",
                        statement: LocalizedText(
                            nl: "Lessen worden opgeschreven in een vorm die anderen kunnen gebruiken.",
                            en: "Lessons are written down in a form others can use."),
                        provenance: .derived, basis: .expert),
                ]),
        ])
}
