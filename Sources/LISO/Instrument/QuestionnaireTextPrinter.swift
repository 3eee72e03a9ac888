/// The text form of ``QuestionnairePrinter``: wrapped to 80 columns, items numbered by id.
struct QuestionnaireTextPrinter {
    let language: Language
    let instrument: Instrument
    let framework: EvaluationFramework
    var words: PrinterWords { PrinterWords(language) }

    func render() -> String {
        var out = TextWrapping.block("\(instrument.title[language]) (\(instrument.id))", first: "", rest: "")
        out += TextWrapping.block(words.derivedNote, first: "", rest: "")
        for scale in instrument.scales {
            let heading = instrument.scales.count > 1 ? "\(words.scaleHeading) '\(scale.id)'" : words.scaleHeading
            out += "\n" + heading.uppercased() + "\n"
            out += TextWrapping.block(Self.list(words.scaleOptions(scale)), first: "  ", rest: "  ")
        }
        let fields = instrument.fields.present
        if !fields.isEmpty {
            out += "\n" + words.backgroundHeading.uppercased() + "\n"
            for (key, field) in fields {
                out += TextWrapping.block("\(words.question(forField: key)) (\(key))", first: "  ", rest: "    ")
                let options = words.options(of: key, field, in: framework)
                if !options.isEmpty {
                    out += TextWrapping.block(Self.list(options), first: "    ", rest: "    ")
                }
            }
        }
        let width = (instrument.items.map(\.id.rawValue.count).max() ?? 0) + 4
        for (element, items) in QuestionnairePrinter.itemsByElement(instrument, framework) {
            out += "\n" + (framework.element(element)?.name[language] ?? element.rawValue).uppercased() + "\n"
            for item in items {
                let label = "  " + item.id.rawValue + String(repeating: " ", count: width - item.id.rawValue.count - 2)
                let text =
                    item.text[language] + (item.reverse ? " " + TextWrapping.glued("[\(words.reverseNote)]") : "")
                out += TextWrapping.block(text, first: label, rest: String(repeating: " ", count: width))
            }
        }
        return out
    }

    /// Options separated by middle dots, each kept whole on its line.
    static func list(_ options: [String]) -> String { options.map(TextWrapping.glued).joined(separator: " · ") }
}
