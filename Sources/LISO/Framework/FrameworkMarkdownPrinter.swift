/// The Markdown form of ``FrameworkPrinter``: a heading per element and theme, ids as code.
struct FrameworkMarkdownPrinter {
    let language: Language
    let framework: EvaluationFramework
    var words: PrinterWords { PrinterWords(language) }

    func render() -> String {
        var out = "# \(framework.name[language])\n\n`\(framework.id)` — \(words.legend)\n"
        out += "\n## \(words.elementsHeading)\n"
        for (number, element) in framework.elements.enumerated() {
            out +=
                "\n### \(number + 1). \(element.name[language]) (`\(element.id)`)\n\n\(element.description[language])\n"
            for theme in element.themes {
                let markers = words.markers(theme.provenance, theme.basis, topThree: theme.isTopThree)
                out += "\n#### \(theme.name[language]) (`\(theme.id)`)\n\n*\(markers)*\n\n"
                for working in theme.workingElements {
                    let markers = words.markers(working.provenance, working.basis)
                    out += "- \(working.statement[language]) *[\(markers)]* (`\(working.id)`)\n"
                }
            }
        }
        out += "\n## \(words.phasesHeading)\n\n\(words.cycling)\n"
        for phase in framework.phases {
            out += "\n### \(phase.name[language]) (`\(phase.id)`)\n\n\(phase.description[language])\n\n"
            let elements = phase.relevance.elements.map { framework.element($0)?.name[language] ?? $0.rawValue }
            out += "**\(words.mostAttention)** *[\(words.provenance(phase.relevance.provenance))]*: "
            out += elements.joined(separator: ", ") + "\n\n"
            out += "\(words.workingElements):\n\n"
            for id in phase.relevance.workingElements {
                out += "- \(framework.workingElement(id)?.statement[language] ?? id.rawValue) (`\(id)`)\n"
            }
        }
        out +=
            "\n## \(words.perspectivesHeading)\n\n"
            + table(framework.perspectives.map { ($0.id.rawValue, $0.name, $0.description) })
        out +=
            "\n## \(words.rolesHeading)\n\n" + table(framework.roles.map { ($0.id.rawValue, $0.name, $0.description) })
        return out
    }

    private func table(_ rows: [(String, LocalizedText, LocalizedText)]) -> String {
        var out =
            "| id | \(words.name) | \(words.description) |\n|---|---|---|\n"
        for (id, name, description) in rows {
            out += "| `\(id)` | \(Self.cell(name[language])) | \(Self.cell(description[language])) |\n"
        }
        return out
    }

    /// Text safe inside a table cell.
    static func cell(_ text: String) -> String { text.replacingPipes }
}

extension String {
    /// The string with `|` escaped for a Markdown table cell.
    var replacingPipes: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
