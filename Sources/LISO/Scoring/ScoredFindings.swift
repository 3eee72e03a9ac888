/// Divergence and recommendations, read from the groups a scorer built.
struct ScoredFindings {
    var divergence: [Divergence] = []
    var recommendations: [Recommendation] = []

    /// Builds the findings for the whole set and for every shown network.
    init(scorer: Scorer, slotsByGrouping: [[Int]], built: [Int: GroupResult], overall: GroupResult) {
        let plan = scorer.plan
        func grouping(_ dimensions: [GroupDimension]) -> Int? {
            plan.groupings.firstIndex { $0.dimensions == dimensions }
        }
        func shown(_ dimensions: [GroupDimension], where match: ([String?]) -> Bool) -> [Int] {
            guard let index = grouping(dimensions) else { return [] }
            return slotsByGrouping[index].filter { match(scorer.groups[$0].values) && built[$0]?.suppressed == false }
        }
        let threshold = plan.policy.divergenceThreshold
        let trekker = Divergence.trekker.rawValue

        if !overall.suppressed {
            let perspectives = shown([.perspective]) { _ in true }.compactMap { slot in
                built[slot].map { (value: $0.values[0], elements: $0.elements) }
            }
            divergence += Divergence.perspectives(network: nil, groups: perspectives, threshold: threshold)
            if let slot = shown([.role], where: { $0 == [trekker] }).first,
                scorer.overall.respondents - scorer.groups[slot].respondents >= plan.policy.minimumGroupSize
            {
                divergence += Divergence.trekkersVersusMembers(
                    network: nil, parent: scorer.overall, trekkers: scorer.groups[slot], plan: plan)
            }
            recommendations += Recommendation.recommendations(
                network: nil, phase: overall.phase, elements: overall.elements, framework: plan.framework)
        }
        let minimum = plan.policy.minimumGroupSize
        for slot in shown([.network], where: { _ in true }) {
            guard let network = scorer.groups[slot].values[0], let result = built[slot] else { continue }
            let perspectives = shown([.network, .perspective]) { $0[0] == network }.compactMap { slot in
                built[slot].map { (value: $0.values[1], elements: $0.elements) }
            }
            divergence += Divergence.perspectives(network: network, groups: perspectives, threshold: threshold)
            if let trekkers = shown([.network, .role], where: { $0 == [network, trekker] }).first,
                scorer.groups[slot].respondents - scorer.groups[trekkers].respondents >= minimum
            {
                divergence += Divergence.trekkersVersusMembers(
                    network: network, parent: scorer.groups[slot], trekkers: scorer.groups[trekkers], plan: plan)
            }
            recommendations += Recommendation.recommendations(
                network: network, phase: result.phase, elements: result.elements, framework: plan.framework)
        }
    }
}
