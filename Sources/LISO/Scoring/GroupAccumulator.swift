/// The running totals of one group: counts, value histograms and compensated moments. Never the
/// rows: its size depends on the instrument only, and two accumulators of the same group merge.
package struct GroupAccumulator: Sendable {
    /// The group's value per dimension of its grouping; `nil` for respondents without a value
    /// (such groups are counted for privacy but never reported).
    package var values: [String?]
    /// Respondents in the group.
    package var respondents = 0
    /// Histogram bins: per item, one count per scale value, then "don't know", unanswered,
    /// invalid.
    package var bins: [Int]
    /// Per element: respondents with an element score.
    package var scored: [Int]
    /// Per element: respondents who answered every item (alpha's listwise set).
    package var complete: [Int]
    /// Compensated pairs laid out as ``ScoringPlan/ElementLayout`` describes.
    package var moments: [Double]
    /// Per element: lowest and highest element score, lowest and highest complete total.
    package var extremes: [Double]
    /// Respondents per reported phase, indexed by the scorer's phase table.
    package var phaseCounts: [Int] = []

    /// Creates an empty accumulator for a group.
    package init(values: [String?], plan: ScoringPlan) {
        self.values = values
        bins = [Int](repeating: 0, count: plan.binCount)
        scored = [Int](repeating: 0, count: plan.elements.count)
        complete = scored
        moments = [Double](repeating: 0, count: plan.momentCount)
        extremes = [Double](repeating: 0, count: 4 * plan.elements.count)
        for e in 0..<plan.elements.count {
            extremes[4 * e] = .infinity
            extremes[4 * e + 1] = -.infinity
            extremes[4 * e + 2] = .infinity
            extremes[4 * e + 3] = -.infinity
        }
    }

    /// Adds one decoded row.
    ///
    /// - Complexity: O(*items* + Σ *kₑ*²), with no lookups.
    mutating func add(_ row: ScoredRow, phase: Int, plan: ScoringPlan) {
        respondents += 1
        bins.withUnsafeMutableBufferPointer { bins in
            for bin in row.bins { bins[bin] += 1 }
        }
        if phase >= 0 {
            if phase >= phaseCounts.count { phaseCounts += [Int](repeating: 0, count: phase + 1 - phaseCounts.count) }
            phaseCounts[phase] += 1
        }
        let exact = plan.exactItemSums
        moments.withUnsafeMutableBufferPointer { buffer in
            let moments = buffer.baseAddress!
            row.moments.withUnsafeBufferPointer { terms in
                for (e, layout) in plan.elements.enumerated() where row.hasScore[e] {
                    scored[e] += 1
                    let score = row.scores[e]
                    Compensated.add(terms[layout.momentOffset], into: moments, at: layout.momentOffset)
                    Compensated.add(terms[layout.momentOffset + 2], into: moments, at: layout.momentOffset + 2)
                    extremes[4 * e] = min(extremes[4 * e], score)
                    extremes[4 * e + 1] = max(extremes[4 * e + 1], score)
                    guard row.isComplete[e] else { continue }
                    complete[e] += 1
                    let total = row.totals[e]
                    extremes[4 * e + 2] = min(extremes[4 * e + 2], total)
                    extremes[4 * e + 3] = max(extremes[4 * e + 3], total)
                    let start = layout.momentOffset + 4
                    let end = layout.momentOffset + layout.momentCount
                    if exact {
                        for index in stride(from: start, to: end, by: 2) { moments[index] += terms[index] }
                    } else {
                        for index in stride(from: start, to: end, by: 2) {
                            Compensated.add(terms[index], into: moments, at: index)
                        }
                    }
                }
            }
        }
    }

    /// Adds another accumulator of the same group; `phaseMap` maps the other's phase indices to
    /// this one's.
    mutating func merge(_ other: GroupAccumulator, phaseMap: [Int]) {
        respondents += other.respondents
        for index in bins.indices { bins[index] += other.bins[index] }
        for index in scored.indices {
            scored[index] += other.scored[index]
            complete[index] += other.complete[index]
        }
        moments.withUnsafeMutableBufferPointer { buffer in
            for index in stride(from: 0, to: buffer.count, by: 2) {
                Compensated.add(other.moments[index], into: buffer.baseAddress!, at: index)
                buffer[index + 1] += other.moments[index + 1]
            }
        }
        for index in stride(from: 0, to: extremes.count, by: 2) {
            extremes[index] = min(extremes[index], other.extremes[index])
            extremes[index + 1] = max(extremes[index + 1], other.extremes[index + 1])
        }
        for (index, count) in other.phaseCounts.enumerated() where count > 0 {
            let mapped = phaseMap[index]
            if mapped >= phaseCounts.count {
                phaseCounts += [Int](repeating: 0, count: mapped + 1 - phaseCounts.count)
            }
            phaseCounts[mapped] += count
        }
    }
}
