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
    private let binCount: Int
    private let elementCount: Int
    private let pairCount: Int

    /// Creates an empty accumulator for a group.
    package init(values: [String?], plan: ScoringPlan, isLight: Bool = false) {
        self.values = values
        self.isLight = isLight
        binCount = plan.binCount
        elementCount = plan.elements.count
        pairCount = plan.momentCount
        counts = [Int](repeating: 0, count: binCount + 2 * elementCount)
        moments = [Double](repeating: 0, count: pairCount + 4 * elementCount)
        for e in 0..<elementCount {
            moments[pairCount + 4 * e] = .infinity
            moments[pairCount + 4 * e + 1] = -.infinity
            moments[pairCount + 4 * e + 2] = .infinity
            moments[pairCount + 4 * e + 3] = -.infinity
        }
    }

    /// The count in histogram bin `bin`.
    package func bin(_ bin: Int) -> Int { counts[bin] }
    /// Respondents with a score for element `e`.
    package func scored(_ e: Int) -> Int { counts[binCount + e] }
    /// Respondents who answered every item of element `e`.
    package func complete(_ e: Int) -> Int { counts[binCount + elementCount + e] }
    /// Whether every score of element `e` is the same.
    package func hasConstantScore(_ e: Int) -> Bool { moments[pairCount + 4 * e] == moments[pairCount + 4 * e + 1] }
    /// Whether every complete total of element `e` is the same.
    package func hasConstantTotal(_ e: Int) -> Bool {
        moments[pairCount + 4 * e + 2] == moments[pairCount + 4 * e + 3]
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
        let binCount = binCount
        let elementCount = elementCount
        let pairCount = pairCount
        let isLight = isLight
        counts.withUnsafeMutableBufferPointer { counts in
            moments.withUnsafeMutableBufferPointer { moments in
                row.integers.withUnsafeBufferPointer { integers in
                    row.reals.withUnsafeBufferPointer { reals in
                        let counts = counts.baseAddress!
                        let sums = moments.baseAddress!
                        let extremes = sums + pairCount
                        if !isLight {
                            for item in 0..<tables.itemCount { counts[integers[item]] += 1 }
                        }
                        let states = integers.baseAddress! + tables.itemCount
                        let scores = reals.baseAddress! + tables.itemCount
                        let totals = scores + elementCount
                        let terms = totals + elementCount
                        for e in 0..<elementCount where states[e] > 0 {
                            counts[binCount + e] += 1
                            let base = tables.momentStart[e]
                            Compensated.add(terms[base], into: sums, at: base)
                            Compensated.add(terms[base + 2], into: sums, at: base + 2)
                            let score = scores[e]
                            if score < extremes[4 * e] { extremes[4 * e] = score }
                            if score > extremes[4 * e + 1] { extremes[4 * e + 1] = score }
                            guard states[e] == 2, !isLight else { continue }
                            counts[binCount + elementCount + e] += 1
                            let total = totals[e]
                            if total < extremes[4 * e + 2] { extremes[4 * e + 2] = total }
                            if total > extremes[4 * e + 3] { extremes[4 * e + 3] = total }
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
            for index in stride(from: 0, to: pairCount, by: 2) {
                Compensated.add(other.moments[index], into: buffer.baseAddress!, at: index)
                buffer[index + 1] += other.moments[index + 1]
            }
            for index in stride(from: pairCount, to: buffer.count, by: 2) {
                buffer[index] = min(buffer[index], other.moments[index])
                buffer[index + 1] = max(buffer[index + 1], other.moments[index + 1])
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
