extension LISO2023Content {
    /// The core element `results`: the value the network creates, at three levels.
    static let results = CoreElement(
        id: "results",
        name: LocalizedText(nl: "Opbrengsten", en: "Results and outputs"),
        description: LocalizedText(
            nl: "Wat het netwerk oplevert, vooral wat de deelnemers leren, vastgelegd in producten die anderen "
                + "kunnen gebruiken: voor de deelnemers, hun organisaties en de samenleving.",
            en: "What the network yields (value creation), mostly learning yield, captured in knowledge "
                + "products, at three levels: the members, their organisations and society."),
        themes: [
            Theme(
                id: "results.value-for-members",
                name: LocalizedText(nl: "Waarde voor deelnemers", en: "Value for members"),
                isTopThree: true, provenance: .site,
                workingElements: [
                    WorkingElement(
                        id: "results.value-for-members.learning-yield",
                        statement: LocalizedText(
                            nl: "Deelnemers leren dingen die ze in hun werk gebruiken.",
                            en: "Members learn things they use in their work (learning yield)."),
                        provenance: .site),
                    WorkingElement(
                        id: "results.value-for-members.worth-the-time",
                        statement: LocalizedText(
                            nl: "Meedoen levert deelnemers meer op dan het hun kost.",
                            en: "Taking part gives members more than it costs them."),
                        provenance: .derived, basis: .literature),
                ]),
            Theme(
                id: "results.value-for-organisations",
                name: LocalizedText(nl: "Waarde voor organisaties", en: "Value for organisations"),
                isTopThree: true, provenance: .site,
                workingElements: [
                    WorkingElement(
                        id: "results.value-for-organisations.better-practice",
                        statement: LocalizedText(
                            nl: "De betrokken organisaties werken beter door wat het netwerk oplevert.",
                            en: "The organisations involved work better because of what the network yields."),
                        provenance: .derived, basis: .literature)
                ]),
            Theme(
                id: "results.value-for-society",
                name: LocalizedText(nl: "Waarde voor de samenleving", en: "Value for society"),
                isTopThree: true, provenance: .site,
                workingElements: [
                    WorkingElement(
                        id: "results.value-for-society.families-benefit",
                        statement: LocalizedText(
                            nl: "Gezinnen en cliënten merken iets van wat het netwerk oplevert.",
                            en: "Families and clients notice something of what the network yields."),
                        provenance: .derived, basis: .expert)
                ]),
            Theme(
                id: "results.knowledge-products",
                name: LocalizedText(nl: "Producten van het netwerk", en: "Knowledge products"),
                isTopThree: false, provenance: .site,
                workingElements: [
                    WorkingElement(
                        id: "results.knowledge-products.usable-products",
                        statement: LocalizedText(
                            nl: "Het netwerk legt zijn kennis vast in producten, zoals verslagen, digitale "
                                + "tijdschriften, trainingen en methoden.",
                            en: "The network captures its knowledge in products such as reflection reports, "
                                + "e-magazines, training modules and methods."),
                        provenance: .site),
                    WorkingElement(
                        id: "results.knowledge-products.products-used",
                        statement: LocalizedText(
                            nl: "Mensen buiten het netwerk gebruiken wat het netwerk maakt.",
                            en: "People outside the network use the knowledge products."),
                        provenance: .derived, basis: .expert),
                ]),
        ])
}
