extension Scorer {
    /// The evaluation of everything added so far.
    ///
    /// - Parameters:
    ///   - sources: The input files, reported as given.
    ///   - diagnostics: Problems found while reading, reported as given.
    /// - Returns: Counts, the whole set and every reported group (small groups with their count
    ///   only), divergence, recommendations and quality flags. `rowsRead` counts the responses
    ///   added, `rowsRejected` those that answered nothing.
    /// - Complexity: O(*groups* × accumulator size); independent of the number of responses.
    public func result(sources: [SourceSummary] = [], diagnostics: [Diagnostic] = []) -> EvaluationResult {
        let minimum = plan.policy.minimumGroupSize
        let order = GroupOrder(framework: plan.framework)
        let groupings = plan.groupings
        let reasons = Suppression.reasons(
            groups: groups.map { ($0.values, $0.respondents) }, grouping: groupGrouping, minimumGroupSize: minimum
        ) { left, right in
            order.precedes(
                groups[left].values, groups[right].values,
                dimensions: groupings[groupGrouping[left]].dimensions)
        }
        // Every group with all its values, sorted within its grouping.
        var slotsByGrouping = [[Int]](repeating: [], count: groupings.count)
        for (slot, accumulator) in groups.enumerated() where !accumulator.values.contains(nil) {
            slotsByGrouping[groupGrouping[slot]].append(slot)
        }
        for grouping in groupings.indices {
            let dimensions = groupings[grouping].dimensions
            slotsByGrouping[grouping].sort {
                order.precedes(groups[$0].values, groups[$1].values, dimensions: dimensions)
            }
        }
        var built: [Int: GroupResult] = [:]
        for slots in slotsByGrouping {
            for slot in slots {
                built[slot] = groupResult(
                    groups[slot], grouping: groupings[groupGrouping[slot]], reason: reasons[slot])
            }
        }
        let overallResult = groupResult(
            overall, grouping: nil, reason: overall.respondents < minimum ? .smallGroup : nil)

        var reported: [GroupResult] = []
        var notes = diagnostics
        for (grouping, definition) in groupings.enumerated() where definition.reported {
            if definition.isDefault, !present[dimensionIndex(definition.dimensions[0])] { continue }
            reported += slotsByGrouping[grouping].compactMap { built[$0] }
            for dimension in definition.dimensions where !present[dimensionIndex(dimension)] && respondents > 0 {
                notes.append(
                    Diagnostic(
                        .warning, kind: .emptyGrouping,
                        .emptyGrouping(missing: dimension, grouping: definition.dimensions)))
            }
        }
        let findings = ScoredFindings(
            scorer: self, slotsByGrouping: slotsByGrouping, built: built, overall: overallResult)
        var multiSelectCounts: [GroupDimension: Int] = [:]
        for dimension in GroupDimension.allCases where multiSelect[dimensionIndex(dimension)] > 0 {
            multiSelectCounts[dimension] = multiSelect[dimensionIndex(dimension)]
        }
        return EvaluationResult(
            instrument: InstrumentInfo(plan.instrument), policy: plan.policyInForce, sources: sources,
            respondents: respondents, rowsRead: rowsRead, rowsRejected: rowsRead - respondents,
            multiSelect: multiSelectCounts, overall: overallResult, groups: reported,
            divergence: findings.divergence, recommendations: findings.recommendations,
            flags: QualityFlags(straightliners: straightliners, duplicateIds: identifiers.duplicateCount),
            diagnostics: notes)
    }

    /// The result of one group; a suppressed group keeps its count only.
    func groupResult(
        _ accumulator: GroupAccumulator, grouping: Grouping?, reason: SuppressionReason?
    ) -> GroupResult {
        let dimensions = grouping?.dimensions ?? []
        let values = grouping == nil ? [] : accumulator.values.map { $0 ?? "" }
        guard reason == nil else {
            return GroupResult(
                dimensions: dimensions, values: values, respondents: accumulator.respondents, suppressionReason: reason,
                elements: [], items: [])
        }
        return GroupResult(
            dimensions: dimensions, values: values, respondents: accumulator.respondents,
            phase: modalPhase(of: accumulator),
            elements: accumulator.elementResults(plan: plan),
            items: accumulator.isLight ? [] : accumulator.itemResults(plan: plan))
    }

    /// The phase most respondents of a group reported; ties go to the framework's earlier phase.
    func modalPhase(of accumulator: GroupAccumulator) -> Phase.ID? {
        let names = index.names[dimensionIndex(.phase)]
        let rank = Dictionary(
            uniqueKeysWithValues: plan.framework.phases.enumerated().map { ($1.id.rawValue, $0) })
        var best: (name: String, count: Int)?
        for (position, count) in accumulator.phaseCounts.enumerated() where count > 0 {
            let name = names[position]
            if let current = best {
                let better =
                    count > current.count
                    || (count == current.count
                        && (rank[name] ?? .max, name) < (rank[current.name] ?? .max, current.name))
                if !better { continue }
            }
            best = (name, count)
        }
        return best.map { Phase.ID($0.name) }
    }
}
