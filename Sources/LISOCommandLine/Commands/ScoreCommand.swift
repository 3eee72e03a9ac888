import Foundation
import LISO

/// `liso score`: scores exports and writes the report.
enum ScoreCommand: Command {
    /// `--report full|meeting`.
    static let report = DefaultedOption<ReportKind>(
        "report", valueName: "kind", default: .full,
        help: "The report: 'full' has every table, for research; 'meeting' gives each network at most two "
            + "printed pages to discuss at its next meeting (markdown or html).")

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
        options: ScoringOptions.specs + [report.spec])

    /// `score`'s options.
    struct Options: CommandOptions {
        /// The exports and how to score and report them.
        var scoring: ScoringOptions
        /// Which report to write.
        var report: ReportKind

        init(_ arguments: ParsedArguments) throws(UsageError) {
            scoring = try ScoringOptions(arguments, files: arguments.positionals)
            report = arguments.value(ScoreCommand.report)
            if report == .meeting, scoring.format.meetingRenderer == nil {
                throw UsageError(
                    LocalizedText(
                        nl: "'--report meeting' kan alleen als markdown of html, niet als '\(scoring.format.rawValue)'",
                        en: "'--report meeting' is written as markdown or html, not as '\(scoring.format.rawValue)'"),
                    hint: LocalizedText(
                        nl: "laat '--format' weg, of geef '--format html' om het af te drukken",
                        en: "leave out '--format', or give '--format html' to print it"))
            }
        }
    }

    static func run(_ options: Options, context: inout CommandContext) async throws -> ExitCode {
        let scoring = options.scoring
        var evaluation = try scoring.input.evaluation(policy: scoring.policy, context: context)
        if options.report == .meeting { evaluation.partition = WavesByNetwork.partition }
        let outcome = try await scoring.input.evaluate(
            evaluation, context: context, language: context.language(scoring.language))
        let result = outcome.whole.result()
        switch options.report {
        case .full:
            try scoring.write(result, instrument: outcome.instrument, context: context)
        case .meeting:
            let report = MeetingReport(
                result: result, instrument: outcome.instrument, language: context.language(scoring.language),
                day: CalendarDay(Date()), wavesByNetwork: WavesByNetwork.waves(in: outcome))
            try scoring.write(result, context: context) { format in format.meetingRenderer?.render(report) ?? "" }
        }
        context.errors.line(SummaryLine.scored(result, in: context.language(scoring.language)))
        return scoring.status(for: result.diagnostics)
    }
}

/// Which report `score` writes.
enum ReportKind: String, CaseIterable, Hashable, Sendable, OptionValue {
    /// Every table, for research.
    case full
    /// At most two printed pages per network, for its next meeting.
    case meeting
}

/// The waves of each network, found while reading: a partition by network and wave without any
/// named set, whose key counts are all it is for.
enum WavesByNetwork {
    /// Separates the network from the wave in a key; no name holds it.
    private static let separator: Character = "\u{1F}"

    /// The partition that counts respondents per network and wave.
    static let partition = ExportPartition.byKey(names: []) { response in
        response.wave.map { (response.network ?? "") + String(separator) + $0 }
    }

    /// The waves found per network name.
    static func waves(in outcome: ExportEvaluation.Outcome) -> [String: [String]] {
        var waves: [String: [String]] = [:]
        for key in outcome.respondentsByKey.keys {
            let parts = key.split(separator: separator, maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            waves[String(parts[0]), default: []].append(String(parts[1]))
        }
        return waves
    }
}
