/// The Markdown form of ``QuestionnairePrinter``: the scale, the background questions, and a
/// table of items per element.
struct QuestionnaireMarkdownPrinter {
    let language: Language
    let instrument: Instrument
    let framework: EvaluationFramework
    var words: PrinterWords { PrinterWords(language) }

    func render() -> String {
        var out = "# \(instrument.title[language])\n\n`\(instrument.id)` — \(words.derivedNote)\n"
        for scale in instrument.scales {
            out +=
                "\n## \(words.scaleHeading) (`\(scale.id)`)\n\n\(words.scaleOptions(scale).joined(separator: " · "))\n"
        }
        let fields = instrument.fields.present
        if !fields.isEmpty {
            out += "\n## \(words.backgroundHeading)\n\n"
            for (key, field) in fields {
                let options = words.options(of: key, field, in: framework)
                out +=
                    "- **\(words.question(forField: key))** (`\(key)`)"
                    + (options.isEmpty ? "" : ": " + options.joined(separator: ", ")) + "\n"
            }
        }
        for (element, items) in QuestionnairePrinter.itemsByElement(instrument, framework) {
            out += "\n## \(framework.element(element)?.name[language] ?? element.rawValue)\n\n"
            out +=
                "| id | \(words.statement) | \(words.workingElement) |\n"
            out += "|---|---|---|\n"
            for item in items {
                let text = item.text[language].replacingPipes + (item.reverse ? " *(\(words.reverseNote))*" : "")
                let cited = item.workingElement.map { "`\($0)`" } ?? item.theme.map { "`\($0)`" } ?? ""
                out += "| `\(item.id)` | \(text) | \(cited) |\n"
            }
        }
        return out
    }
}
