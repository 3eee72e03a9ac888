import Foundation

/// Checks what an instrument refers to: its framework, the elements, themes and working elements
/// its items cite, the scales they use, and that no item id, column alias, scale word or field
/// answer means two things. Every problem is reported, each with the JSON path of the file.
struct InstrumentReferenceCheck {
    /// One problem: where (as a JSON path), what kind, and what is wrong.
    struct Problem: Hashable, Sendable {
        /// The JSON path the problem is about, for example `items[3].scale`.
        var path: String
        /// A short kind for summaries.
        var kind: String
        /// What is wrong, without the path.
        var message: String
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
            let known = frameworks.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
            report("framework", "instrument-reference", "unknown framework '\(instrument.framework)' (known: \(known))")
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

    mutating func report(_ path: String, _ kind: String, _ message: String) {
        problems.append(Problem(path: path, kind: kind, message: message))
    }

    private mutating func checkScales() {
        var firstScale: [ResponseScale.ID: Int] = [:]
        for (position, scale) in instrument.scales.enumerated() {
            let path = "scales[\(scaleIndices[position])]"
            if let first = firstScale[scale.id] {
                report(
                    "\(path).id", "instrument-duplicate", "duplicate scale id '\(scale.id)' (first at scales[\(first)])"
                )
                continue
            }
            firstScale[scale.id] = scaleIndices[position]
            var meaning: [String: String] = [:]
            var numbers: Set<Double> = []
            for (index, value) in scale.values.enumerated() {
                let valuePath = "\(path).values[\(index)]"
                let number = ResponseScale.text(of: value.value)
                if !numbers.insert(value.value).inserted {
                    report("\(valuePath).value", "instrument-duplicate", "value \(number) appears more than once")
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
                report("\(path)[\(index)]", "instrument-duplicate", "'\(word)' means both \(other) and \(owner)")
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
                report(
                    "\(path).id", "instrument-duplicate", "duplicate item id '\(item.id)' (first at items[\(first)])")
            } else {
                firstItem[item.id] = itemIndices[position]
            }
            if !scaleIDs.contains(item.scale) {
                let hint = KeyHint.closest(to: item.scale.rawValue, among: scaleIDs.map(\.rawValue).sorted())
                report("\(path).scale", "instrument-reference", "unknown scale '\(item.scale)'" + Self.suggestion(hint))
            }
            if let framework { checkCitation(of: item, at: path, in: framework) }
        }
    }

    private mutating func checkCitation(of item: Item, at path: String, in framework: EvaluationFramework) {
        guard let element = framework.element(item.element) else {
            let hint = KeyHint.closest(to: item.element.rawValue, among: framework.elements.map(\.id.rawValue))
            report(
                "\(path).element", "instrument-reference",
                "unknown element '\(item.element)' in framework '\(framework.id)'" + Self.suggestion(hint))
            return
        }
        var theme: Theme?
        if let themeID = item.theme {
            theme = element.themes.first { $0.id == themeID }
            if theme == nil {
                let owner = framework.elements.first { $0.themes.contains { $0.id == themeID } }
                report(
                    "\(path).theme", "instrument-reference",
                    owner.map { "theme '\(themeID)' belongs to element '\($0.id)', not '\(element.id)'" }
                        ?? "unknown theme '\(themeID)' in framework '\(framework.id)'")
            }
        }
        if let workingID = item.workingElement {
            let scope = theme.map { [$0] } ?? element.themes
            if !scope.contains(where: { $0.workingElements.contains { $0.id == workingID } }) {
                let known = framework.workingElement(workingID) != nil
                let place = theme.map { "theme '\($0.id)'" } ?? "element '\(element.id)'"
                report(
                    "\(path).workingElement", "instrument-reference",
                    known
                        ? "working element '\(workingID)' does not belong to \(place)"
                        : "unknown working element '\(workingID)' in framework '\(framework.id)'")
            }
        }
    }

    static func suggestion(_ hint: String?) -> String { hint.map { "; did you mean '\($0)'?" } ?? "" }
}
