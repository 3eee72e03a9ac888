/// The comparisons and data quality sections of a report.
extension Report {
    /// One comparison per grouping, in the order the groupings first appear in the result.
    static func comparisons(
        _ result: EvaluationResult, framework: EvaluationFramework, labels: ReportLabels
    ) -> [GroupComparison] {
        var order: [[GroupDimension]] = []
        var byDimension: [[GroupDimension]: [GroupResult]] = [:]
        for group in result.groups {
            if byDimension[group.dimensions] == nil { order.append(group.dimensions) }
            byDimension[group.dimensions, default: []].append(group)
        }
        let elementIDs =
            result.overall.elements.isEmpty ? framework.elements.map(\.id) : result.overall.elements.map(\.id)
        return order.map { dimensions in
            let groups = byDimension[dimensions] ?? []
            let kind: Divergence.Kind? =
                switch dimensions {
                case [.perspective]: .perspectives
                case [.role]: .trekkersVersusMembers
                default: nil
                }
            let rows = elementIDs.map { id in
                let divergence = result.divergence.first { $0.kind == kind && $0.network == nil && $0.element == id }
                return ComparisonRow(
                    id: id, name: labels.element(id),
                    cells: groups.map { group in group.suppressed ? nil : group.elements.first { $0.id == id } },
                    spread: divergence?.difference, flagged: divergence?.flagged ?? false)
            }
            return GroupComparison(
                dimensions: dimensions, dimensionLabel: labels.dimension(dimensions), columns: groups.map(labels.count),
                rows: rows, spreadKind: rows.contains { $0.spread != nil } ? kind : nil)
        }
    }

    static func dataQuality(_ result: EvaluationResult, labels: ReportLabels) -> DataQualitySection {
        let items: [ItemQuality] =
            result.overall.suppressed
            ? []
            : result.overall.items.map { item in
                let cells = item.n + item.dontKnow + item.unanswered + item.invalid
                let total = Double(max(cells, 1))
                return ItemQuality(
                    id: item.id, cells: cells, dontKnowRate: Double(item.dontKnow) / total,
                    unansweredRate: Double(item.unanswered) / total, invalid: item.invalid)
            }
        let multiSelect = GroupDimension.allCases.compactMap { dimension -> LabelledCount? in
            guard let count = result.multiSelect[dimension], count > 0 else { return nil }
            let label = labels.strings.label(dimension).lowercased()
            return LabelledCount(label: labels.strings.multiSelect.filled(["dimension": label]), count: count)
        }
        var counts: [DiagnosticCount] = []
        for diagnostic in result.diagnostics {
            if let index = counts.firstIndex(where: { $0.severity == diagnostic.severity && $0.kind == diagnostic.kind }
            ) {
                counts[index].count += 1
            } else {
                counts.append(DiagnosticCount(severity: diagnostic.severity, kind: diagnostic.kind, count: 1))
            }
        }
        counts.sort { ($0.severity, $1.kind) > ($1.severity, $0.kind) }
        return DataQualitySection(
            rowsRead: result.rowsRead, rowsRejected: result.rowsRejected, respondents: result.respondents,
            sources: result.sources, items: items, straightliners: result.flags.straightliners,
            straightlinerMinimumItems: result.policy.straightlinerMinimumItems,
            duplicateIds: result.flags.duplicateIds, multiSelect: multiSelect, diagnostics: counts)
    }
}
