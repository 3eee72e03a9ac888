extension GroupAccumulator {
    /// One result per element of the plan, in plan order.
    ///
    /// - Complexity: O(Σ *kₑ*² + *bins*).
    package func elementResults(plan: ScoringPlan) -> [ElementResult] {
        plan.elements.enumerated().map { e, layout in elementResult(e, layout: layout, plan: plan) }
    }

    private func elementResult(_ e: Int, layout: ScoringPlan.ElementLayout, plan: ScoringPlan) -> ElementResult {
        let n = scored(e)
        let summary = Summary(
            count: n, sum: Compensated.value(moments, at: layout.momentOffset),
            sumOfSquares: Compensated.value(moments, at: layout.momentOffset + 2),
            isConstant: hasConstantScore(e))
        let mean = summary.mean
        var result = ElementResult(
            id: layout.id, n: n, mean: mean, sd: summary.standardDeviation, ci95: summary.confidenceInterval(),
            score100: nil, band: nil, alpha: nil, alphaN: complete(e), rwg: rwg(layout, plan: plan))
        if let mean {
            if layout.maximum > layout.minimum {
                result.score100 = (mean - layout.minimum) / (layout.maximum - layout.minimum) * 100
            }
            result.band = layout.bands.band(of: mean)
        }
        reliability(into: &result, e: e, layout: layout, plan: plan)
        return result
    }

    private func reliability(
        into result: inout ElementResult, e: Int, layout: ScoringPlan.ElementLayout, plan: ScoringPlan
    ) {
        let k = layout.items.count
        let n = complete(e)
        guard k >= 2 else {
            result.alphaNote = .tooFewItems
            return
        }
        guard n >= 3 else {
            result.alphaNote = .tooFewRespondents
            return
        }
        let count = Double(n)
        let sums = (0..<k).map { Compensated.value(moments, at: layout.itemSumIndex($0)) }
        var covariance = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for i in 0..<k {
            for j in i..<k {
                let cross = Compensated.value(moments, at: layout.crossIndex(i, j))
                let value = (cross - sums[i] * sums[j] / count) / (count - 1)
                covariance[i][j] = value
                covariance[j][i] = value
            }
        }
        let range = layout.maximum - layout.minimum
        let tolerance = 1e-12 * max(1, range * range) * Double(k * k)
        var reliability = Reliability(covariance: covariance, tolerance: tolerance)
        if hasConstantTotal(e) {
            // Every complete respondent has the same total: exactly zero variance.
            reliability.alpha = nil
            reliability.note = .zeroVariance
        }
        result.alpha = reliability.alpha
        result.alphaNote = reliability.note
        result.itemReliability = layout.items.enumerated().map { position, item in
            ItemReliability(
                id: plan.instrument.items[item].id, itemRest: reliability.itemRest[position],
                alphaIfDeleted: reliability.alphaIfDeleted[position])
        }
    }

    private func rwg(_ layout: ScoringPlan.ElementLayout, plan: ScoringPlan) -> Double? {
        var variances: [Double] = []
        var nulls: [Double] = []
        for item in layout.items {
            guard let summary = itemSummary(item, plan: plan), let variance = summary.variance else { return nil }
            variances.append(variance)
            nulls.append(Agreement.uniformNullVariance(options: plan.itemScaleValues[item].count))
        }
        return Agreement.rwg(itemVariances: variances, nullVariances: nulls)
    }

    /// The keyed values of an item's answers, summarised from its histogram (two passes over
    /// the scale values, so the result is exact up to rounding).
    func itemSummary(_ item: Int, plan: ScoringPlan) -> Summary? {
        let offset = plan.itemBinOffset[item]
        let values = plan.itemScaleValues[item]
        var n = 0
        var sum = 0.0
        for (index, value) in values.enumerated() {
            n += counts[offset + index]
            sum += Double(counts[offset + index]) * plan.keyed(item: item, value: value)
        }
        guard n > 0 else { return nil }
        let mean = sum / Double(n)
        var squares = 0.0
        for (index, value) in values.enumerated() {
            let deviation = plan.keyed(item: item, value: value) - mean
            squares += Double(counts[offset + index]) * deviation * deviation
        }
        return Summary(count: n, mean: mean, centredSquares: squares)
    }

    /// One result per item, in instrument order.
    package func itemResults(plan: ScoringPlan) -> [ItemResult] {
        plan.instrument.items.enumerated().map { item, definition in
            let offset = plan.itemBinOffset[item]
            let values = plan.itemScaleValues[item]
            var histogram: [String: Int] = [:]
            for (index, value) in values.enumerated() {
                histogram[ResponseScale.text(of: plan.keyed(item: item, value: value)), default: 0] +=
                    counts[offset + index]
            }
            let summary = itemSummary(item, plan: plan)
            return ItemResult(
                id: definition.id, element: definition.element, n: summary?.count ?? 0,
                dontKnow: counts[offset + values.count], unanswered: counts[offset + values.count + 1],
                invalid: counts[offset + values.count + 2], mean: summary?.mean, sd: summary?.standardDeviation,
                counts: histogram)
        }
    }
}
