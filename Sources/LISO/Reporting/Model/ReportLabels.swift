import Foundation

/// Turns canonical ids into labels in one language: elements, perspectives, roles and phases
/// from the framework; network names and wave labels as they are.
struct ReportLabels: Sendable {
    let framework: EvaluationFramework
    let language: Language
    let strings: ReportStrings

    /// The name of an element, or its id when the framework does not know it.
    func element(_ id: CoreElement.ID) -> String { framework.element(id)?.name[language] ?? id.rawValue }

    /// The label of a phase, or its id when the framework does not know it.
    func phase(_ id: Phase.ID) -> String { framework.phase(id)?.name[language] ?? id.rawValue }

    /// The label of a grouping, for example `Netwerk × Perspectief`.
    func dimension(_ dimension: String) -> String {
        dimension.split(separator: ",").map { strings.label(dimension: String($0)) }.joined(separator: " × ")
    }

    /// The label of one value of a single dimension.
    func value(_ value: String, of dimension: String) -> String {
        switch GroupDimension(rawValue: dimension) {
        case .perspective: framework.perspective(Perspective.ID(value))?.name[language] ?? value
        case .role: framework.role(Role.ID(value))?.name[language] ?? value
        case .phase: phase(Phase.ID(value))
        case .network, .wave: value
        case nil: dimension == "all" ? strings.allRespondents : value
        }
    }

    /// The label of a group, its values joined by ` · ` for a combination.
    func group(_ group: GroupResult) -> String {
        let dimensions = group.dimension.split(separator: ",").map(String.init)
        let values = group.values.isEmpty ? [group.value] : group.values
        guard dimensions.count == values.count else { return value(group.value, of: group.dimension) }
        return zip(values, dimensions).map { value($0, of: $1) }.joined(separator: " · ")
    }

    /// The label of a compared group in a divergence: a perspective or a role.
    func compared(_ value: String, kind: Divergence.Kind) -> String {
        switch kind {
        case .perspectives: self.value(value, of: GroupDimension.perspective.rawValue)
        case .trekkersVersusMembers:
            value == "others" ? strings.otherMembers : self.value(value, of: GroupDimension.role.rawValue)
        }
    }

    /// A group's count, labelled.
    func count(_ group: GroupResult) -> GroupCount {
        GroupCount(
            dimension: group.dimension, dimensionLabel: dimension(group.dimension), value: group.value,
            label: self.group(group), respondents: group.respondents, suppressed: group.suppressed)
    }

    /// A question for the next meeting from a working element's statement.
    func question(_ id: WorkingElement.ID, element: CoreElement.ID) -> String {
        guard let statement = framework.workingElement(id)?.statement[language], !statement.isEmpty else {
            return strings.fallbackQuestion.filled(["element": self.element(element)])
        }
        var text = statement.trimmingCharacters(in: .whitespaces)
        while let last = text.last, ".!?".contains(last) { text.removeLast() }
        return strings.question.filled(["statement": text])
    }
}
