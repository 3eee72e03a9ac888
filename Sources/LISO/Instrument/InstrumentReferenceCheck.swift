import Foundation

/// Checks what an instrument refers to: its framework, the elements, themes and working elements
/// its items cite, the scales they use, and that no item id, column alias, scale word or field
/// answer means two things. Every problem is reported, each with the JSON path of the file.
struct InstrumentReferenceCheck {
    /// One problem: where (as a JSON path), what kind, and what is wrong.
    struct Problem: Hashable, Sendable {
        /// The JSON path the problem is about, for example `items[3].scale`.
        var path: String
        /// What kind of problem: ``Diagnostic/Kind/instrumentReference`` or
        /// ``Diagnostic/Kind/instrumentDuplicate``.
        var kind: Diagnostic.Kind
        /// What is wrong, without the path.
        var message: Diagnostic.Message
    }

    let instrument: Instrument
    let frameworks: [EvaluationFramework.ID: EvaluationFramework]
    /// For each scale of the instrument, its index in the file.
    let scaleIndices: [Int]
    /// For each item of the instrument, its index in the file.
    let itemIndices: [Int]
    private(set) var problems: [Problem] = []

    /// Creates a check; the index lists default to the instrument's own positions.
    init(
        _ instrument: Instrument, frameworks: [EvaluationFramework.ID: EvaluationFramework],
        scaleIndices: [Int]? = nil, itemIndices: [Int]? = nil
    ) {
        self.instrument = instrument
        self.frameworks = frameworks
        self.scaleIndices = scaleIndices ?? Array(instrument.scales.indices)
        self.itemIndices = itemIndices ?? Array(instrument.items.indices)
    }

    /// Runs every check and returns the problems in file order.
    ///
    /// - Complexity: O(*n*) in the number of items, columns, labels and codes, plus the size of
    ///   the framework.
    mutating func run() -> [Problem] {
        let framework = frameworks[instrument.framework]
        if framework == nil {
            report(
                "framework", .instrumentReference,
                .unknownFramework(instrument.framework, known: frameworks.keys.sorted()))
        }
        checkScales()
        checkItems(framework)
        checkColumns()
        if let framework { checkFieldValues(framework) }
        return problems
    }

    /// The folded form in which two words count as the same: case and accents ignored, outer
    /// spaces trimmed.
    static func fold(_ word: String) -> String {
        String(word.trimmingSpaces).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    mutating func report(_ path: String, _ kind: Diagnostic.Kind, _ message: Diagnostic.Message) {
        problems.append(Problem(path: path, kind: kind, message: message))
    }

    private mutating func checkScales() {
        var firstScale: [ResponseScale.ID: Int] = [:]
        for (position, scale) in instrument.scales.enumerated() {
            let path = "scales[\(scaleIndices[position])]"
            if let first = firstScale[scale.id] {
                report("\(path).id", .instrumentDuplicate, .duplicateScale(scale.id, first: first))
                continue
            }
            firstScale[scale.id] = scaleIndices[position]
            var meaning: [String: String] = [:]
            var numbers: Set<Double> = []
            for (index, value) in scale.values.enumerated() {
                let valuePath = "\(path).values[\(index)]"
                let number = ResponseScale.text(of: value.value)
                if !numbers.insert(value.value).inserted {
                    report("\(valuePath).value", .instrumentDuplicate, .duplicateValue(value.value))
                }
                claim(value.labels, as: "value \(number)", at: "\(valuePath).labels", in: &meaning)
                claim(value.codes, as: "value \(number)", at: "\(valuePath).codes", in: &meaning)
            }
            for (index, missing) in scale.missing.enumerated() {
                claim(missing.labels, as: "a missing answer", at: "\(path).missing[\(index)].labels", in: &meaning)
                claim(missing.codes, as: "a missing answer", at: "\(path).missing[\(index)].codes", in: &meaning)
            }
        }
    }

    /// Records what each word means; a word that already means something else is a problem.
    mutating func claim(
        _ words: [String], as owner: String, at path: String, in meaning: inout [String: String]
    ) {
        for (index, word) in words.enumerated() {
            let key = Self.fold(word)
            if let other = meaning[key], other != owner {
                report("\(path)[\(index)]", .instrumentDuplicate, .meansTwoThings(word, first: other, second: owner))
            } else {
                meaning[key] = owner
            }
        }
    }

    private mutating func checkItems(_ framework: EvaluationFramework?) {
        let scaleIDs = Set(instrument.scales.map(\.id))
        var firstItem: [Item.ID: Int] = [:]
        for (position, item) in instrument.items.enumerated() {
            let path = "items[\(itemIndices[position])]"
            if let first = firstItem[item.id] {
                report("\(path).id", .instrumentDuplicate, .duplicateItem(item.id, first: first))
            } else {
                firstItem[item.id] = itemIndices[position]
            }
            if !scaleIDs.contains(item.scale) {
                let hint = KeyHint.closest(to: item.scale.rawValue, among: scaleIDs.map(\.rawValue).sorted())
                report("\(path).scale", .instrumentReference, .unknownScale(item.scale, closest: hint))
            }
            if let framework { checkCitation(of: item, at: path, in: framework) }
        }
    }

    private mutating func checkCitation(of item: Item, at path: String, in framework: EvaluationFramework) {
        guard let element = framework.element(item.element) else {
            let hint = KeyHint.closest(to: item.element.rawValue, among: framework.elements.map(\.id.rawValue))
            report(
                "\(path).element", .instrumentReference,
                .unknown("element", item.element.rawValue, in: framework.id, closest: hint))
            return
        }
        var theme: Theme?
        if let themeID = item.theme {
            theme = element.themes.first { $0.id == themeID }
            if theme == nil {
                let owner = framework.elements.first { $0.themes.contains { $0.id == themeID } }
                report(
                    "\(path).theme", .instrumentReference,
                    owner.map { .themeOfOtherElement(themeID, owner: $0.id, element: element.id) }
                        ?? .unknown("theme", themeID.rawValue, in: framework.id, closest: nil))
            }
        }
        if let workingID = item.workingElement {
            let scope = theme.map { [$0] } ?? element.themes
            if !scope.contains(where: { $0.workingElements.contains { $0.id == workingID } }) {
                let known = framework.workingElement(workingID) != nil
                let place = theme.map { "theme '\($0.id)'" } ?? "element '\(element.id)'"
                report(
                    "\(path).workingElement", .instrumentReference,
                    known
                        ? .workingElementElsewhere(workingID, place: place)
                        : .unknown("working element", workingID.rawValue, in: framework.id, closest: nil))
            }
        }
    }
}
