import Foundation
import LISO

/// The flow of a self-evaluation, independent of the terminal: asks for the network, role,
/// perspective and phase, then each item with its scale and progress; reads one line per
/// answer; saves after every answer. `t` (Dutch) or `b` goes back, `s` or `q` saves and stops,
/// `?` is "don't know", and the end of input saves and stops like `s`.
package struct SelfEvaluationSession {
    /// A question of the flow.
    package enum Step: Hashable, Sendable {
        case network, role, perspective, phase
        /// The item at this index of the instrument.
        case item(Int)
        /// Every question has an answer.
        case finished
    }

    /// How a session ended.
    package enum Outcome: Hashable, Sendable {
        /// Every question was answered.
        case completed
        /// The person stopped (`q` or end of input) after the answers were saved.
        case stopped
        /// The person stopped before naming the network, so there was nothing to save.
        case stoppedBeforeSaving
    }

    /// The questionnaire.
    let instrument: Instrument
    /// The framework whose names the menus show.
    let framework: EvaluationFramework
    /// The language of the questions.
    let language: Language
    /// Whether the network was given on the command line (then it is not asked, nor revisited).
    let networkIsFixed: Bool
    /// Whether each answer read is written back after its prompt, so that a transcript of piped
    /// input reads like a dialogue (a terminal echoes by itself).
    let echoesInput: Bool
    /// The answers so far.
    package internal(set) var answers: SelfEvaluationAnswers
    /// The fixed texts.
    let strings: SelfEvaluationStrings

    /// Creates a session that continues from `answers` (fresh or resumed).
    package init(
        instrument: Instrument, framework: EvaluationFramework, language: Language, answers: SelfEvaluationAnswers,
        networkIsFixed: Bool, echoesInput: Bool = false
    ) {
        self.instrument = instrument
        self.framework = framework
        self.language = language
        self.answers = answers
        self.networkIsFixed = networkIsFixed
        self.echoesInput = echoesInput
        strings = SelfEvaluationStrings(language)
    }

    /// The first question without an answer: where a fresh or resumed session starts.
    package var firstOpenStep: Step {
        if answers.network == nil { return .network }
        if answers.role == nil { return .role }
        if answers.perspective == nil { return .perspective }
        if answers.phase == nil { return .phase }
        if let index = answers.answers.firstIndex(of: .unanswered) { return .item(index) }
        return .finished
    }

    /// Runs the flow until every question is answered or the person stops. `save` is called
    /// after every answer once the network is known, and when stopping.
    package mutating func run(
        input: inout some LineSource, output: TextChannel, save: (SelfEvaluationAnswers) throws -> Void
    ) throws -> Outcome {
        var step = firstOpenStep
        var opening = [strings.welcome, strings.howTo.filled(["stop": strings.stop, "back": strings.back])]
        if case .item(let index) = step, index > 0 || answers.answeredCount > 0 {
            opening.append(
                strings.resumed.filled(["number": String(index + 1), "total": String(instrument.items.count)]))
        }
        for paragraph in opening {
            output.line(HelpFormatter.wrap(paragraph, width: 80, indent: "").joined(separator: "\n"))
        }
        while step != .finished {
            output.line()
            ask(step, output: output)
            guard let line = input.readLine() else {
                output.line()
                return try stop(save: save)
            }
            if echoesInput { output.line(line) }
            let text = line.trimmingCharacters(in: .whitespaces)
            switch Key(text) {
            case .stop:
                return try stop(save: save)
            case .back:
                if let previous = previous(step) {
                    step = previous
                } else {
                    output.line(strings.firstQuestionHint)
                }
                continue
            case nil:
                break
            }
            guard accept(text, at: step) else {
                output.line(HelpFormatter.wrap(hint(for: step), width: 80, indent: "").joined(separator: "\n"))
                continue
            }
            try save(answers)
            step = next(after: step)
        }
        return .completed
    }

    /// Saves (when there is anything to save) and reports a stop.
    private func stop(save: (SelfEvaluationAnswers) throws -> Void) throws -> Outcome {
        guard answers.network != nil else { return .stoppedBeforeSaving }
        try save(answers)
        return .stopped
    }

    /// The question before `step`, or `nil` at the first question.
    private func previous(_ step: Step) -> Step? {
        switch step {
        case .network, .finished: nil
        case .role: networkIsFixed ? nil : .network
        case .perspective: .role
        case .phase: .perspective
        case .item(let index): index == 0 ? .phase : .item(index - 1)
        }
    }

    /// The question after `step`.
    private func next(after step: Step) -> Step {
        switch step {
        case .network: .role
        case .role: .perspective
        case .perspective: .phase
        case .phase: instrument.items.isEmpty ? .finished : .item(0)
        case .item(let index): index + 1 < instrument.items.count ? .item(index + 1) : .finished
        case .finished: .finished
        }
    }

    /// The short hint shown after an answer that does not fit `step`: which numbers and words
    /// are allowed.
    private func hint(for step: Step) -> String {
        let keys = ["stop": strings.stop, "back": strings.back]
        switch step {
        case .network: return strings.networkHint.filled(keys)
        case .role, .perspective, .phase:
            return strings.menuHint.filled(["first": "1", "last": String(menuOptions(step).count)])
        case .item(let index):
            let (first, last) = range(of: index)
            return strings.itemHint.filled(keys.merging(["first": first, "last": last]) { $1 })
        case .finished: return ""
        }
    }

    /// The keys that go back and stop, in either language: `t`/`terug` and `s`/`stop`/`stoppen`
    /// in Dutch, `b`/`back` and `q`/`quit`/`stop` in English.
    enum Key {
        case back, stop

        init?(_ text: String) {
            switch text.lowercased() {
            case "t", "terug", "b", "back": self = .back
            case "s", "stop", "stoppen", "q", "quit": self = .stop
            default: return nil
            }
        }
    }
}
