extension LISOItemBank {
    /// The five-point agreement scale, with "weet niet / niet van toepassing" as missing. Its
    /// codes are those survey tools export: `1`…`5` and `A1`…`A5` for the values, `8`, `9`, `A8`
    /// and `A9` for missing, so no missing code can be read as a score.
    static let agree5 = ResponseScale(
        id: "agree5",
        values: [
            ResponseScale.Value(value: 1, labels: ["Helemaal mee oneens", "Strongly disagree"], codes: ["1", "A1"]),
            ResponseScale.Value(value: 2, labels: ["Mee oneens", "Disagree"], codes: ["2", "A2"]),
            ResponseScale.Value(
                value: 3, labels: ["Neutraal", "Niet eens, niet oneens", "Neither agree nor disagree", "Neutral"],
                codes: ["3", "A3"]),
            ResponseScale.Value(value: 4, labels: ["Mee eens", "Agree"], codes: ["4", "A4"]),
            ResponseScale.Value(value: 5, labels: ["Helemaal mee eens", "Strongly agree"], codes: ["5", "A5"]),
        ],
        missing: [
            ResponseScale.Missing(
                labels: [
                    "Weet niet", "Niet van toepassing", "Weet niet / niet van toepassing", "n.v.t.", "Don't know",
                    "Not applicable", "N/A",
                ],
                codes: ["8", "9", "A8", "A9"])
        ])
}
