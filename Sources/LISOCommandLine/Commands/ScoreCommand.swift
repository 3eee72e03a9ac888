import Foundation
import LISO

/// `liso score`: scores exports and writes the report.
enum ScoreCommand: Command {
    /// The dimensions `--by` accepts.
    static let dimensions = GroupDimension.allCases.map(\.rawValue)

    /// `--by DIMS`, repeatable and comma-combinable.
    static let byOption = OptionSpec(
        name: "by", short: nil, valueName: "dimensions", allowedValues: dimensions, isRepeatable: true,
        splitsOnCommas: true, defaultValue: nil,
        help: "Report groups by a dimension, or by a combination joined with commas (network,perspective); "
            + "repeat for separate groupings; default: network, perspective and role, those present.")

    /// The options `score` and `compare` share.
    static let scoringOptions: [OptionSpec] = [
        CommonOptions.instrument,
        CommonOptions.layout,
        CommonOptions.delimiter,
        .value(
            "format", valueName: "format", allowed: ["markdown", "html", "json", "csv"], default: "markdown",
            help: "The report format."),
        CommonOptions.output,
        byOption,
        .value(
            "min-group-size", valueName: "n", default: "5",
            help: "Groups with fewer respondents show their count only, never a statistic."),
        CommonOptions.language,
        CommonOptions.strict,
    ]

    static let spec = CommandSpec(
        name: "score",
        abstract: "Score questionnaire exports and write the report.",
        discussion: "Reads exports of LimeSurvey, Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms or the "
            + "generic template, scores every element per group and writes one report. Diagnostics go to "
            + "standard error.",
        arguments: [
            ArgumentSpec(
                name: "file", isVariadic: true, minimumCount: 1,
                help: "Export files to score; '-' reads standard input.")
        ],
        options: scoringOptions)

    static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
        let files = arguments.positionals
        try ScoringOptions.checkMinimumGroupSize(arguments, command: spec.name)
        try ExportFiles.checkPresent(files, context: context)
        let options = try ScoringOptions(arguments, command: spec.name, context: context)
        let scored = try ScoredFiles(files, options: options, arguments: arguments, context: context)
        let result = scored.result()
        let report = Report(result: result, instrument: options.instrument, language: options.language)
        DiagnosticPrinter(limit: DiagnosticPrinter.standardLimit).print(result.diagnostics, to: context.errors)
        try options.writer.write(options.format.renderer.render(report), context: context)
        context.errors.line(scored.summaryLine(result))
        return options.status(for: result.diagnostics)
    }
}
