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

    /// The label of a grouping, for example `Netwerk × Perspectief`; the whole set's for none.
    func dimension(_ dimensions: [GroupDimension]) -> String {
        guard !dimensions.isEmpty else { return strings.allRespondents }
        return dimensions.map(strings.label).joined(separator: " × ")
    }

    /// The label of one value of a dimension.
    func value(_ value: String, of dimension: GroupDimension) -> String {
        switch dimension {
        case .perspective: framework.perspective(Perspective.ID(value))?.name[language] ?? value
        case .role: framework.role(Role.ID(value))?.name[language] ?? value
        case .phase: phase(Phase.ID(value))
        case .network, .wave: value
        }
    }

    /// The label of a group, its values joined by ` · ` for a combination; the whole set's for none.
    func group(_ group: GroupResult) -> String {
        guard !group.isWholeSet else { return strings.allRespondents }
        return zip(group.values, group.dimensions).map { value($0, of: $1) }.joined(separator: " · ")
    }

    /// The label of a compared group in a divergence: a perspective or a role.
    func compared(_ value: String, kind: Divergence.Kind) -> String {
        switch kind {
        case .perspectives: self.value(value, of: .perspective)
        case .trekkersVersusMembers:
            value == Divergence.others ? strings.otherMembers : self.value(value, of: .role)
        }
    }

    /// A group's count, labelled.
    func count(_ group: GroupResult) -> GroupCount {
        GroupCount(
            dimensions: group.dimensions, dimensionLabel: dimension(group.dimensions), values: group.values,
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
