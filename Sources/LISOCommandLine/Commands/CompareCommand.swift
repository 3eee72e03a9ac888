import Foundation
import LISO

/// `liso compare`: the change per element between two waves.
enum CompareCommand: Command {
    /// `--waves before,after`.
    static let waves = Option<WavePair>(
        "waves", valueName: "before,after", help: "Compare these two waves of one file.")

    static let spec = CommandSpec(
        name: "compare",
        abstract: "Show the change between two waves per element, with confidence intervals.",
        discussion: "Give two files (before and after), or one file and '--waves A,B' to compare two waves in it.",
        arguments: [
            ArgumentSpec(
                name: "before", isVariadic: false, minimumCount: 1, help: "The earlier export, or the only one."),
            ArgumentSpec(name: "after", isVariadic: false, minimumCount: 0, help: "The later export."),
        ],
        options: ScoringOptions.specs + [waves.spec])

    /// `compare`'s options.
    struct Options: CommandOptions {
        /// The exports and how to score and report them.
        var scoring: ScoringOptions
        /// The two waves of one file, or `nil` when two files are compared.
        var waves: WavePair?

        init(_ arguments: ParsedArguments) throws(UsageError) {
            let files = arguments.positionals
            waves = arguments.value(CompareCommand.waves)
            if waves == nil, files.count != 2 {
                throw UsageError(
                    LocalizedText(
                        nl: "compare heeft twee bestanden nodig, of één bestand en '--waves voor,na'",
                        en: "compare needs two files, or one file and '--waves before,after'"))
            }
            if waves != nil, files.count != 1 {
                throw UsageError(
                    LocalizedText(
                        nl: "'--waves' vergelijkt twee metingen in één bestand; geef één bestand",
                        en: "'--waves' compares two waves of one file; give one file"))
            }
            scoring = try ScoringOptions(arguments, files: files)
        }

        /// The names of the two sides: the waves, or the files.
        var labels: (before: String, after: String) {
            waves.map { ($0.before, $0.after) } ?? (scoring.input.files[0], scoring.input.files[1])
        }
    }

    static func run(_ options: Options, context: inout CommandContext) async throws -> ExitCode {
        let scoring = options.scoring
        var evaluation = try scoring.input.evaluation(policy: scoring.policy, context: context)
        evaluation.partition = options.waves.map { .waves([$0.before, $0.after]) } ?? .eachInput
        let outcome = try await scoring.input.evaluate(
            evaluation, context: context, language: context.language(scoring.language))
        if let waves = options.waves { try checkFound(waves, in: outcome, file: scoring.input.files[0]) }
        let before = outcome.sets[0].result()
        var after = outcome.sets[1].result()
        after.comparison = WaveComparison(
            before: before, after: after, beforeLabel: options.labels.before, afterLabel: options.labels.after)
        // The report is the later set's; standard error lists the problems of both sides.
        let diagnostics = before.diagnostics + after.diagnostics.filter { !before.diagnostics.contains($0) }
        try scoring.write(after, instrument: outcome.instrument, diagnostics: diagnostics, context: context)
        context.errors.line(
            SummaryLine.compared(
                before, after, labels: options.labels, diagnostics: diagnostics,
                in: context.language(scoring.language)))
        return scoring.status(for: diagnostics)
    }

    /// Checks that both waves have respondents.
    ///
    /// - Throws: `LISOError(.inputUnusable)` naming the first wave without respondents and the
    ///   waves that have them.
    private static func checkFound(_ waves: WavePair, in outcome: ExportEvaluation.Outcome, file: String) throws {
        let found = Array(outcome.respondentsByKey.keys)
        for wave in [waves.before, waves.after] where outcome.respondentsByKey[wave] == nil {
            throw LISOError(
                .inputUnusable,
                Diagnostic(.error, kind: .waveMissing, .noRespondentsInWave(wave, found: found), file: file))
        }
    }
}
