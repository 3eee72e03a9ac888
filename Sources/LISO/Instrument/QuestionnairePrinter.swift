/// Prints an instrument: for people (text, Markdown), as an instrument file (JSON), as a
/// blank response template (CSV) whose header the generic export layout maps without an
/// instrument file, or as a form to fill in in a browser (HTML) that saves under that header.
/// The `liso questionnaire` command calls it.
public struct QuestionnairePrinter: Sendable {
    /// The output formats.
    public enum Format: String, CaseIterable, Hashable, Sendable {
        /// Plain text that reads well in an 80-column terminal.
        case text
        /// Markdown, a table of items per element.
        case markdown
        /// The instrument file (`"format": "liso-instrument"`), both languages.
        case json
        /// A blank response template: one header row of the fields' first columns and the item ids.
        case csv
        /// One self-contained HTML form that members fill in in any browser; saving downloads one
        /// row under the ``csv`` template's header.
        case html
    }

    /// The output format.
    public var format: Format
    /// The language of texts and headings (JSON carries both; CSV has no text).
    public var language: Language
    /// The network an HTML form is for: shown, and saved with every answer. `nil` asks for it.
    public var network: String?

    /// Creates a printer.
    public init(format: Format, language: Language, network: String? = nil) {
        self.format = format
        self.language = language
        self.network = network
    }

    /// The instrument in the printer's format, ending with a line break. Element names come from
    /// `framework`.
    public func render(_ instrument: Instrument, framework: EvaluationFramework = .liso2023) -> String {
        switch format {
        case .text: QuestionnaireTextPrinter(language: language, instrument: instrument, framework: framework).render()
        case .markdown:
            QuestionnaireMarkdownPrinter(language: language, instrument: instrument, framework: framework).render()
        case .json: instrument.jsonText()
        case .csv: CSVField.row(Self.templateHeader(instrument)) + "\n"
        case .html:
            QuestionnaireHTMLPrinter(language: language, instrument: instrument, framework: framework, network: network)
                .render()
        }
    }

    /// The header of the blank response template: the first column of each background field
    /// present, in the order respondent, network, perspective, role, phase, wave, then the item ids.
    /// A self-evaluation is saved under the same header.
    public static func templateHeader(_ instrument: Instrument) -> [String] {
        instrument.fields.present.compactMap { $0.field.columns.first } + instrument.items.map(\.id.rawValue)
    }

    /// The items grouped by element, in the framework's element order, unknown elements last.
    static func itemsByElement(_ instrument: Instrument, _ framework: EvaluationFramework) -> [(CoreElement.ID, [Item])]
    {
        var order = framework.elements.map(\.id)
        for item in instrument.items where !order.contains(item.element) { order.append(item.element) }
        return order.compactMap { id in
            let items = instrument.items.filter { $0.element == id }
            return items.isEmpty ? nil : (id, items)
        }
    }
}

/// The questionnaire printers' words and answer lists.
extension Localized where Table == PrinterText {
    /// The question people are asked for a background field, by the field's key.
    func question(forField key: String) -> String {
        switch key {
        case "respondent": self.respondentQuestion
        case "network": self.networkQuestion
        case "perspective": self.perspectiveQuestion
        case "role": self.roleQuestion
        case "phase": self.phaseQuestion
        default: self.waveQuestion
        }
    }

    /// The answer options of a coded field: the framework's names of its canonical ids.
    func options(of key: String, _ field: InstrumentFields.Field, in framework: EvaluationFramework) -> [String] {
        let ordered: [(String, LocalizedText)] =
            switch key {
            case "perspective": framework.perspectives.map { ($0.id.rawValue, $0.name) }
            case "role": framework.roles.map { ($0.id.rawValue, $0.name) }
            case "phase": framework.phases.map { ($0.id.rawValue, $0.name) }
            default: []
            }
        let known = ordered.filter { field.values[$0.0] != nil }.map { $0.1[language] }
        let others = field.values.keys.filter { id in !ordered.contains { $0.0 == id } }.sorted()
        return known + others
    }

    /// The scale's answers as shown: `1 Strongly disagree`, …, `5 Strongly agree`, then the missing answers.
    func scaleOptions(_ scale: ResponseScale) -> [String] {
        scale.values.map { "\(ResponseScale.text(of: $0.value)) \($0.label[language])" }
            + scale.missing.map { $0.label[language] }
    }
}
