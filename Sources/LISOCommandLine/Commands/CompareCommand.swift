import Foundation
import LISO

/// `liso compare`: the change per element between two waves.
enum CompareCommand: Command {
    static let spec = CommandSpec(
        name: "compare",
        abstract: "Show the change between two waves per element, with confidence intervals.",
        discussion: "Give two files (before and after), or one file and '--waves A,B' to compare two waves in it.",
        arguments: [
            ArgumentSpec(
                name: "before", isVariadic: false, minimumCount: 1, help: "The earlier export, or the only one."),
            ArgumentSpec(name: "after", isVariadic: false, minimumCount: 0, help: "The later export."),
        ],
        options: ScoreCommand.scoringOptions + [
            .value("waves", valueName: "before,after", help: "Compare these two waves of one file.")
        ])

    static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
        let files = arguments.positionals
        let waves = try waveLabels(arguments, files: files)
        try ScoringOptions.checkMinimumGroupSize(arguments, command: spec.name)
        try ExportFiles.checkPresent(files, context: context)
        let options = try ScoringOptions(arguments, command: spec.name, context: context)
        let reading = ExportFiles(instrument: options.instrument, arguments: arguments, context: context)
        var scored = ScoredFiles(sets: 2, options: options, reading: reading)
        let labels: (before: String, after: String)
        if let waves {
            var seen: Set<String> = []
            try scored.read(files[0], with: reading, context: context) { response in
                if let wave = response.wave { seen.insert(wave) }
                return response.wave == waves.before ? 0 : response.wave == waves.after ? 1 : nil
            }
            for wave in [waves.before, waves.after] where !seen.contains(wave) {
                let found = seen.isEmpty ? "no waves at all" : "waves found: " + seen.sorted().joined(separator: ", ")
                throw LISOError(
                    .inputUnusable,
                    Diagnostic(
                        .error, kind: "wave-missing", "no respondents in wave '\(wave)'; \(found)", file: files[0]))
            }
            labels = waves
        } else {
            try scored.read(files[0], into: 0, with: reading, context: context)
            try scored.read(files[1], into: 1, with: reading, context: context)
            labels = (files[0], files[1])
        }
        let before = scored.result(0)
        var after = scored.result(1)
        after.comparison = WaveComparison(
            before: before, after: after, beforeLabel: labels.before, afterLabel: labels.after)
        let report = Report(result: after, instrument: options.instrument, language: options.language)
        DiagnosticPrinter(limit: DiagnosticPrinter.standardLimit).print(after.diagnostics, to: context.errors)
        try options.writer.write(options.format.renderer.render(report), context: context)
        context.errors.line(
            "compared \(before.respondents) respondents in '\(labels.before)' with \(after.respondents) in "
                + "'\(labels.after)'; \(DiagnosticPrinter.tally(after.diagnostics))")
        return options.status(for: after.diagnostics)
    }

    /// The two waves of `--waves`, or `nil` when two files are compared.
    private static func waveLabels(_ arguments: ParsedArguments, files: [String]) throws(UsageError) -> (
        before: String, after: String
    )? {
        guard let value = arguments.value("waves") else {
            guard files.count == 2 else {
                throw UsageError(
                    "compare needs two files, or one file and '--waves before,after'", command: spec.name)
            }
            return nil
        }
        guard files.count == 1 else {
            throw UsageError("'--waves' compares two waves of one file; give one file", command: spec.name)
        }
        let parts = value.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, parts[0] != parts[1] else {
            throw UsageError(
                "invalid value '\(value)' for option '--waves'; expected two different waves, 'before,after'",
                command: spec.name)
        }
        return (parts[0], parts[1])
    }
}
