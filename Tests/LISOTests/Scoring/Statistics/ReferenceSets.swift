import Foundation

@testable import LISO

/// The data sets `statistics.R` reads, decoded to keyed item values, and the running sums a
/// streaming scorer would keep for them: the inputs the statistics functions take.
struct ReferenceSet {
    /// One respondent.
    struct Row {
        var network: String
        var perspective: String
        var wave: String
        /// Keyed values per item of the set; `nil` when unanswered or "don't know".
        var values: [Double?]
    }

    /// What a streaming scorer keeps for one element over some rows.
    struct ElementSums {
        /// Per item, its answers as a histogram over the scale values.
        var histograms: [ItemHistogram]
        /// The sums and cross-products of the respondents who answered every item.
        var complete: ItemCrossProducts
        /// Count, sum and sum of squares of the element scores.
        var scores: Summary
    }

    var name: String
    var elements: [(id: String, items: [Int])]
    var scale: ClosedRange<Double>
    var rows: [Row]

    /// `set-d.csv` or `set-e.csv`: respondent, network, perspective, wave, then items whose
    /// element is the letter before their number; `reverse` lists reverse-keyed item names.
    static func seeded(_ file: String, name: String, reverse: Set<String>, scale: ClosedRange<Double>) throws
        -> ReferenceSet
    {
        let url = PackagePaths.root.appendingPathComponent("Fixtures/Reference/\(file)")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        let header = lines[0].split(separator: ",").map(String.init)
        let items = Array(header.dropFirst(4))
        var elements: [(id: String, items: [Int])] = []
        for (index, item) in items.enumerated() {
            let element = String(item.prefix { $0.isLetter })
            if let position = elements.firstIndex(where: { $0.id == element }) {
                elements[position].items.append(index)
            } else {
                elements.append((element, [index]))
            }
        }
        let mirror = scale.lowerBound + scale.upperBound
        var rows: [Row] = []
        for line in lines.dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let answers = cells.dropFirst(4)
            guard answers.contains(where: { !$0.isEmpty }) else { continue }
            let values = zip(items, answers).map { item, cell -> Double? in
                guard let value = Double(cell) else { return nil }
                return reverse.contains(item) ? mirror - value : value
            }
            rows.append(Row(network: cells[1], perspective: cells[2], wave: cells[3], values: values))
        }
        return ReferenceSet(name: name, elements: elements, scale: scale, rows: rows)
    }

    /// The bundled example read by the library's own reader with the built-in full form.
    static func example() throws -> ReferenceSet {
        let instrument = Instrument.lisoFull
        let url = PackagePaths.root.appendingPathComponent("Fixtures/Exports/example-leernetwerken.csv")
        var rows: [Row] = []
        _ = try ExportReader(instrument: instrument).read(contentsOf: url, displayName: "example.csv") { response in
            guard response.isRespondent else { return }
            let values = zip(instrument.items, response.answers).map { item, answer -> Double? in
                guard case .value(let raw) = answer else { return nil }
                return item.reverse ? 6 - raw : raw
            }
            rows.append(
                Row(
                    network: response.network ?? "", perspective: response.perspectives.first?.rawValue ?? "",
                    wave: response.wave ?? "", values: values))
        }
        var elements: [(id: String, items: [Int])] = []
        for (index, item) in instrument.items.enumerated() {
            if let position = elements.firstIndex(where: { $0.id == item.element.rawValue }) {
                elements[position].items.append(index)
            } else {
                elements.append((item.element.rawValue, [index]))
            }
        }
        return ReferenceSet(name: "example", elements: elements, scale: 1...5, rows: rows)
    }

    static let d = Result { try seeded("set-d.csv", name: "d", reverse: ["a2", "a5", "b1"], scale: 1...5) }
    static let e = Result { try seeded("set-e.csv", name: "e", reverse: ["c4"], scale: 1...7) }
    static let bundledExample = Result { try example() }

    /// The set R printed under `name`: `example`, `d` or `e`.
    static func named(_ name: String) throws -> ReferenceSet {
        switch name {
        case "example": try bundledExample.get()
        case "d": try d.get()
        default: try e.get()
        }
    }

    /// The scale values, lowest first.
    var scaleValues: [Double] { Array(stride(from: scale.lowerBound, through: scale.upperBound, by: 1)) }

    /// The rows whose `dimension` (`network`, `perspective` or `wave`) is `value`.
    func rows(_ dimension: String, _ value: String) -> [Row] {
        rows.filter { $0.value(dimension) == value }
    }

    /// The distinct non-empty values of a dimension.
    func values(_ dimension: String) -> [String] {
        Array(Set(rows.map { $0.value(dimension) }.filter { !$0.isEmpty })).sorted()
    }

    /// The element score of a row: the mean of the answered items when at least half are.
    static func score(_ values: [Double?]) -> Double? {
        let answered = values.compactMap { $0 }
        guard !answered.isEmpty, 2 * answered.count >= values.count else { return nil }
        return answered.reduce(0, +) / Double(answered.count)
    }

    /// Accumulates one element over `rows` as the scorer would, one row at a time.
    func sums(_ element: (id: String, items: [Int]), over rows: [Row]) -> ElementSums {
        let values = scaleValues
        var counts = [[Int]](repeating: [Int](repeating: 0, count: values.count), count: element.items.count)
        var complete = ItemCrossProducts(items: element.items.count)
        var n = 0
        var sum = 0.0
        var squares = 0.0
        var lowest = Double.infinity
        var highest = -Double.infinity
        for row in rows {
            let answers = element.items.map { row.values[$0] }
            for (position, answer) in answers.enumerated() {
                if let answer, let bin = values.firstIndex(of: answer) { counts[position][bin] += 1 }
            }
            if answers.allSatisfy({ $0 != nil }) { complete.add(answers.map { $0! }) }
            if let score = Self.score(answers) {
                n += 1
                sum += score
                squares += score * score
                lowest = min(lowest, score)
                highest = max(highest, score)
            }
        }
        return ElementSums(
            histograms: counts.map { ItemHistogram(values: values, counts: $0) }, complete: complete,
            scores: Summary(count: n, sum: sum, sumOfSquares: squares, isConstant: lowest == highest))
    }
}

extension ReferenceSet.Row {
    /// The value of `dimension`: `network`, `perspective` or `wave`.
    func value(_ dimension: String) -> String {
        switch dimension {
        case "network": network
        case "perspective": perspective
        default: wave
        }
    }
}
