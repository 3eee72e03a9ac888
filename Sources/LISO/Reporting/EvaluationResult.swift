/// Everything a report shows: counts, per-group results, divergence, recommendations, data
/// quality flags and diagnostics. A plain `Codable` value; the JSON report is its encoding
/// (`schemaVersion` 1), with absent values written as `null`.
public struct EvaluationResult: Hashable, Sendable, Codable {
    /// The version of the JSON report's shape; scripts check it.
    public var schemaVersion: Int
    /// The tool and its version that computed the result.
    public var tool: ToolInfo
    /// The instrument the responses were scored with.
    public var instrument: InstrumentInfo
    /// The scoring rules in force.
    public var policy: ScoringPolicy
    /// The input files, each with its own counts.
    public var sources: [SourceSummary]
    /// Rows that count as respondents (at least one item answered or marked "don't know").
    public var respondents: Int
    /// Data rows read, headers not counted.
    public var rowsRead: Int
    /// Data rows not scored, for example fully empty rows.
    public var rowsRejected: Int
    /// How many respondents chose more than one value of a background field, per dimension.
    public var multiSelect: [GroupDimension: Int]
    /// The whole set of respondents.
    public var overall: GroupResult
    /// One result per group of every grouping, in grouping order.
    public var groups: [GroupResult]
    /// Where perspectives, or trekkers and members, see an element differently.
    public var divergence: [Divergence]
    /// Working elements to discuss for elements that need attention.
    public var recommendations: [Recommendation]
    /// Data quality flags.
    public var flags: QualityFlags
    /// Every problem found while reading, in input order.
    public var diagnostics: [Diagnostic]
    /// The change between two waves, present only for a comparison.
    public var comparison: WaveComparison?

    /// Creates a result.
    public init(
        schemaVersion: Int = 1, tool: ToolInfo = ToolInfo(), instrument: InstrumentInfo, policy: ScoringPolicy,
        sources: [SourceSummary], respondents: Int, rowsRead: Int, rowsRejected: Int,
        multiSelect: [GroupDimension: Int] = [:], overall: GroupResult, groups: [GroupResult],
        divergence: [Divergence], recommendations: [Recommendation], flags: QualityFlags,
        diagnostics: [Diagnostic], comparison: WaveComparison? = nil
    ) {
        self.schemaVersion = schemaVersion
        self.tool = tool
        self.instrument = instrument
        self.policy = policy
        self.sources = sources
        self.respondents = respondents
        self.rowsRead = rowsRead
        self.rowsRejected = rowsRejected
        self.multiSelect = multiSelect
        self.overall = overall
        self.groups = groups
        self.divergence = divergence
        self.recommendations = recommendations
        self.flags = flags
        self.diagnostics = diagnostics
        self.comparison = comparison
    }
}

/// The tool that computed a result.
public struct ToolInfo: Hashable, Sendable, Codable {
    /// The tool's name, `liso`.
    public var name: String
    /// The tool's version.
    public var version: String

    /// Creates tool information; the defaults describe this library.
    public init(name: String = "liso", version: String = LISOVersion.current) {
        self.name = name
        self.version = version
    }
}

/// The version of this library.
public enum LISOVersion: Sendable {
    /// The version of this library and its command.
    public static let current = "0.1.0"
}

/// The instrument a result was scored with.
public struct InstrumentInfo: Hashable, Sendable, Codable {
    /// The instrument's identifier.
    public var id: Instrument.ID
    /// The instrument's title.
    public var title: LocalizedText
    /// The framework version the items cite.
    public var framework: EvaluationFramework.ID
    /// The number of items.
    public var items: Int

    /// Creates instrument information.
    public init(id: Instrument.ID, title: LocalizedText, framework: EvaluationFramework.ID, items: Int) {
        self.id = id
        self.title = title
        self.framework = framework
        self.items = items
    }

    /// Describes an instrument.
    public init(_ instrument: Instrument) {
        self.init(
            id: instrument.id, title: instrument.title, framework: instrument.framework,
            items: instrument.items.count)
    }
}

/// One input file and what was read from it.
public struct SourceSummary: Hashable, Sendable, Codable {
    /// The file as the user named it (`-` for standard input).
    public var file: String
    /// The export layout recognised, for example ``ExportLayout/limeSurvey``.
    public var layout: ExportLayout?
    /// The text encoding used, for example ``TextEncoding/utf8`` or ``TextEncoding/windows1252``.
    public var encoding: TextEncoding?
    /// Data rows read.
    public var rowsRead: Int
    /// Data rows not scored.
    public var rowsRejected: Int

    /// Describes a file the export reader read in `encoding`.
    public init(_ summary: ExportReader.Summary, encoding: TextEncoding) {
        self.init(
            file: summary.file, layout: summary.layout, encoding: encoding,
            rowsRead: summary.rowsRead, rowsRejected: summary.rowsRejected)
    }

    /// Creates a source summary.
    public init(
        file: String, layout: ExportLayout? = nil, encoding: TextEncoding? = nil, rowsRead: Int, rowsRejected: Int
    ) {
        self.file = file
        self.layout = layout
        self.encoding = encoding
        self.rowsRead = rowsRead
        self.rowsRejected = rowsRejected
    }
}
