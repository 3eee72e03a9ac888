import LISO

/// A small instrument for flow tests: four items on two elements, a five-point scale with
/// Dutch and English labels, and "weet niet" as missing.
enum TestInstrument {
    static let scale = ResponseScale(
        id: "agree5",
        values: [
            .init(value: 1, labels: ["Helemaal mee oneens", "Strongly disagree"], codes: ["A1"]),
            .init(value: 2, labels: ["Mee oneens", "Disagree"], codes: ["A2"]),
            .init(value: 3, labels: ["Neutraal", "Neutral"], codes: ["A3"]),
            .init(value: 4, labels: ["Mee eens", "Agree"], codes: ["A4"]),
            .init(value: 5, labels: ["Helemaal mee eens", "Strongly agree"], codes: ["A5"]),
        ],
        missing: [.init(labels: ["Weet niet", "Don't know"], codes: ["A9"])])

    static let instrument = Instrument(
        id: "test", title: LocalizedText(nl: "Test", en: "Test"), framework: "liso-2023", scales: [scale],
        items: [
            Item(
                id: "syn-1", text: .init(nl: "We vullen elkaar aan.", en: "We complement each other."),
                element: "synergy", scale: "agree5"),
            Item(
                id: "syn-2", text: .init(nl: "We leren van elkaar.", en: "We learn from each other."),
                element: "synergy", scale: "agree5"),
            Item(
                id: "res-1", text: .init(nl: "Het levert iets op.", en: "It yields results."), element: "results",
                scale: "agree5"),
            Item(
                id: "res-2", text: .init(nl: "Niemand gebruikt het.", en: "Nobody uses it."), element: "results",
                scale: "agree5", reverse: true),
        ],
        fields: InstrumentFields(
            respondent: .init(columns: ["respondent"]), network: .init(columns: ["network"]),
            perspective: .init(columns: ["perspective"]), role: .init(columns: ["role"]),
            phase: .init(columns: ["phase"]), wave: .init(columns: ["wave"])))
}
