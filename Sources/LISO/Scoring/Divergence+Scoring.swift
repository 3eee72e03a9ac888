extension Divergence {
    /// The role whose members are compared with everyone else.
    static let trekker: Role.ID = "trekker"
    /// The name of everyone but the trekkers in ``Divergence/highest`` and ``Divergence/lowest``.
    static let others = "others"

    /// Per element, the spread of the means of the shown perspectives: largest minus smallest,
    /// flagged at or above the policy's threshold. Needs at least two perspectives with a mean.
    static func perspectives(
        network: String?, groups: [(value: String, elements: [ElementResult])], threshold: Double
    ) -> [Divergence] {
        guard let first = groups.first else { return [] }
        return first.elements.indices.compactMap { e in
            let means = groups.compactMap { group in group.elements[e].mean.map { (group.value, $0) } }
            guard means.count >= 2,
                let highest = means.max(by: { $0.1 < $1.1 }), let lowest = means.min(by: { $0.1 < $1.1 })
            else { return nil }
            let difference = highest.1 - lowest.1
            return Divergence(
                kind: .perspectives, network: network, element: first.elements[e].id, difference: difference,
                highest: highest.0, lowest: lowest.0, means: Dictionary(uniqueKeysWithValues: means),
                flagged: difference >= threshold)
        }
    }

    /// Per element, trekkers' mean minus the mean of everyone else in the parent group (the
    /// parent's sums minus the trekkers' sums). Flagged when the gap's size reaches the threshold.
    static func trekkersVersusMembers(
        network: String?, parent: GroupAccumulator, trekkers: GroupAccumulator, plan: ScoringPlan
    ) -> [Divergence] {
        plan.elements.enumerated().compactMap { e, layout in
            let trekkerCount = trekkers.scored(e)
            let otherCount = parent.scored(e) - trekkerCount
            guard trekkerCount > 0, otherCount > 0 else { return nil }
            let trekkerSum = Compensated.value(trekkers.moments, at: layout.momentOffset)
            var otherSum = CompensatedSum()
            otherSum.add(parent.moments[layout.momentOffset])
            otherSum.add(parent.moments[layout.momentOffset + 1])
            otherSum.add(-trekkers.moments[layout.momentOffset])
            otherSum.add(-trekkers.moments[layout.momentOffset + 1])
            let trekkerMean = trekkerSum / Double(trekkerCount)
            let otherMean = otherSum.value / Double(otherCount)
            let difference = trekkerMean - otherMean
            let trekkersHigher = difference >= 0
            return Divergence(
                kind: .trekkersVersusMembers, network: network, element: layout.id, difference: difference,
                highest: trekkersHigher ? trekker.rawValue : others,
                lowest: trekkersHigher ? others : trekker.rawValue,
                means: [trekker.rawValue: trekkerMean, others: otherMean],
                flagged: abs(difference) >= plan.policy.divergenceThreshold)
        }
    }
}
