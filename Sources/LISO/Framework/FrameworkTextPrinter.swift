/// The text form of ``FrameworkPrinter``: wrapped to 80 columns, ids in parentheses.
struct FrameworkTextPrinter {
    let language: Language
    let framework: EvaluationFramework
    var words: PrinterWords { PrinterWords(language) }

    func render() -> String {
        var out = TextWrapping.block("\(framework.name[language]) (\(framework.id))", first: "", rest: "")
        out += "\n" + TextWrapping.block(words.legend, first: "", rest: "")
        out += "\n" + words.elementsHeading.uppercased() + "\n"
        for (number, element) in framework.elements.enumerated() {
            out +=
                "\n"
                + TextWrapping.block("\(number + 1). \(element.name[language]) (\(element.id))", first: "", rest: "   ")
            out += TextWrapping.block(element.description[language], first: "   ", rest: "   ")
            for theme in element.themes {
                let markers = TextWrapping.glued(
                    words.markers(theme.provenance, theme.basis, topThree: theme.isTopThree))
                out +=
                    "\n"
                    + TextWrapping.block(
                        "\(theme.name[language]) [\(markers)] (\(theme.id))", first: "   * ", rest: "     ")
                for working in theme.workingElements {
                    let slug = working.id.rawValue.dropFirst(theme.id.rawValue.count + 1)
                    let line =
                        "\(working.statement[language]) [\(TextWrapping.glued(words.markers(working.provenance, working.basis)))] (\(slug))"
                    out += TextWrapping.block(line, first: "     - ", rest: "       ")
                }
            }
        }
        out += "\n" + words.phasesHeading.uppercased() + "\n\n" + TextWrapping.block(words.cycling, first: "", rest: "")
        for phase in framework.phases {
            out += "\n\(phase.name[language]) (\(phase.id))\n"
            out += TextWrapping.block(phase.description[language], first: "   ", rest: "   ")
            let elements = phase.relevance.elements.map { framework.element($0)?.name[language] ?? $0.rawValue }
            let heading = "\(words.mostAttention) [\(words.provenance(phase.relevance.provenance))]: "
            out += TextWrapping.block(heading + elements.joined(separator: ", "), first: "   ", rest: "     ")
            out += "   \(words.workingElements):\n"
            for id in phase.relevance.workingElements {
                let statement = framework.workingElement(id)?.statement[language] ?? id.rawValue
                out += TextWrapping.block(statement, first: "     - ", rest: "       ")
            }
        }
        out += "\n" + words.perspectivesHeading.uppercased() + "\n\n"
        for perspective in framework.perspectives {
            let line = "\(perspective.name[language]) (\(perspective.id)): \(perspective.description[language])"
            out += TextWrapping.block(line, first: "  ", rest: "    ")
        }
        out += "\n" + words.rolesHeading.uppercased() + "\n\n"
        for role in framework.roles {
            out += TextWrapping.block(
                "\(role.name[language]) (\(role.id)): \(role.description[language])", first: "  ", rest: "    ")
        }
        return out
    }
}
