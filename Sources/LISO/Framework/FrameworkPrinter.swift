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

extension Localized where Table == PrinterText {
    /// `site` or `derived`, in the printer's language.
    func provenance(_ provenance: Provenance) -> String {
        switch provenance {
        case .site: "site"
        case .derived: self.derived
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
}
