/// Which groups are too small to show, and which must be hidden as well so that a small group
/// cannot be recovered by subtraction.
///
/// Primary: a group with fewer than `minimumGroupSize` respondents is suppressed
/// (``SuppressionReason/smallGroup``). Complementary: for every grouping and every position of its dimensions,
/// the groups that agree on all other positions are siblings under one parent (for a single
/// dimension, the whole set). Their *hidden* respondents are those of suppressed siblings plus
/// the parent's respondents without a value for the varying dimension. While a sibling set hides
/// at least one but fewer than `minimumGroupSize` respondents, its smallest shown sibling is
/// suppressed too (``SuppressionReason/complementary``): subtracting the shown siblings from the parent then reveals
/// only a mix of at least `minimumGroupSize` respondents. Repeated until nothing changes.
package enum Suppression {
    /// The reason each group is suppressed, or `nil` when it is shown. Groups with a missing value
    /// are never shown; they count as hidden.
    ///
    /// - Parameters:
    ///   - groups: Every group's values and respondents.
    ///   - grouping: The grouping index of each group.
    ///   - minimumGroupSize: The smallest group shown.
    ///   - order: Ties between equally small siblings go to the one first in this order.
    /// - Complexity: O(*rounds* × *groups* × *dimensions*); each round suppresses at least one group.
    package static func reasons(
        groups: [(values: [String?], respondents: Int)], grouping: [Int], minimumGroupSize: Int,
        order: (Int, Int) -> Bool
    ) -> [SuppressionReason?] {
        var reasons: [SuppressionReason?] = groups.map { $0.respondents < minimumGroupSize ? .smallGroup : nil }
        func isHidden(_ g: Int) -> Bool { reasons[g] != nil || groups[g].values.contains(nil) }
        var families: [[Int]] = []
        var byGrouping: [Int: [Int]] = [:]
        for g in groups.indices { byGrouping[grouping[g], default: []].append(g) }
        for members in byGrouping.values {
            let width = groups[members[0]].values.count
            for position in 0..<width {
                var siblings: [[String?]: [Int]] = [:]
                for g in members {
                    var parent = groups[g].values
                    parent.remove(at: position)
                    guard !parent.contains(nil) else { continue }
                    siblings[parent, default: []].append(g)
                }
                families += siblings.values
            }
        }
        var changed = true
        while changed {
            changed = false
            for family in families {
                let hidden = family.reduce(0) { $0 + (isHidden($1) ? groups[$1].respondents : 0) }
                guard hidden > 0, hidden < minimumGroupSize else { continue }
                let shown = family.filter { !isHidden($0) }
                guard
                    let smallest = shown.min(by: {
                        groups[$0].respondents != groups[$1].respondents
                            ? groups[$0].respondents < groups[$1].respondents : order($0, $1)
                    })
                else { continue }
                reasons[smallest] = .complementary
                changed = true
            }
        }
        return reasons
    }
}
