import Foundation
import LISO

/// The options `score` and `compare` share, decoded: what to read, the groupings and minimum
/// group size, the report format, output and language, `--strict`.
struct ScoringOptions {
    /// `--format`.
    static let format = DefaultedOption<ReportFormat>(
        "format", valueName: "format", default: .markdown, help: "The report format.")
    /// `--by DIMS`, repeatable and comma-combinable.
    static let groupings = ListOption<GroupDimension>(
        "by", valueName: "dimensions",
        help: "Report groups by a dimension, or by a combination joined with commas (network,perspective); "
            + "repeat for separate groupings; default: network, perspective and role, those present.")
    /// `--min-group-size N`.
    static let minimumGroupSize = DefaultedOption<GroupSize>(
        "min-group-size", valueName: "n", default: GroupSize(ScoringPolicy.standard.minimumGroupSize),
        help: "Groups with fewer respondents show their count only, never a statistic.")
    /// The options, in the order help lists them.
    static let specs =
        InputOptions.specs + [
            format.spec, CommonOptions.output.spec, groupings.spec, minimumGroupSize.spec,
            CommonOptions.language.spec, CommonOptions.strict.spec,
        ]

    /// The exports and how to read them.
    var input: InputOptions
    /// The scoring rules with `--by` and `--min-group-size` applied.
    var policy: ScoringPolicy
    /// The report format.
    var format: ReportFormat
    /// The report language, when `--lang` gives it.
    var language: Language?
    /// Whether warnings make the exit status 1.
    var isStrict: Bool
    /// Where the report goes.
    var writer: ResultWriter

    /// Decodes the options for `files`.
    init(_ arguments: ParsedArguments, files: [String]) throws(UsageError) {
        input = try InputOptions(arguments, files: files)
        policy = ScoringPolicy(
            minimumGroupSize: arguments.value(Self.minimumGroupSize).value, groupings: arguments.lists(Self.groupings))
        format = arguments.value(Self.format)
        language = arguments.value(CommonOptions.language)
        isStrict = arguments.isSet(CommonOptions.strict)
        writer = ResultWriter(path: arguments.value(CommonOptions.output))
    }

    /// Writes a result's report to its destination, after printing `diagnostics` (by default the
    /// result's) on standard error, the first 20.
    func write(
        _ result: EvaluationResult, instrument: Instrument, diagnostics: [Diagnostic]? = nil, context: CommandContext
    ) throws {
        let report = Report(result: result, instrument: instrument, language: context.language(language))
        try write(result, diagnostics: diagnostics, context: context) { $0.renderer.render(report) }
    }

    /// Prints `diagnostics` (by default the result's) on standard error, the first 20, then
    /// writes the text `render` makes in the chosen format to its destination.
    func write(
        _ result: EvaluationResult, diagnostics: [Diagnostic]? = nil, context: CommandContext,
        render: (ReportFormat) -> String
    ) throws {
        DiagnosticPrinter(limit: DiagnosticPrinter.standardLimit, language: context.language(language)).print(
            diagnostics ?? result.diagnostics, to: context.errors)
        try writer.write(render(format), context: context)
    }

    /// The exit status after a successful run: 1 when `--strict` and a warning or error was
    /// found, otherwise 0.
    func status(for diagnostics: [Diagnostic]) -> ExitCode {
        isStrict && diagnostics.contains { $0.severity >= .warning } ? .dataProblems : .success
    }
}
