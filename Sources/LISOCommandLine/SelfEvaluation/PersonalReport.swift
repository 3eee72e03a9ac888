import Foundation
import LISO

/// The personal report at the end of a self-evaluation: the elements from strongest to weakest
/// with their means, and the recommendations for the network's phase. The figures come from
/// the library's scorer and report model; this type only lays them out for a terminal.
enum PersonalReport {
    /// The report model of one person's answers: scored alone, so the privacy minimum is one.
    static func report(
        _ answers: SelfEvaluationAnswers, instrument: Instrument, framework: EvaluationFramework, language: Language
    ) -> Report {
        var scorer = Scorer(instrument: instrument, framework: framework, policy: ScoringPolicy(minimumGroupSize: 1))
        scorer.add(answers.response)
        return Report(result: scorer.result(), instrument: instrument, framework: framework, language: language)
    }

    /// The report as terminal text.
    static func text(_ report: Report, network: String?, phase: Phase.ID?, framework: EvaluationFramework) -> String {
        let strings = SelfEvaluationStrings(report.language)
        let style = NumberStyle(report.language)
        let bands = ReportStrings(report.language)
        var lines: [String] = []
        var title = strings.reportTitle + (network.map { " – \($0)" } ?? "")
        if let phase = phase.flatMap(framework.phase) {
            title += " (\(strings.phaseLabel): \(phase.name[report.language].lowercased()))"
        }
        lines += [title, String(repeating: "=", count: min(title.count, 80)), "", strings.elementsHeading]
        let ranked = report.elements.sorted { ($0.score.mean ?? -.infinity) > ($1.score.mean ?? -.infinity) }
        let width = ranked.map(\.name.count).max() ?? 0
        for (rank, section) in ranked.enumerated() {
            let name = section.name.padding(toLength: width, withPad: " ", startingAt: 0)
            if let mean = section.score.mean {
                let band = section.score.band.map { "  " + bands.label($0) } ?? ""
                lines.append("  \(rank + 1). \(name)  \(style.decimal(mean))\(band)")
            } else {
                lines.append("  \(rank + 1). \(name)     –  \(strings.tooFewAnswers)")
            }
        }
        lines += ["", strings.recommendationsHeading]
        var shown: Set<String> = []
        for recommendation in report.recommendations
        where recommendation.network == nil || recommendation.network == network {
            guard shown.insert(recommendation.element).inserted else { continue }
            let band = bands.label(recommendation.band)
            lines.append("  \(recommendation.element) – \(style.decimal(recommendation.mean)), \(band)")
            for question in recommendation.questions {
                var wrapped = HelpFormatter.wrap(question, width: 80, indent: "      ")
                wrapped[0] = "    - " + wrapped[0].dropFirst(6)
                lines += wrapped
            }
        }
        if shown.isEmpty { lines.append("  " + strings.noRecommendations) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Prints the report; writes the HTML report to `htmlPath` when given, or, when standard
    /// input is a terminal, asks whether to write it next to the answers file.
    static func show(
        _ answers: SelfEvaluationAnswers, instrument: Instrument, framework: EvaluationFramework, language: Language,
        htmlPath: String?, answersPath: String?, context: inout CommandContext
    ) throws {
        let strings = SelfEvaluationStrings(language)
        let report = report(answers, instrument: instrument, framework: framework, language: language)
        context.output.line()
        context.output.line(strings.finished)
        context.output.line()
        context.output.write(text(report, network: answers.network, phase: answers.phase, framework: framework))
        var path = htmlPath
        if path == nil, context.inputIsTerminal {
            context.output.write(strings.htmlQuestion)
            let reply = context.input.readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            if ["j", "ja", "y", "yes"].contains(reply) {
                let base = answersPath.map { ($0 as NSString).deletingPathExtension } ?? "self-evaluation"
                path = base + ".html"
            }
        }
        guard let path else { return }
        try AtomicFileWriter(destination: context.url(for: path), displayName: path).write(
            HTMLRenderer().render(report))
        context.output.line("\(strings.htmlSaved) '\(path)'")
    }
}
