/// The order in which groups are reported: coded values (perspectives, roles, phases) in
/// framework order, then any others; free values (networks, waves) alphabetically.
struct GroupOrder: Sendable {
    /// Per dimension: the framework's rank of each coded value.
    private let ranks: [[String: Int]]

    init(framework: EvaluationFramework) {
        var ranks = [[String: Int]](repeating: [:], count: GroupDimension.allCases.count)
        for (rank, perspective) in framework.perspectives.enumerated() {
            ranks[dimensionIndex(.perspective)][perspective.id.rawValue] = rank
        }
        for (rank, role) in framework.roles.enumerated() { ranks[dimensionIndex(.role)][role.id.rawValue] = rank }
        for (rank, phase) in framework.phases.enumerated() { ranks[dimensionIndex(.phase)][phase.id.rawValue] = rank }
        self.ranks = ranks
    }

    /// Whether a group with `lhs` values comes before one with `rhs` values.
    func precedes(_ lhs: [String?], _ rhs: [String?], dimensions: [GroupDimension]) -> Bool {
        for (position, dimension) in dimensions.enumerated() where position < lhs.count && position < rhs.count {
            let left = lhs[position]
            let right = rhs[position]
            guard left != right else { continue }
            guard let left else { return false }
            guard let right else { return true }
            let table = ranks[dimensionIndex(dimension)]
            let leftRank = table[left] ?? Int.max
            let rightRank = table[right] ?? Int.max
            if leftRank != rightRank { return leftRank < rightRank }
            return left < right
        }
        return false
    }
}
