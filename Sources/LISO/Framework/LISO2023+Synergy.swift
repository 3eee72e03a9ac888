extension LISO2023Content {
    /// The core element `synergy`: achieving more together than alone.
    static let synergy = CoreElement(
        id: "synergy",
        name: LocalizedText(nl: "Samen meer bereiken", en: "Synergy"),
        description: LocalizedText(
            nl: "Samen meer bereiken dan ieder alleen, door een gedeeld doel en door kennis uit onderzoek, uit "
                + "ervaring en uit het werk te combineren.",
            en: "Achieving more together than alone, through a shared goal and by combining scientific, "
                + "experiential and professional knowledge."),
        themes: [
            Theme(
                id: "synergy.shared-goal",
                name: LocalizedText(nl: "Een gedeeld doel", en: "A shared goal"),
                isTopThree: true, provenance: .derived, basis: .literature,
                workingElements: [
                    WorkingElement(
                        id: "synergy.shared-goal.explicit-goal",
                        statement: LocalizedText(
                            nl: "Het netwerk heeft een doel dat alle deelnemers kennen en steunen.",
                            en: "The network has a goal that all members know and support."),
                        provenance: .derived, basis: .literature)
                ]),
            Theme(
                id: "synergy.combining-knowledge",
                name: LocalizedText(nl: "Kennisbronnen combineren", en: "Combining sources of knowledge"),
                isTopThree: true, provenance: .site,
                workingElements: [
                    WorkingElement(
                        id: "synergy.combining-knowledge.three-sources",
                        statement: LocalizedText(
                            nl: "Het netwerk combineert kennis uit onderzoek, uit ervaring en uit het werk.",
                            en: "The network combines scientific, experiential and professional knowledge."),
                        provenance: .site),
                    WorkingElement(
                        id: "synergy.combining-knowledge.equal-perspectives",
                        statement: LocalizedText(
                            nl: "Elk perspectief telt even zwaar mee, ook dat van gezinnen.",
                            en: "Every perspective carries equal weight, including that of families."),
                        provenance: .derived, basis: .expert),
                ]),
            Theme(
                id: "synergy.added-value",
                name: LocalizedText(nl: "Meerwaarde van samenwerken", en: "Added value of working together"),
                isTopThree: true, provenance: .derived, basis: .literature,
                workingElements: [
                    WorkingElement(
                        id: "synergy.added-value.more-together",
                        statement: LocalizedText(
                            nl: "Samen bereiken de deelnemers meer dan ieder alleen.",
                            en: "Together the members achieve more than each of them alone."),
                        provenance: .derived, basis: .literature),
                    WorkingElement(
                        id: "synergy.added-value.mutual-help",
                        statement: LocalizedText(
                            nl: "Deelnemers helpen elkaar in hun eigen werk.",
                            en: "Members help each other in their own work."),
                        provenance: .derived, basis: .expert),
                ]),
            Theme(
                id: "synergy.open-communication",
                name: LocalizedText(nl: "Open met elkaar praten", en: "Open communication"),
                isTopThree: false, provenance: .derived, basis: .literature,
                workingElements: [
                    WorkingElement(
                        id: "synergy.open-communication.open-dialogue",
                        statement: LocalizedText(
                            nl: "Deelnemers praten open met elkaar en luisteren naar elkaar.",
                            en: "Members talk openly and listen to each other."),
                        provenance: .derived, basis: .literature),
                    WorkingElement(
                        id: "synergy.open-communication.constructive-disagreement",
                        statement: LocalizedText(
                            nl: "Verschillen van mening worden open en opbouwend besproken.",
                            en: "Differences of opinion are discussed openly and constructively."),
                        provenance: .derived, basis: .literature),
                ]),
        ])
}
