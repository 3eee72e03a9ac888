import Foundation
import LISO

/// The file a self-evaluation is saved to: one header row with the blank template's columns
/// (the background fields' first column names, then the item ids) and one response row, so
/// that `liso score` reads it with the built-in instrument.
package enum SelfEvaluationFile {
    /// The file's text for the given answers.
    package static func text(for answers: SelfEvaluationAnswers, instrument: Instrument) -> String {
        let fields = instrument.fields
        let background: [(InstrumentFields.Field?, String?)] = [
            (fields.respondent, answers.respondentID), (fields.network, answers.network),
            (fields.perspective, answers.perspective?.rawValue), (fields.role, answers.role?.rawValue),
            (fields.phase, answers.phase?.rawValue), (fields.wave, nil),
        ]
        var header: [String] = []
        var row: [String] = []
        for (field, value) in background {
            guard let column = field?.columns.first else { continue }
            header.append(column)
            row.append(value ?? "")
        }
        let missingLabel = instrument.scales.first?.missing.first?.labels.first ?? "weet niet"
        for (item, answer) in zip(instrument.items, answers.answers) {
            header.append(item.id.rawValue)
            switch answer {
            case .value(let value): row.append(ResponseScale.text(of: value))
            case .dontKnow: row.append(instrument.scale(of: item)?.missing.first?.labels.first ?? missingLabel)
            case .unanswered, .invalid: row.append("")
            }
        }
        return header.map(quoted).joined(separator: ",") + "\r\n" + row.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// The default file name in the current folder: the network's name as a slug, then
    /// `-zelfevaluatie.csv` in Dutch or `-self-evaluation.csv` in English.
    package static func defaultName(network: String, language: Language) -> String {
        let folded = network.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var slug = ""
        for character in folded {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = language == .dutch ? "netwerk" : "network" }
        return slug + (language == .dutch ? "-zelfevaluatie.csv" : "-self-evaluation.csv")
    }

    /// `name` when `exists` says it is free, otherwise the first free `name-2.csv`,
    /// `name-3.csv`, …: a new self-evaluation never overwrites another person's answers.
    package static func freeName(_ name: String, exists: (String) -> Bool) -> String {
        guard exists(name) else { return name }
        let base = name.hasSuffix(".csv") ? String(name.dropLast(4)) : name
        var number = 2
        while exists("\(base)-\(number).csv") { number += 1 }
        return "\(base)-\(number).csv"
    }

    /// Which form a saved file was answered on: the full form when its header names every
    /// item of the full form, otherwise the short form.
    package static func form(ofHeader headerLine: String) -> QuestionnaireForm {
        let names = Set(headerLine.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        let full = Instrument.builtIn(form: .full)
        return full.items.allSatisfy { names.contains($0.id.rawValue) } ? .full : .short
    }

    /// A CSV field, quoted when it holds a delimiter, quote or line break.
    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
