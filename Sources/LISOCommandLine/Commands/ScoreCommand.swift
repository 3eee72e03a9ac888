import Foundation
import LISO

/// `liso score`: scores exports and writes the report.
enum ScoreCommand: Command {
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
        options: ScoringOptions.specs)

    /// `score`'s options.
    struct Options: CommandOptions {
        /// The exports and how to score and report them.
        var scoring: ScoringOptions

        init(_ arguments: ParsedArguments) throws(UsageError) {
            scoring = try ScoringOptions(arguments, files: arguments.positionals)
        }
    }

    static func run(_ options: Options, context: inout CommandContext) async throws -> ExitCode {
        let scoring = options.scoring
        let evaluation = try scoring.input.evaluation(policy: scoring.policy, context: context)
        let outcome = try await scoring.input.evaluate(evaluation, context: context)
        let result = outcome.whole.result()
        try scoring.write(result, instrument: outcome.instrument, context: context)
        context.errors.line(SummaryLine.scored(result))
        return scoring.status(for: result.diagnostics)
    }
}
