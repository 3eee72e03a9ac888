import Foundation
import LISO

/// Reading the answers of a self-evaluation: menu choices and scale values.
extension SelfEvaluationSession {
    /// Records `text` as the answer to `step`; `false` when it does not fit.
    mutating func accept(_ text: String, at step: Step) -> Bool {
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
