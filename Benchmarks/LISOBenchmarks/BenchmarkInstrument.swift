import LISO

/// The instrument the benchmark's files are generated for and scored with: the built-in full
/// form, or a stand-in of 40 items while the built-in bank has none.
enum BenchmarkInstrument {
    /// The instrument to use.
    static let instrument: Instrument = Instrument.lisoFull.items.isEmpty ? standIn : .lisoFull

    /// Five items per element of the framework on a 1–5 scale, two of them reverse-keyed.
    static let standIn: Instrument = {
        let scale = ResponseScale(
            id: "agree5", values: (1...5).map { ResponseScale.Value(value: Double($0), labels: ["\($0)"]) },
            missing: [ResponseScale.Missing(labels: ["Weet niet"], codes: ["9"])])
        var items: [Item] = []
        for element in EvaluationFramework.liso2023.elements {
            for number in 1...5 {
                items.append(
                    Item(
                        id: Item.ID("\(element.id.rawValue.prefix(3))-\(number)"),
                        text: LocalizedText(nl: element.name.nl, en: element.name.en), element: element.id,
                        scale: scale.id, reverse: number == 5 && items.count % 2 == 0))
            }
        }
        return Instrument(
            id: "benchmark-stand-in", title: LocalizedText(nl: "Benchmark", en: "Benchmark"), framework: "liso-2023",
            scales: [scale], items: items, fields: InstrumentFields())
    }()
}
