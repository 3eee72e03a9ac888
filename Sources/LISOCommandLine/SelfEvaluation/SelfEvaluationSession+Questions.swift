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
            menu(strings.roleQuestion, menuOptions(step), answers.role?.rawValue, output)
        case .perspective:
            menu(strings.perspectiveQuestion, menuOptions(step), answers.perspective?.rawValue, output)
        case .phase:
            menu(strings.phaseQuestion, menuOptions(step), answers.phase?.rawValue, output)
        case .item(let index):
            askItem(index, output: output)
        case .finished:
            break
        }
    }

    /// The choices of a menu step: id, name, and for a phase its one-line explanation.
    func menuOptions(_ step: Step) -> [(id: String, name: LocalizedText, explanation: String?)] {
        switch step {
        case .role: framework.roles.map { ($0.id.rawValue, $0.name, nil) }
        case .perspective: framework.perspectives.map { ($0.id.rawValue, $0.name, nil) }
        case .phase: framework.phases.map { ($0.id.rawValue, $0.name, $0.description[language]) }
        case .network, .item, .finished: []
        }
    }

    /// Prints a numbered menu, marking the current choice; a phase shows its explanation.
    private func menu(
        _ question: String, _ options: [(id: String, name: LocalizedText, explanation: String?)], _ current: String?,
        _ output: TextChannel
    ) {
        output.line(question)
        for (number, option) in options.enumerated() {
            let mark = option.id == current ? "  ← \(strings.current)" : ""
            let prefix = "  \(number + 1)) "
            guard let explanation = option.explanation else {
                output.line(prefix + option.name[language] + mark)
                continue
            }
            let indent = String(repeating: " ", count: prefix.count)
            let text = "\(option.name[language]): \(explanation)"
            output.write(
                HelpFormatter.wrap(text, width: 80, indent: indent).enumerated().map { index, line in
                    index == 0 ? prefix + line.dropFirst(indent.count) + mark : line
                }.joined(separator: "\n") + "\n")
        }
        output.write(
            strings.menuPrompt.filled([
                "first": "1", "last": String(options.count), "back": strings.back, "stop": strings.stop,
            ]))
    }

    /// Prints an item: progress, element, statement, the scale and the current answer.
    private func askItem(_ index: Int, output: TextChannel) {
        let item = instrument.items[index]
        let element = framework.element(item.element)?.name[language] ?? item.element.rawValue
        let progress = strings.progress.filled(["number": String(index + 1), "total": String(instrument.items.count)])
        output.line("\(progress) · \(element)")
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
        let (first, last) = range(of: index)
        output.write(
            strings.itemPrompt.filled([
                "first": first, "last": last, "back": strings.back, "stop": strings.stop,
            ]))
    }

    /// The lowest and highest value of an item's scale, as typed: `1` and `5`.
    func range(of index: Int) -> (first: String, last: String) {
        let scale = instrument.scale(of: instrument.items[index])
        return (Self.number(scale?.minimum ?? 1), Self.number(scale?.maximum ?? 5))
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
