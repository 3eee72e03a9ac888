extension LISO2023Content {
    /// The core element `organisation`: how the network is organised.
    static let organisation = CoreElement(
        id: "organisation",
        name: LocalizedText(nl: "Organisatie", en: "Organisation"),
        description: LocalizedText(
            nl: "Hoe het netwerk geregeld is: de leiding, afspraken, taken, tijd en geld.",
            en: "How the network is organised: coordination, agreements, roles, time and money."),
        themes: [
            Theme(
                id: "organisation.coordination",
                name: LocalizedText(nl: "Coördinatie en ondersteuning", en: "Coordination and support"),
                isTopThree: true, provenance: .derived, basis: .expert,
                workingElements: [
                    WorkingElement(
                        id: "organisation.coordination.trekker-time",
                        statement: LocalizedText(
                            nl: "De trekker heeft genoeg tijd en ruimte om het netwerk te leiden.",
                            en: "The network lead has enough time and mandate to run the network."),
                        provenance: .derived, basis: .expert),
                    WorkingElement(
                        id: "organisation.coordination.prepared-meetings",
                        statement: LocalizedText(
                            nl: "Bijeenkomsten zijn goed voorbereid en georganiseerd.",
                            en: "Meetings are well prepared and organised."),
                        provenance: .derived, basis: .expert),
                ]),
            Theme(
                id: "organisation.agreements",
                name: LocalizedText(nl: "Heldere afspraken en rollen", en: "Clear agreements and roles"),
                isTopThree: true, provenance: .derived, basis: .literature,
                workingElements: [
                    WorkingElement(
                        id: "organisation.agreements.clear-roles",
                        statement: LocalizedText(
                            nl: "Rollen en taken in het netwerk zijn duidelijk.",
                            en: "Roles and tasks in the network are clear."),
                        provenance: .derived, basis: .literature),
                    WorkingElement(
                        id: "organisation.agreements.decision-making",
                        statement: LocalizedText(
                            nl: "Het is duidelijk hoe het netwerk besluiten neemt.",
                            en: "It is clear how the network makes decisions."),
                        provenance: .derived, basis: .literature),
                ]),
            Theme(
                id: "organisation.resources",
                name: LocalizedText(nl: "Tijd en middelen", en: "Time and resources"),
                isTopThree: true, provenance: .derived, basis: .expert,
                workingElements: [
                    WorkingElement(
                        id: "organisation.resources.time-from-employer",
                        statement: LocalizedText(
                            nl: "Deelnemers krijgen van hun organisatie tijd om mee te doen.",
                            en: "Members get time from their organisation to take part."),
                        provenance: .derived, basis: .expert),
                    WorkingElement(
                        id: "organisation.resources.funding",
                        statement: LocalizedText(
                            nl: "Er is geld voor activiteiten en kleine projecten.",
                            en: "There is money for activities and small projects."),
                        provenance: .derived, basis: .expert),
                ]),
            Theme(
                id: "organisation.rhythm",
                name: LocalizedText(nl: "Ritme van bijeenkomsten", en: "Rhythm of meetings"),
                isTopThree: false, provenance: .derived, basis: .expert,
                workingElements: [
                    WorkingElement(
                        id: "organisation.rhythm.regular-meetings",
                        statement: LocalizedText(
                            nl: "Het netwerk komt regelmatig bij elkaar, bijvoorbeeld vier tot zes keer per jaar.",
                            en: "The network meets regularly, for example four to six times a year."),
                        provenance: .derived, basis: .expert)
                ]),
        ])
}
