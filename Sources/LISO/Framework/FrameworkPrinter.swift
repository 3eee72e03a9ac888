/// Prints a framework for people (text, Markdown) or scripts (JSON): elements with their themes
/// and working elements and their provenance, phases with what matters in each, perspectives
/// and roles. The `liso framework` command calls it.
public struct FrameworkPrinter: Sendable {
    /// The output formats.
    public enum Format: String, CaseIterable, Hashable, Sendable {
        /// Plain text that reads well in an 80-column terminal.
        case text
        /// Markdown, with headings per element.
        case markdown
        /// JSON with both languages, for scripts (`"format": "liso-framework"`).
        case json
    }

    /// The output format.
    public var format: Format
    /// The language of names, descriptions and headings (JSON carries both languages).
    public var language: Language

    /// Creates a printer.
    public init(format: Format, language: Language) {
        self.format = format
        self.language = language
    }

    /// The framework in the printer's format, ending with a line break.
    public func render(_ framework: EvaluationFramework) -> String {
        switch format {
        case .text: FrameworkTextPrinter(language: language, framework: framework).render()
        case .markdown: FrameworkMarkdownPrinter(language: language, framework: framework).render()
        case .json: JSONWriter().write(JSONValue(FrameworkJSON.tree(framework)))
        }
    }
}

/// Words the framework printers share.
struct FrameworkWords: PrinterWords {
    let language: Language

    /// `site` or `derived`, in the printer's language.
    func provenance(_ provenance: Provenance) -> String {
        switch provenance {
        case .site: "site"
        case .derived: pick("afgeleid", "derived")
        }
    }

    /// The markers of a theme or working element: `site`, `derived, E`, `top 3, site, L`.
    func markers(_ provenance: Provenance, _ basis: Basis?, topThree: Bool = false) -> String {
        var parts: [String] = []
        if topThree { parts.append("top 3") }
        parts.append(self.provenance(provenance))
        if let basis { parts.append(basis == .expert ? "E" : "L") }
        return parts.joined(separator: ", ")
    }

    var legend: String {
        pick(
            "[site] geeft de LISO-site en -publicaties in eigen woorden weer; [afgeleid] is door dit project "
                + "opgesteld vanuit de betekenis van het element. E: advies van praktijkexperts; L: "
                + "wetenschappelijke literatuur. 'top 3': een van de drie belangrijkste thema's van het element.",
            "[site] paraphrases the LISO site and publications; [derived] is authored by this project from the "
                + "element's meaning. E: advice of practice experts; L: scientific literature. 'top 3': one of "
                + "the element's three most important themes.")
    }

    var cycling: String {
        pick(
            "Een netwerk gaat terug naar een eerdere fase als er nieuwe leden komen, plannen worden vernieuwd of "
                + "nieuwe vraagstukken worden toegevoegd: de fase is een toestand, geen stap in een reeks.",
            "A network cycles back to an earlier phase when members join, plans are renewed or new issues are "
                + "added: the phase is a current state, not a step in a pipeline.")
    }

    var elementsHeading: String { pick("Kernelementen", "Core elements") }
    var phasesHeading: String { pick("Ontwikkelfasen", "Development phases") }
    var perspectivesHeading: String { pick("Perspectieven", "Perspectives") }
    var rolesHeading: String { pick("Rollen", "Roles") }
    var mostAttention: String { pick("Meeste aandacht", "Most attention") }
    var workingElements: String { pick("Werkzame elementen", "Working elements") }
}
