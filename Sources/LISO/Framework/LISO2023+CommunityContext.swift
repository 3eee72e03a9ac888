extension LISO2023Content {
    /// The core element `community-context`: the issue and the setting the network works in.
    static let communityContext = CoreElement(
        id: "community-context",
        name: LocalizedText(nl: "Omgeving van het netwerk", en: "Community context"),
        description: LocalizedText(
            nl: "De omgeving waarin het netwerk werkt: het maatschappelijke vraagstuk, de regio, het beleid "
                + "en de stem van gezinnen.",
            en: "The setting the network works in: the societal issue, the region, policy and the voice of "
                + "families."),
        themes: [
            Theme(
                id: "community-context.shared-issue",
                name: LocalizedText(nl: "Een gedeeld, complex vraagstuk", en: "A shared, complex issue"),
                isTopThree: true, provenance: .site,
                workingElements: [
                    WorkingElement(
                        id: "community-context.shared-issue.beyond-one-organisation",
                        statement: LocalizedText(
                            nl: "Het netwerk werkt aan een ingewikkeld probleem in de samenleving dat geen "
                                + "organisatie alleen kan oplossen.",
                            en: "The network works on a complex societal issue that no single organisation can "
                                + "solve alone."),
                        provenance: .site),
                    WorkingElement(
                        id: "community-context.shared-issue.urgent-issue",
                        statement: LocalizedText(
                            nl: "Het vraagstuk is dringend voor alle deelnemers.",
                            en: "The issue is urgent for every member."),
                        provenance: .derived, basis: .expert),
                ]),
            Theme(
                id: "community-context.local-fit",
                name: LocalizedText(nl: "Aansluiting bij de regio", en: "Fit with the region"),
                isTopThree: true, provenance: .derived, basis: .literature,
                workingElements: [
                    WorkingElement(
                        id: "community-context.local-fit.regional-agenda",
                        statement: LocalizedText(
                            nl: "Het onderwerp sluit aan bij het beleid en de agenda in de regio.",
                            en: "The topic fits the policy and the agenda in the region."),
                        provenance: .derived, basis: .literature),
                    WorkingElement(
                        id: "community-context.local-fit.history-of-collaboration",
                        statement: LocalizedText(
                            nl: "Organisaties in de regio hebben eerder goed samengewerkt.",
                            en: "Organisations in the region have worked together well before."),
                        provenance: .derived, basis: .literature),
                ]),
            Theme(
                id: "community-context.voice-of-families",
                name: LocalizedText(nl: "De stem van gezinnen", en: "The voice of families"),
                isTopThree: true, provenance: .derived, basis: .expert,
                workingElements: [
                    WorkingElement(
                        id: "community-context.voice-of-families.families-heard",
                        statement: LocalizedText(
                            nl: "Gezinnen, cliënten of ervaringsdeskundigen doen mee of worden gehoord.",
                            en: "Families, clients or experts by experience take part or are heard."),
                        provenance: .derived, basis: .expert),
                    WorkingElement(
                        id: "community-context.voice-of-families.daily-life",
                        statement: LocalizedText(
                            nl: "Het netwerk kijkt naar het vraagstuk vanuit het dagelijks leven van gezinnen.",
                            en: "The network looks at the issue from the daily life of families."),
                        provenance: .derived, basis: .expert),
                ]),
            Theme(
                id: "community-context.external-support",
                name: LocalizedText(nl: "Steun uit de omgeving", en: "Support from the environment"),
                isTopThree: false, provenance: .derived, basis: .literature,
                workingElements: [
                    WorkingElement(
                        id: "community-context.external-support.stakeholder-backing",
                        statement: LocalizedText(
                            nl: "Belangrijke partijen buiten het netwerk zien het nut ervan en steunen het.",
                            en: "Important parties outside the network see its value and support it."),
                        provenance: .derived, basis: .literature)
                ]),
        ])
}
