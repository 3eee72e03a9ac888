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
            guard let id = choose(text, at: step, answers.role?.rawValue) else { return false }
            answers.role = Role.ID(id)
        case .perspective:
            guard let id = choose(text, at: step, answers.perspective?.rawValue) else { return false }
            answers.perspective = Perspective.ID(id)
        case .phase:
            guard let id = choose(text, at: step, answers.phase?.rawValue) else { return false }
            answers.phase = Phase.ID(id)
        case .item(let index):
            guard let answer = answer(text, to: index) else { return false }
            answers.answers[index] = answer
        case .finished:
            return false
        }
        return true
    }

    /// The option a menu answer picks: its number, its id, its name in either language, or a
    /// word the instrument reads for it in exports (`Opstart`, `Ouder`); an empty answer keeps
    /// the current choice.
    private func choose(_ text: String, at step: Step, _ current: String?) -> String? {
        let options = menuOptions(step)
        if text.isEmpty { return current }
        if let number = Int(text), options.indices.contains(number - 1) { return options[number - 1].id }
        let wanted = Self.folded(text)
        let field: InstrumentFields.Field? =
            switch step {
            case .role: instrument.fields.role
            case .perspective: instrument.fields.perspective
            case .phase: instrument.fields.phase
            case .network, .item, .finished: nil
            }
        return options.first { option in
            let words = [option.id, option.name.nl, option.name.en] + (field?.values[option.id] ?? [])
            return words.contains { Self.folded($0) == wanted }
        }?.id
    }

    /// The answer an item answer gives: a scale value by number, code or label, "don't know" by
    /// `?` or a missing word (`weet niet`, `weet ik niet`, `nvt`), read as `liso score` reads a
    /// cell; an empty answer keeps the current one.
    private func answer(_ text: String, to index: Int) -> Answer? {
        let current = answers.answers[index]
        if text.isEmpty { return current == .unanswered ? nil : current }
        if text == "?" { return .dontKnow }
        return instrument.scale(of: instrument.items[index])?.answer(typed: text)
    }
}
