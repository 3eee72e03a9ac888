import Foundation
import LISO

/// The flow of a self-evaluation, independent of the terminal: asks for the network, role,
/// perspective and phase, then each item with its scale and progress; reads one line per
/// answer; saves after every answer. `b` goes back, `q` saves and stops, `?` is "don't know",
/// and the end of input saves and stops like `q`.
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
    package private(set) var answers: SelfEvaluationAnswers
    /// The fixed texts.
    private let strings: SelfEvaluationStrings

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
        strings = .in(language)
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
        output.line(strings.welcome)
        while step != .finished {
            output.line()
            ask(step, output: output)
            guard let line = input.readLine() else {
                output.line()
                return try stop(save: save)
            }
            if echoesInput { output.line(line) }
            let text = line.trimmingCharacters(in: .whitespaces)
            switch text.lowercased() {
            case "q":
                return try stop(save: save)
            case "b":
                if let previous = previous(step) {
                    step = previous
                } else {
                    output.line(strings.firstQuestionHint)
                }
                continue
            default:
                break
            }
            guard accept(text, at: step) else {
                output.line(hint(for: step))
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

    /// The short hint shown after an answer that does not fit `step`.
    private func hint(for step: Step) -> String {
        switch step {
        case .network: strings.networkHint
        case .role, .perspective, .phase: strings.menuHint
        case .item, .finished: strings.itemHint
        }
    }
}

extension SelfEvaluationSession {
    /// Prints the question of `step` and its prompt.
    private func ask(_ step: Step, output: TextChannel) {
        switch step {
        case .network:
            output.write(strings.networkQuestion + " ")
        case .role:
            menu(
                strings.roleQuestion, framework.roles.map { ($0.id.rawValue, $0.name[language]) },
                answers.role?.rawValue, output)
        case .perspective:
            menu(
                strings.perspectiveQuestion, framework.perspectives.map { ($0.id.rawValue, $0.name[language]) },
                answers.perspective?.rawValue, output)
        case .phase:
            menu(
                strings.phaseQuestion, framework.phases.map { ($0.id.rawValue, $0.name[language]) },
                answers.phase?.rawValue, output)
        case .item(let index):
            askItem(index, output: output)
        case .finished:
            break
        }
    }

    /// Prints a numbered menu, marking the current choice.
    private func menu(
        _ question: String, _ options: [(id: String, name: String)], _ current: String?, _ output: TextChannel
    ) {
        output.line(question)
        for (number, option) in options.enumerated() {
            output.line("  \(number + 1)) \(option.name)" + (option.id == current ? "  ← \(strings.current)" : ""))
        }
        output.write(strings.menuPrompt)
    }

    /// Prints an item: progress, element, statement, the scale and the current answer.
    private func askItem(_ index: Int, output: TextChannel) {
        let item = instrument.items[index]
        let element = framework.element(item.element)?.name[language] ?? item.element.rawValue
        output.line("\(index + 1)/\(instrument.items.count) · \(element)")
        output.line(item.text[language])
        if let scale = instrument.scale(of: item) {
            let values = scale.values.map { "\(Self.number($0.value)) = \(label(of: $0.labels))" }
            var line = ""
            for entry in values + ["? = \(strings.dontKnow)"] {
                if line.count + 2 + entry.count > 80 {
                    output.line(line)
                    line = ""
                }
                line += "  " + entry
            }
            output.line(line)
        }
        switch answers.answers[index] {
        case .value(let value): output.line("  (\(strings.current): \(Self.number(value)); \(strings.keptHint))")
        case .dontKnow: output.line("  (\(strings.current): \(strings.dontKnow); \(strings.keptHint))")
        case .unanswered, .invalid: break
        }
        output.write(strings.itemPrompt)
    }

    /// A scale value's label in the session's language: the first label in Dutch, the last in
    /// English (the built-in scale lists Dutch labels before English ones).
    private func label(of labels: [String]) -> String {
        (language == .dutch ? labels.first : labels.last) ?? ""
    }

    /// A scale value as typed: `4`, or `2.5` for a fraction.
    static func number(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }

    /// Text folded for matching: case, accents and surrounding spaces ignored.
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespaces)
    }
}

extension SelfEvaluationSession {
    /// Records `text` as the answer to `step`; `false` when it does not fit.
    private mutating func accept(_ text: String, at step: Step) -> Bool {
        switch step {
        case .network:
            guard !text.isEmpty else { return false }
            answers.network = text
        case .role:
            guard let id = choose(text, framework.roles.map { ($0.id.rawValue, $0.name) }, answers.role?.rawValue)
            else {
                return false
            }
            answers.role = Role.ID(id)
        case .perspective:
            let options = framework.perspectives.map { ($0.id.rawValue, $0.name) }
            guard let id = choose(text, options, answers.perspective?.rawValue) else { return false }
            answers.perspective = Perspective.ID(id)
        case .phase:
            let options = framework.phases.map { ($0.id.rawValue, $0.name) }
            guard let id = choose(text, options, answers.phase?.rawValue) else { return false }
            answers.phase = Phase.ID(id)
        case .item(let index):
            guard let answer = answer(text, to: index) else { return false }
            answers.answers[index] = answer
        case .finished:
            return false
        }
        return true
    }

    /// The option a menu answer picks: its number, its id or its name in either language;
    /// an empty answer keeps the current choice.
    private func choose(_ text: String, _ options: [(id: String, name: LocalizedText)], _ current: String?) -> String? {
        if text.isEmpty { return current }
        if let number = Int(text), options.indices.contains(number - 1) { return options[number - 1].id }
        let wanted = Self.folded(text)
        return options.first { option in
            [option.id, option.name.nl, option.name.en].contains { Self.folded($0) == wanted }
        }?.id
    }

    /// The answer an item answer gives: a scale value by number, code or label; "don't know"
    /// by `?` or a missing label; an empty answer keeps the current one.
    private func answer(_ text: String, to index: Int) -> Answer? {
        let current = answers.answers[index]
        if text.isEmpty { return current == .unanswered ? nil : current }
        if text == "?" { return .dontKnow }
        guard let scale = instrument.scale(of: instrument.items[index]) else { return nil }
        let wanted = Self.folded(text)
        if let number = Double(wanted.replacingOccurrences(of: ",", with: ".")) {
            return scale.values.contains { $0.value == number } ? .value(number) : nil
        }
        if let value = scale.values.first(where: { value in
            (value.labels + value.codes).contains { Self.folded($0) == wanted }
        }) {
            return .value(value.value)
        }
        let missingWords = scale.missing.flatMap { $0.labels + $0.codes } + ["weet niet", "don't know", "dont know"]
        return missingWords.contains { Self.folded($0) == wanted } ? .dontKnow : nil
    }
}
