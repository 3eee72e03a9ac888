/// How complete and clean the data was. Shows counts and rates, never an answer's text.
public struct DataQualitySection: Hashable, Sendable {
    /// Data rows read.
    public var rowsRead: Int
    /// Data rows not scored.
    public var rowsRejected: Int
    /// Rows that count as respondents.
    public var respondents: Int
    /// The input files with their counts.
    public var sources: [SourceSummary]
    /// Answer rates per item over the whole set; empty when the whole set is suppressed.
    public var items: [ItemQuality]
    /// Respondents who gave the same answer to every item.
    public var straightliners: Int
    /// The minimum number of answered items for the straightliner check.
    public var straightlinerMinimumItems: Int
    /// Respondent ids that occur more than once.
    public var duplicateIds: Int
    /// Respondents who chose more than one value, per grouping label.
    public var multiSelect: [LabelledCount]
    /// The diagnostics counted by severity and kind, most serious first.
    public var diagnostics: [DiagnosticCount]

    /// Creates a data quality section.
    public init(
        rowsRead: Int, rowsRejected: Int, respondents: Int, sources: [SourceSummary], items: [ItemQuality],
        straightliners: Int, straightlinerMinimumItems: Int, duplicateIds: Int, multiSelect: [LabelledCount],
        diagnostics: [DiagnosticCount]
    ) {
        self.rowsRead = rowsRead
        self.rowsRejected = rowsRejected
        self.respondents = respondents
        self.sources = sources
        self.items = items
        self.straightliners = straightliners
        self.straightlinerMinimumItems = straightlinerMinimumItems
        self.duplicateIds = duplicateIds
        self.multiSelect = multiSelect
        self.diagnostics = diagnostics
    }
}

/// How often one item was answered, skipped, marked "don't know" or filled in wrongly.
public struct ItemQuality: Hashable, Sendable {
    /// The item.
    public var id: Item.ID
    /// Cells seen for the item: scored, don't know, unanswered and invalid together.
    public var cells: Int
    /// The fraction of cells marked "don't know".
    public var dontKnowRate: Double
    /// The fraction of cells left empty.
    public var unansweredRate: Double
    /// Cells that matched nothing on the scale.
    public var invalid: Int

    /// Creates an item quality line.
    public init(id: Item.ID, cells: Int, dontKnowRate: Double, unansweredRate: Double, invalid: Int) {
        self.id = id
        self.cells = cells
        self.dontKnowRate = dontKnowRate
        self.unansweredRate = unansweredRate
        self.invalid = invalid
    }
}

/// A label with a count.
public struct LabelledCount: Hashable, Sendable {
    /// What is counted.
    public var label: String
    /// How many.
    public var count: Int

    /// Creates a labelled count.
    public init(label: String, count: Int) {
        self.label = label
        self.count = count
    }
}

/// How many diagnostics of one severity and kind were found.
public struct DiagnosticCount: Hashable, Sendable {
    /// The severity.
    public var severity: Diagnostic.Severity
    /// The kind, for example ``Diagnostic/Kind/invalidValue``.
    public var kind: Diagnostic.Kind
    /// How many.
    public var count: Int

    /// Creates a diagnostic count.
    public init(severity: Diagnostic.Severity, kind: Diagnostic.Kind, count: Int) {
        self.severity = severity
        self.kind = kind
        self.count = count
    }
}

/// How the figures were made: the instrument, the framework, the scoring policy and the tool.
public struct MethodSection: Hashable, Sendable {
    /// The instrument's title in the report's language.
    public var instrumentTitle: String
    /// The instrument's identifier.
    public var instrumentID: Instrument.ID
    /// The number of items.
    public var items: Int
    /// The framework's identifier.
    public var frameworkID: EvaluationFramework.ID
    /// The framework's name in the report's language.
    public var frameworkName: String
    /// The scoring rules in force.
    public var policy: ScoringPolicy
    /// The tool that computed the result.
    public var tool: ToolInfo

    /// Creates a method section.
    public init(
        instrumentTitle: String, instrumentID: Instrument.ID, items: Int, frameworkID: EvaluationFramework.ID,
        frameworkName: String, policy: ScoringPolicy, tool: ToolInfo
    ) {
        self.instrumentTitle = instrumentTitle
        self.instrumentID = instrumentID
        self.items = items
        self.frameworkID = frameworkID
        self.frameworkName = frameworkName
        self.policy = policy
        self.tool = tool
    }
}
