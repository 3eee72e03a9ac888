extension LISOItemBank {
    /// Items of `results`.
    static let resultsItems: [Item] = [
        item(
            "res-1", measures: "results.value-for-members.learning-yield",
            nl: "Ik leer in het netwerk dingen die ik in mijn werk gebruik.",
            en: "In the network I learn things I use in my work."),
        item(
            "res-2", measures: "results.value-for-organisations.better-practice",
            nl: "De organisaties in het netwerk werken beter door wat we samen doen.",
            en: "The organisations in the network work better because of what we do together."),
        item(
            "res-3", measures: "results.value-for-society.families-benefit",
            nl: "Gezinnen merken iets van wat het netwerk oplevert.",
            en: "Families notice something of what the network achieves."),
        item(
            "res-4", measures: "results.knowledge-products.usable-products",
            nl: "Het netwerk maakt producten die anderen kunnen gebruiken, zoals een informatieblad, training of "
                + "methode.",
            en: "The network makes products others can use, such as a factsheet, a training or a method.",
            formerly: [
                "Het netwerk maakt producten die anderen kunnen gebruiken, zoals een factsheet, training of methode."
            ]),
        item(
            "res-5", measures: "results.value-for-members.worth-the-time",
            nl: "Het netwerk kost mij meer tijd dan het mij oplevert.",
            en: "The network costs me more time than it gives me.", reverse: true),
    ]

    /// Items of `making-lessons-explicit`.
    static let makingLessonsExplicitItems: [Item] = [
        item(
            "mle-1", measures: "making-lessons-explicit.learning-aim.from-the-start",
            nl: "Vanaf het begin was duidelijk dat leren een doel van het netwerk is.",
            en: "From the start it was clear that learning is an aim of the network."),
        item(
            "mle-2", measures: "making-lessons-explicit.capturing.regular-reflection",
            nl: "We staan regelmatig samen stil bij wat we geleerd hebben.",
            en: "We regularly take time together to reflect on what we have learned."),
        item(
            "mle-3", measures: "making-lessons-explicit.capturing.written-lessons",
            nl: "Wat we leren, schrijven we op, zodat anderen het kunnen gebruiken.",
            en: "We write down what we learn, so that others can use it."),
        item(
            "mle-4", measures: "making-lessons-explicit.learning-by-doing.tacit-knowledge",
            nl: "Deelnemers zetten hun ervaring en praktijkkennis onder woorden.",
            en: "Members put their experience and practical knowledge into words."),
        item(
            "mle-5", measures: "making-lessons-explicit.learning-aim.beyond-deliverables",
            nl: "Door alle producten die op tijd af moeten, komt leren op de tweede plaats.",
            en: "Because of the focus on products and deadlines, learning comes second.", reverse: true,
            formerly: ["Door de nadruk op producten en deadlines komt leren op de tweede plaats."]),
    ]

    /// Items of `implementing-lessons`.
    static let implementingLessonsItems: [Item] = [
        item(
            "imp-1", measures: "implementing-lessons.into-organisations.members-as-bridges",
            nl: "Ik neem wat ik leer mee terug naar mijn eigen organisatie.",
            en: "I take what I learn back to my own organisation."),
        item(
            "imp-2", measures: "implementing-lessons.into-organisations.management-support",
            nl: "Leidinggevenden steunen het toepassen van wat we leren.",
            en: "Managers support putting what we learn into practice."),
        item(
            "imp-3", measures: "implementing-lessons.in-practice.tried-out",
            nl: "Wat we leren, wordt uitgeprobeerd in de praktijk.",
            en: "What we learn is tried out in practice."),
        item(
            "imp-4", measures: "implementing-lessons.embedding.structural",
            nl: "Wat werkt, wordt een vast onderdeel van beleid, opleiding of werkwijze.",
            en: "What works becomes a standard part of policy, training or ways of working."),
        item(
            "imp-5", measures: "implementing-lessons.sharing-beyond.other-networks",
            nl: "We delen onze lessen met andere netwerken en professionals.",
            en: "We share our lessons with other networks and professionals."),
    ]

    /// Items of `phasing`.
    static let phasingItems: [Item] = [
        item(
            "pha-1", measures: "phasing.learning-thread.every-phase",
            nl: "Leren blijft in elke fase van het netwerk de rode draad.",
            en: "Learning remains the common thread in every phase of the network."),
        item(
            "pha-2", measures: "phasing.continued-development.topic-current",
            nl: "Het onderwerp van het netwerk is nog steeds actueel.",
            en: "The network's topic is still current."),
        item(
            "pha-3", measures: "phasing.continued-development.lead-partners",
            nl: "De betrokken organisaties blijven tijd, mensen en geld in het netwerk steken.",
            en: "The organisations involved keep putting time, people and money into the network."),
        item(
            "pha-4", measures: "phasing.staying-innovative.progress-information",
            nl: "We krijgen regelmatig informatie over hoe het netwerk vordert.",
            en: "We regularly get information on how the network is progressing."),
        item(
            "pha-5", measures: "phasing.phase-awareness.reflect-on-phase",
            nl: "We staan regelmatig stil bij de fase waarin het netwerk zit.",
            en: "We regularly reflect on the phase the network is in."),
    ]
}
