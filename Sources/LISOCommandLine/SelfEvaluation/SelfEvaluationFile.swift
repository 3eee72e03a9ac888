import Foundation
import LISO

/// The file a self-evaluation is saved to: one header row with the blank template's columns
/// (the background fields' first column names, then the item ids) and one response row, so
/// that `liso score` reads it with the built-in instrument.
package enum SelfEvaluationFile {
    /// The file's text for the given answers.
    package static func text(for answers: SelfEvaluationAnswers, instrument: Instrument) -> String {
        let background = [
            "respondent": answers.respondentID, "network": answers.network,
            "perspective": answers.perspective?.rawValue, "role": answers.role?.rawValue,
            "phase": answers.phase?.rawValue,
        ]
        var row = instrument.fields.present.compactMap { key, field in
            field.columns.first.map { _ in background[key].flatMap { $0 } ?? "" }
        }
        let missingLabel = instrument.scales.first?.missing.first?.labels.first ?? "weet niet"
        for (item, answer) in zip(instrument.items, answers.answers) {
            switch answer {
            case .value(let value): row.append(ResponseScale.text(of: value))
            case .dontKnow: row.append(instrument.scale(of: item)?.missing.first?.labels.first ?? missingLabel)
            case .unanswered, .invalid: row.append("")
            }
        }
        let header = QuestionnairePrinter.templateHeader(instrument)
        return CSVField.row(header) + "\r\n" + CSVField.row(row) + "\r\n"
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
        let strings = SelfEvaluationStrings(language)
        if slug.isEmpty { slug = strings.fileNetwork }
        return slug + strings.fileSuffix
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
}
