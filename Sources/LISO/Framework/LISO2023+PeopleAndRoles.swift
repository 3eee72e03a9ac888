extension LISO2023Content {
    /// The five perspectives (BOPOG): policy, education, practice, research, families.
    static let perspectives: [Perspective] = [
        Perspective(
            id: "policy", name: LocalizedText(nl: "Beleid", en: "Policy"),
            description: LocalizedText(
                nl: "Beleidsmakers en ambtenaren, vaak van de gemeente.",
                en: "Policy makers and civil servants, often of the municipality.")),
        Perspective(
            id: "education", name: LocalizedText(nl: "Onderwijs", en: "Education"),
            description: LocalizedText(
                nl: "Docenten en studenten van hogescholen en andere opleidingen.",
                en: "Lecturers and students of universities of applied sciences and other schools.")),
        Perspective(
            id: "practice", name: LocalizedText(nl: "Praktijk", en: "Practice"),
            description: LocalizedText(
                nl: "Professionals die met gezinnen en jongeren werken.",
                en: "Professionals who work with families and young people.")),
        Perspective(
            id: "research", name: LocalizedText(nl: "Onderzoek", en: "Research"),
            description: LocalizedText(
                nl: "Onderzoekers van hogescholen, universiteiten en kennisinstituten.",
                en: "Researchers of universities and knowledge institutes.")),
        Perspective(
            id: "families", name: LocalizedText(nl: "Gezinnen", en: "Families"),
            description: LocalizedText(
                nl: "Gezinnen, ouders, jongeren, cliënten en ervaringsdeskundigen.",
                en: "Families, parents, young people, clients and experts by experience.")),
    ]

    /// The six roles people have in and around a network.
    static let roles: [Role] = [
        Role(
            id: "trekker", name: LocalizedText(nl: "Trekker", en: "Network lead (trekker)"),
            description: LocalizedText(
                nl: "Leidt het netwerk en de evaluatie ervan.", en: "Runs the network and its evaluation.")),
        Role(
            id: "initiator", name: LocalizedText(nl: "Initiatiefnemer", en: "Initiator"),
            description: LocalizedText(
                nl: "Heeft het netwerk opgericht en is er vaak het gezicht van.",
                en: "Founded the network and is often its figurehead.")),
        Role(
            id: "kwartiermaker", name: LocalizedText(nl: "Kwartiermaker", en: "Kwartiermaker (set-up lead)"),
            description: LocalizedText(nl: "Zet een nieuw netwerk op.", en: "Sets up a new network.")),
        Role(
            id: "coordinator", name: LocalizedText(nl: "Coördinator", en: "Coordinator"),
            description: LocalizedText(
                nl: "Werkt voor meerdere netwerken en helpt ze van elkaar te leren.",
                en: "Works across several networks and fosters learning between them.")),
        Role(
            id: "member", name: LocalizedText(nl: "Lid", en: "Member"),
            description: LocalizedText(
                nl: "Doet mee namens een organisatie of als ervaringsdeskundige.",
                en: "Takes part on behalf of an organisation or as an expert by experience.")),
        Role(
            id: "vision-group", name: LocalizedText(nl: "Visiegroep", en: "Vision group"),
            description: LocalizedText(
                nl: "Lid van de visie- of stuurgroep die het netwerk richting geeft.",
                en: "Member of the vision or steering group that gives the network its direction.")),
    ]
}
