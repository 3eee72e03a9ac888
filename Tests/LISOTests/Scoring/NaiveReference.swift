@testable import LISO

/// A deliberately simple scorer for tests: keeps the rows and uses textbook two-pass formulas,
/// so the streaming ``Scorer`` can be checked against it.
struct NaiveReference {
    struct Element {
        var n: Int
        var mean: Double?
        var sd: Double?
        var alpha: Double?
        var alphaN: Int
        var itemRest: [Double?]
        var alphaIfDeleted: [Double?]
        var rwg: Double?
    }

    struct ItemFigures {
        var n = 0
        var dontKnow = 0
        var unanswered = 0
        var invalid = 0
        var mean: Double?
        var sd: Double?
        var counts: [String: Int] = [:]
    }

    let instrument: Instrument
    let policy: ScoringPolicy

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    static func variance(_ values: [Double]) -> Double? {
        guard values.count >= 2, let mean = mean(values) else { return nil }
        return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
    }

    static func correlation(_ x: [Double], _ y: [Double]) -> Double? {
        guard let mx = mean(x), let my = mean(y) else { return nil }
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        guard sxx > 1e-9, syy > 1e-9 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Alpha from item columns: k/(k − 1) × (1 − Σ var(item) / var(total)).
    static func alpha(_ columns: [[Double]]) -> Double? {
        let k = columns.count
        guard k >= 2, let rows = columns.first?.count, rows >= 3 else { return nil }
        let totals = (0..<rows).map { r in columns.reduce(0) { $0 + $1[r] } }
        guard let total = variance(totals), total > 1e-9 else { return nil }
        let sum = columns.reduce(0) { $0 + variance($1)! }
        return Double(k) / Double(k - 1) * (1 - sum / total)
    }

    func keyed(_ item: Item, _ value: Double) -> Double {
        item.reverse ? 6 - value : value
    }

    func respondents(_ rows: [Response]) -> [Response] { rows.filter(\.isRespondent) }

    func element(_ id: CoreElement.ID, rows: [Response]) -> Element {
        let indices = instrument.items.indices.filter { instrument.items[$0].element == id }
        let k = indices.count
        var scores: [Double] = []
        var complete: [[Double]] = []
        for row in respondents(rows) {
            var values: [Double] = []
            for index in indices {
                if index < row.answers.count, case .value(let raw) = row.answers[index], (1...5).contains(raw) {
                    values.append(keyed(instrument.items[index], raw))
                }
            }
            if !values.isEmpty, Double(values.count) >= policy.minimumAnsweredFraction * Double(k) {
                scores.append(values.reduce(0, +) / Double(values.count))
            }
            if k > 0, values.count == k { complete.append(values) }
        }
        let columns = (0..<k).map { c in complete.map { $0[c] } }
        var itemRest: [Double?] = []
        var alphaIfDeleted: [Double?] = []
        if k >= 2, complete.count >= 3 {
            for c in 0..<k {
                let rest = complete.map { $0.reduce(0, +) - $0[c] }
                itemRest.append(Self.correlation(columns[c], rest))
                var others = columns
                others.remove(at: c)
                alphaIfDeleted.append(Self.alpha(others))
            }
        }
        return Element(
            n: scores.count, mean: Self.mean(scores), sd: Self.variance(scores).map { $0.squareRoot() },
            alpha: Self.alpha(columns), alphaN: complete.count, itemRest: itemRest, alphaIfDeleted: alphaIfDeleted,
            rwg: rwg(indices, rows: rows))
    }

    func rwg(_ indices: [Int], rows: [Response]) -> Double? {
        guard !indices.isEmpty else { return nil }
        var ratios: [Double] = []
        for index in indices {
            guard let variance = Self.variance(item(index, rows: rows).values) else { return nil }
            ratios.append(variance / 2)  // (5² − 1) / 12 = 2
        }
        let j = Double(ratios.count)
        let r = ratios.reduce(0, +) / j
        if r >= 1 { return 0 }
        return j * (1 - r) / (j * (1 - r) + r)
    }

    func item(_ index: Int, rows: [Response]) -> (figures: ItemFigures, values: [Double]) {
        var figures = ItemFigures()
        var values: [Double] = []
        for value in 1...5 { figures.counts["\(value)"] = 0 }
        for row in respondents(rows) {
            let answer = index < row.answers.count ? row.answers[index] : .unanswered
            switch answer {
            case .value(let raw) where (1...5).contains(raw) && raw == raw.rounded():
                let value = keyed(instrument.items[index], raw)
                values.append(value)
                figures.counts["\(Int(value))", default: 0] += 1
            case .value, .invalid: figures.invalid += 1
            case .dontKnow: figures.dontKnow += 1
            case .unanswered: figures.unanswered += 1
            }
        }
        figures.n = values.count
        figures.mean = Self.mean(values)
        figures.sd = Self.variance(values).map { $0.squareRoot() }
        return (figures, values)
    }
}
