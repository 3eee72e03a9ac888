extension WaveComparison {
    /// Compares the whole sets of two results, element by element.
    ///
    /// - Parameters:
    ///   - before: The earlier result.
    ///   - after: The later result.
    ///   - beforeLabel: What to call the earlier set, for example its file or wave.
    ///   - afterLabel: What to call the later set.
    public init(before: EvaluationResult, after: EvaluationResult, beforeLabel: String, afterLabel: String) {
        self.init(before: before.overall, after: after.overall, beforeLabel: beforeLabel, afterLabel: afterLabel)
    }

    /// Compares two waves within one result, read from its `wave` groups.
    ///
    /// - Returns: `nil` when the result has no `wave` group with either label (score with a
    ///   `wave` grouping to get them).
    public init?(waves result: EvaluationResult, before: String, after: String) {
        let waves = result.groups.filter { $0.dimensions == [.wave] }
        guard let first = waves.first(where: { $0.values == [before] }),
            let second = waves.first(where: { $0.values == [after] })
        else { return nil }
        self.init(before: first, after: second, beforeLabel: before, afterLabel: after)
    }

    /// Compares two group results element by element, in the order of the earlier group's
    /// elements (the later group's order when the earlier is suppressed).
    ///
    /// An element gets a difference when both sides show a mean; a Welch 95% interval and
    /// Hedges' g when both sides have at least two scores and some spread. Otherwise the
    /// figures are `nil` and ``ElementChange/note`` says why.
    public init(before: GroupResult, after: GroupResult, beforeLabel: String, afterLabel: String) {
        let ids = (before.suppressed ? after.elements : before.elements).map(\.id)
        let elements = ids.map { id in
            ElementChange.between(
                id: id, before: before.elements.first { $0.id == id }, beforeSuppressed: before.suppressed,
                after: after.elements.first { $0.id == id }, afterSuppressed: after.suppressed)
        }
        self.init(before: beforeLabel, after: afterLabel, elements: elements)
    }
}

extension ElementChange {
    /// The change of one element between two element results.
    static func between(
        id: CoreElement.ID, before: ElementResult?, beforeSuppressed: Bool, after: ElementResult?,
        afterSuppressed: Bool
    ) -> ElementChange {
        var change = ElementChange(
            id: id, nBefore: before?.n ?? 0, nAfter: after?.n ?? 0, meanBefore: before?.mean,
            meanAfter: after?.mean, difference: nil, ci95: nil, hedgesG: nil, likelyReal: false)
        if beforeSuppressed || afterSuppressed {
            change.note = .suppressed
            return change
        }
        guard let before, let after, let first = before.mean, let second = after.mean else {
            change.note = .tooFewRespondents
            return change
        }
        change.difference = second - first
        guard let sd1 = before.sd, let sd2 = after.sd else {
            change.note = .tooFewRespondents
            return change
        }
        let samples = TwoSample(
            TwoSample.Side(n: before.n, mean: first, sd: sd1), TwoSample.Side(n: after.n, mean: second, sd: sd2))
        change.ci95 = samples.welchInterval()
        change.hedgesG = samples.hedgesG
        if let interval = change.ci95 {
            change.likelyReal = interval.excludesZero
        } else {
            change.note = .zeroVariance
        }
        return change
    }
}
