extension LISOItemBank {
    /// Items of `community-context`.
    static let communityContextItems: [Item] = [
        item(
            "cc-1", measures: "community-context.shared-issue.urgent-issue",
            nl: "Het netwerk werkt aan een vraagstuk dat voor alle deelnemers belangrijk is.",
            en: "The network works on an issue that matters to every member."),
        item(
            "cc-2", measures: "community-context.shared-issue.beyond-one-organisation",
            nl: "Ons vraagstuk kan geen organisatie alleen oplossen.",
            en: "No single organisation can solve our issue on its own."),
        item(
            "cc-3", measures: "community-context.local-fit.regional-agenda",
            nl: "Het onderwerp van het netwerk sluit aan bij wat er in de regio speelt.",
            en: "The network's topic fits what is going on in the region."),
        item(
            "cc-4", measures: "community-context.voice-of-families.families-heard",
            nl: "De stem van gezinnen en ervaringsdeskundigen klinkt door in het netwerk.",
            en: "The voice of families and experts by experience is heard in the network."),
        item(
            "cc-5", measures: "community-context.external-support.stakeholder-backing",
            nl: "Belangrijke partijen buiten het netwerk zien het nut van ons werk niet.",
            en: "Important parties outside the network do not see the point of our work.", reverse: true),
    ]

    /// Items of `learning-network`.
    static let learningNetworkItems: [Item] = [
        item(
            "ln-1", measures: "learning-network.composition.limited-size",
            nl: "Het netwerk heeft te veel deelnemers om echt samen te leren.",
            en: "The network has too many members to really learn together.", reverse: true),
        item(
            "ln-2", measures: "learning-network.composition.diverse-perspectives",
            nl: "In het netwerk zitten mensen uit beleid, onderwijs, praktijk, onderzoek en gezinnen.",
            en: "The network brings together people from policy, education, practice, research and families."),
        item(
            "ln-3", measures: "learning-network.trust.safe-to-share",
            nl: "Ik durf in het netwerk te vertellen over twijfels en fouten.",
            en: "In the network I dare to talk about doubts and mistakes."),
        item(
            "ln-4", measures: "learning-network.trust.know-each-other",
            nl: "De deelnemers weten wat ieder van hen kan bijdragen.",
            en: "The members know what each of them can contribute."),
        item(
            "ln-5", measures: "learning-network.commitment.active-participation",
            nl: "De deelnemers doen actief mee, ook tussen de bijeenkomsten door.",
            en: "The members take an active part, also between meetings."),
    ]

    /// Items of `organisation`.
    static let organisationItems: [Item] = [
        item(
            "org-1", measures: "organisation.coordination.trekker-time",
            nl: "De trekker heeft genoeg tijd en ruimte om het netwerk te leiden.",
            en: "The network lead (trekker) has enough time and room to run the network."),
        item(
            "org-2", measures: "organisation.coordination.prepared-meetings",
            nl: "De bijeenkomsten zijn goed voorbereid.",
            en: "The meetings are well prepared."),
        item(
            "org-3", measures: "organisation.agreements.clear-roles",
            nl: "Het is duidelijk wie wat doet in het netwerk.",
            en: "It is clear who does what in the network."),
        item(
            "org-4", measures: "organisation.resources.time-from-employer",
            nl: "Mijn organisatie geeft mij tijd om mee te doen aan het netwerk.",
            en: "My organisation gives me time to take part in the network."),
        item(
            "org-5", measures: "organisation.agreements.decision-making",
            nl: "Het is onduidelijk hoe het netwerk besluiten neemt.",
            en: "It is unclear how the network makes decisions.", reverse: true),
    ]

    /// Items of `synergy`.
    static let synergyItems: [Item] = [
        item(
            "syn-1", measures: "synergy.shared-goal.explicit-goal",
            nl: "Het netwerk heeft een doel dat alle deelnemers kennen en steunen.",
            en: "The network has a goal that all members know and support."),
        item(
            "syn-2", measures: "synergy.added-value.more-together",
            nl: "Samen bereiken we meer dan ieder alleen.",
            en: "Together we achieve more than each of us alone."),
        item(
            "syn-3", measures: "synergy.combining-knowledge.three-sources",
            nl: "We combineren kennis uit onderzoek, uit ervaring en uit de praktijk.",
            en: "We combine knowledge from research, from lived experience and from professional practice."),
        item(
            "syn-4", measures: "synergy.combining-knowledge.equal-perspectives",
            nl: "Elk perspectief telt even zwaar mee, ook dat van gezinnen.",
            en: "Every perspective carries equal weight, including that of families."),
        item(
            "syn-5", measures: "synergy.open-communication.constructive-disagreement",
            nl: "Als we het niet met elkaar eens zijn, praten we daar open over.",
            en: "When we disagree, we talk about it openly."),
    ]
}
