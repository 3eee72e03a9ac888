import Foundation
import LISO

/// The questions of a self-evaluation as the terminal shows them.
extension SelfEvaluationSession {
    /// Prints the question of `step` and its prompt.
    func ask(_ step: Step, output: TextChannel) {
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
            let values = scale.values.map { "\(Self.number($0.value)) = \($0.label[language])" }
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

    /// A scale value as typed: `4`, or `2.5` for a fraction.
    static func number(_ value: Double) -> String {
        ResponseScale.text(of: value)
    }

    /// Text folded for matching: case, accents and surrounding spaces ignored.
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespaces)
    }
}
