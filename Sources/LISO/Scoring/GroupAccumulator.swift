/// The running totals of one group: counts, value histograms and compensated moments. Never the
/// rows: its size depends on the instrument only, and two accumulators of the same group merge.
package struct GroupAccumulator: Sendable {
    /// The group's value per dimension of its grouping; `nil` for respondents without a value
    /// (such groups are counted for privacy but never reported).
    package var values: [String?]
    /// Respondents in the group.
    package var respondents = 0
    /// Histogram bins (per item: one count per scale value, then "don't know", unanswered,
    /// invalid), then per element the respondents with a score, then per element those who
    /// answered every item (alpha's listwise set).
    package var counts: [Int]
    /// Compensated pairs laid out as ``ScoringPlan/ElementLayout`` describes, then per element
    /// the lowest and highest score and the lowest and highest complete total.
    package var moments: [Double]
    /// Respondents per reported phase, indexed by the scorer's phase table.
    package var phaseCounts: [Int] = []
    /// Whether only counts and element score sums are kept: enough for divergence and privacy,
    /// used for groupings that are not reported. Item histograms and alpha stay empty.
    package let isLight: Bool
    /// Where each figure lives in ``counts`` and ``moments``.
    private let layout: AccumulatorLayout

    /// Creates an empty accumulator for a group.
    package init(values: [String?], plan: ScoringPlan, isLight: Bool = false) {
        self.values = values
        self.isLight = isLight
        layout = AccumulatorLayout(plan: plan)
        counts = [Int](repeating: 0, count: layout.countsSize)
        moments = [Double](repeating: 0, count: layout.momentsSize)
        for e in 0..<layout.elementCount {
            let extremes = layout.extremesIndex(e)
            moments[extremes + AccumulatorLayout.lowestScore] = .infinity
            moments[extremes + AccumulatorLayout.highestScore] = -.infinity
            moments[extremes + AccumulatorLayout.lowestTotal] = .infinity
            moments[extremes + AccumulatorLayout.highestTotal] = -.infinity
        }
    }

    /// The count in histogram bin `bin`.
    package func bin(_ bin: Int) -> Int { counts[bin] }
    /// Respondents with a score for element `e`.
    package func scored(_ e: Int) -> Int { counts[layout.scoredIndex(e)] }
    /// Respondents who answered every item of element `e`.
    package func complete(_ e: Int) -> Int { counts[layout.completeIndex(e)] }
    /// Whether every score of element `e` is the same.
    package func hasConstantScore(_ e: Int) -> Bool {
        let extremes = layout.extremesIndex(e)
        return moments[extremes + AccumulatorLayout.lowestScore] == moments[extremes + AccumulatorLayout.highestScore]
    }
    /// Whether every complete total of element `e` is the same.
    package func hasConstantTotal(_ e: Int) -> Bool {
        let extremes = layout.extremesIndex(e)
        return moments[extremes + AccumulatorLayout.lowestTotal] == moments[extremes + AccumulatorLayout.highestTotal]
    }

    /// Adds one decoded row.
    ///
    /// - Complexity: O(*items* + Σ *kₑ*²), with no lookups.
    mutating func add(_ row: ScoredRow, phase: Int, tables: ScoringTables, exact: Bool) {
        respondents += 1
        if phase >= 0 {
            if phase >= phaseCounts.count { phaseCounts += [Int](repeating: 0, count: phase + 1 - phaseCounts.count) }
            phaseCounts[phase] += 1
        }
        let layout = layout
        let elementCount = layout.elementCount
        let isLight = isLight
        counts.withUnsafeMutableBufferPointer { counts in
            moments.withUnsafeMutableBufferPointer { moments in
                row.integers.withUnsafeBufferPointer { integers in
                    row.reals.withUnsafeBufferPointer { reals in
                        let counts = counts.baseAddress!
                        let sums = moments.baseAddress!
                        if !isLight {
                            for item in 0..<tables.itemCount { counts[integers[item]] += 1 }
                        }
                        let states = integers.baseAddress! + tables.itemCount
                        let scores = reals.baseAddress! + tables.itemCount
                        let totals = scores + elementCount
                        let terms = totals + elementCount
                        for e in 0..<elementCount where states[e] > 0 {
                            counts[layout.scoredIndex(e)] += 1
                            let base = tables.momentStart[e]
                            Compensated.add(terms[base], into: sums, at: base)
                            Compensated.add(terms[base + 2], into: sums, at: base + 2)
                            let score = scores[e]
                            let extremes = sums + layout.extremesIndex(e)
                            let (lowest, highest) = (AccumulatorLayout.lowestScore, AccumulatorLayout.highestScore)
                            if score < extremes[lowest] { extremes[lowest] = score }
                            if score > extremes[highest] { extremes[highest] = score }
                            guard states[e] == 2, !isLight else { continue }
                            counts[layout.completeIndex(e)] += 1
                            let total = totals[e]
                            let (lowestTotal, highestTotal) = (
                                AccumulatorLayout.lowestTotal, AccumulatorLayout.highestTotal
                            )
                            if total < extremes[lowestTotal] { extremes[lowestTotal] = total }
                            if total > extremes[highestTotal] { extremes[highestTotal] = total }
                            let end = tables.momentStart[e + 1]
                            var index = base + 4
                            if exact {
                                while index < end {
                                    sums[index] += terms[index]
                                    index += 2
                                }
                            } else {
                                while index < end {
                                    Compensated.add(terms[index], into: sums, at: index)
                                    index += 2
                                }
                            }
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
        for index in counts.indices { counts[index] += other.counts[index] }
        moments.withUnsafeMutableBufferPointer { buffer in
            for index in stride(from: 0, to: layout.pairCount, by: 2) {
                Compensated.add(other.moments[index], into: buffer.baseAddress!, at: index)
                buffer[index + 1] += other.moments[index + 1]
            }
            for e in 0..<layout.elementCount {
                let extremes = layout.extremesIndex(e)
                for lowest in [AccumulatorLayout.lowestScore, AccumulatorLayout.lowestTotal] {
                    buffer[extremes + lowest] = min(buffer[extremes + lowest], other.moments[extremes + lowest])
                }
                for highest in [AccumulatorLayout.highestScore, AccumulatorLayout.highestTotal] {
                    buffer[extremes + highest] = max(buffer[extremes + highest], other.moments[extremes + highest])
                }
            }
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
