import Foundation

@testable import LISO

/// The researcher's own survey of `../shared/examples/custom-instrument.json`, built in Swift so
/// that the input tests run without the shared folder; a test checks the two agree.
enum PulseInstrument {
    static let agree5 = ResponseScale(
        id: "agree5",
        values: [
            .init(value: 1, labels: ["Helemaal mee oneens", "Strongly disagree"], codes: ["1", "A1"]),
            .init(value: 2, labels: ["Mee oneens", "Disagree"], codes: ["2", "A2"]),
            .init(
                value: 3, labels: ["Neutraal", "Niet eens, niet oneens", "Neither agree nor disagree"],
                codes: ["3", "A3"]),
            .init(value: 4, labels: ["Mee eens", "Agree"], codes: ["4", "A4"]),
            .init(value: 5, labels: ["Helemaal mee eens", "Strongly agree"], codes: ["5", "A5"]),
        ],
        missing: [
            .init(
                labels: ["Weet niet", "Niet van toepassing", "n.v.t.", "Don't know", "Not applicable"],
                codes: ["8", "9", "A8", "A9"])
        ])

    static let texts: [(nl: String, en: String, element: CoreElement.ID, reverse: Bool)] = [
        (
            "We werken aan een vraagstuk dat voor alle deelnemers urgent is.",
            "We work on an issue that is urgent for every member.", "community-context", false
        ),
        (
            "Het netwerk is te groot om echt samen te leren.", "The network is too large to really learn together.",
            "learning-network", true
        ),
        (
            "Mijn organisatie geeft mij tijd om mee te doen.", "My organisation gives me time to take part.",
            "organisation", false
        ),
        (
            "Samen bereiken we meer dan ieder afzonderlijk.", "Together we achieve more than each of us alone.",
            "synergy", false
        ),
        (
            "Het netwerk levert producten op die ik in mijn werk gebruik.",
            "The network produces things I use in my work.",
            "results", false
        ),
        ("Wat we leren, schrijven we op.", "We write down what we learn.", "making-lessons-explicit", false),
        (
            "Lessen uit het netwerk worden toegepast in de praktijk.",
            "Lessons from the network are applied in practice.",
            "implementing-lessons", false
        ),
        (
            "We staan regelmatig stil bij de fase waarin het netwerk zit.",
            "We regularly reflect on the phase the network is in.", "phasing", false
        ),
    ]

    static let instrument = Instrument(
        id: "example-network-pulse",
        title: LocalizedText(
            nl: "Voorbeeld: korte peiling van een leernetwerk", en: "Example: short pulse survey of a learning network"),
        framework: "liso-2023",
        scales: [agree5],
        items: texts.enumerated().map { index, text in
            Item(
                id: Item.ID("pulse-\(index + 1)"), columns: ["P\(index + 1)", "pulse[\(index + 1)]"],
                text: LocalizedText(nl: text.nl, en: text.en), element: text.element, scale: "agree5",
                reverse: text.reverse)
        },
        fields: InstrumentFields(
            respondent: .init(columns: ["id", "Response ID", "ResponseId", "respondent"]),
            network: .init(columns: ["netwerk", "network"]),
            perspective: .init(
                columns: ["perspectief", "perspective"],
                values: [
                    "policy": ["Beleid", "Gemeente", "Policy", "1", "A1"],
                    "education": ["Onderwijs", "Education", "2", "A2"],
                    "practice": ["Praktijk", "Practice", "3", "A3"],
                    "research": ["Onderzoek", "Research", "4", "A4"],
                    "families": ["Gezinnen", "Ervaringsdeskundige", "Families", "5", "A5"],
                ]),
            role: .init(
                columns: ["rol", "role"],
                values: [
                    "trekker": ["Trekker", "Network lead", "1", "A1"],
                    "member": ["Lid", "Deelnemer", "Member", "2", "A2"],
                    "coordinator": ["Coördinator", "Coordinator", "3", "A3"],
                ]),
            phase: .init(
                columns: ["fase", "phase"],
                values: [
                    "forming": ["Formeren", "Opstart", "Forming"],
                    "maintaining": ["Onderhoud", "Onderhouden", "Maintaining"],
                    "institutionalising": ["Institutionaliseren", "Institutionalising"],
                ]),
            wave: .init(columns: ["meting", "wave"])))

    /// The package's `../shared` folder, or `nil` when it is absent.
    static var sharedFolder: URL? {
        let shared = PackagePaths.shared
        return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
    }
}
