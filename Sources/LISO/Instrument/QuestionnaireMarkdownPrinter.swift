/// The Markdown form of ``QuestionnairePrinter``: the scale, the background questions, and a
/// table of items per element.
struct QuestionnaireMarkdownPrinter {
    let language: Language
    let instrument: Instrument
    let framework: EvaluationFramework
    var words: QuestionnaireWords { QuestionnaireWords(language: language) }

    func render() -> String {
        var out = "# \(instrument.title[language])\n\n`\(instrument.id)` — \(words.derivedNote)\n"
        for scale in instrument.scales {
            out +=
                "\n## \(words.scaleHeading) (`\(scale.id)`)\n\n\(words.scaleOptions(scale).joined(separator: " · "))\n"
        }
        let fields = QuestionnaireWords.fields(of: instrument)
        if !fields.isEmpty {
            out += "\n## \(words.backgroundHeading)\n\n"
            for (key, question, field) in fields {
                let options = words.options(of: key, field, in: framework)
                out +=
                    "- **\(question[language])** (`\(key)`)"
                    + (options.isEmpty ? "" : ": " + options.joined(separator: ", ")) + "\n"
            }
        }
        for (element, items) in QuestionnaireWords.itemsByElement(instrument, framework) {
            out += "\n## \(framework.element(element)?.name[language] ?? element.rawValue)\n\n"
            out +=
                "| id | \(words.pick("stelling", "statement")) | \(words.pick("werkzaam element", "working element")) |\n"
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
