/// One way of splitting respondents into groups: a single dimension (`network`) or a
/// combination (`network,perspective`).
package struct Grouping: Hashable, Sendable {
    /// The dimensions, in the order the group values are given.
    package var dimensions: [GroupDimension]
    /// Whether the grouping appears in the report; others are kept for divergence only.
    package var reported: Bool
    /// Whether the grouping is one of the defaults, reported only when its dimension occurs.
    package var isDefault: Bool

    /// The grouping's name in reports: the dimensions joined by `,`.
    package var name: String { GroupDimension.name(of: dimensions) }

    /// The groupings a policy asks for, followed by those divergence needs.
    ///
    /// Duplicate dimensions within a combination and duplicate groupings are dropped; an empty
    /// policy list means the defaults `network`, `perspective`, `role`.
    package static func all(for policy: ScoringPolicy) -> [Grouping] {
        var result: [Grouping] = []
        func append(_ dimensions: [GroupDimension], reported: Bool, isDefault: Bool) {
            var unique: [GroupDimension] = []
            for dimension in dimensions where !unique.contains(dimension) { unique.append(dimension) }
            guard !unique.isEmpty, !result.contains(where: { $0.dimensions == unique }) else {
                return
            }
            result.append(Grouping(dimensions: unique, reported: reported, isDefault: isDefault))
        }
        if policy.groupings.isEmpty {
            for dimension in [GroupDimension.network, .perspective, .role] {
                append([dimension], reported: true, isDefault: true)
            }
        } else {
            for dimensions in policy.groupings { append(dimensions, reported: true, isDefault: false) }
        }
        for dimensions in divergenceGroupings { append(dimensions, reported: false, isDefault: false) }
        return result
    }

    /// The groupings divergence and recommendations read, whether reported or not.
    static let divergenceGroupings: [[GroupDimension]] = [
        [.network], [.perspective], [.role], [.network, .perspective], [.network, .role],
    ]
}
