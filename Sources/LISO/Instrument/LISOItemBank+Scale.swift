extension LISOItemBank {
    /// The five-point agreement scale, with "weet niet / niet van toepassing" as missing. Its
    /// codes are those survey tools export: `1`…`5` and `A1`…`A5` for the values, `8`, `9`, `A8`
    /// and `A9` for missing, so no missing code can be read as a score. The first label of each
    /// answer is the Dutch one to show, the second the English one; the others are words people
    /// type or exports use (`eens`, `helemaal oneens`).
    static let agree5 = ResponseScale(
        id: "agree5",
        values: [
            ResponseScale.Value(
                value: 1, labels: ["Helemaal mee oneens", "Strongly disagree", "Helemaal oneens"], codes: ["1", "A1"]),
            ResponseScale.Value(value: 2, labels: ["Mee oneens", "Disagree", "Oneens"], codes: ["2", "A2"]),
            ResponseScale.Value(
                value: 3, labels: ["Neutraal", "Neutral", "Niet eens, niet oneens", "Neither agree nor disagree"],
                codes: ["3", "A3"]),
            ResponseScale.Value(value: 4, labels: ["Mee eens", "Agree", "Eens"], codes: ["4", "A4"]),
            ResponseScale.Value(
                value: 5, labels: ["Helemaal mee eens", "Strongly agree", "Helemaal eens"], codes: ["5", "A5"]),
        ],
        missing: [
            ResponseScale.Missing(
                labels: [
                    "Weet niet / niet van toepassing", "Don't know / not applicable", "Weet niet",
                    "Niet van toepassing", "n.v.t.", "Don't know", "Not applicable", "N/A",
                ],
                codes: ["8", "9", "A8", "A9"])
        ])
}
