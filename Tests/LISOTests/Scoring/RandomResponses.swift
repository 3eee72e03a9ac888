@testable import LISO

/// The shape of a seeded random data set: how many rows, how answers go missing, how groups form.
struct DataShape: CustomStringConvertible {
    var seed: UInt64
    var rows: Int
    var itemsPerElement: [Int] = [3, 4, 1, 5, 2, 0, 3, 2]
    var reversed: Set<Int> = [1, 5, 9]
    var missing = 0.1
    var dontKnow = 0.05
    var invalid = 0.02
    /// Every respondent gives the same value to every item.
    var constant = false
    /// Each respondent gives one value to all items (straightliners everywhere).
    var straight = 0.0
    var networks = 3
    var backgroundMissing = 0.1
    var multiSelect = 0.1
    var minimumGroupSize = 3

    var description: String { "seed \(seed), \(rows) rows" }

    var instrument: Instrument {
        ScoringTestSupport.instrument(itemsPerElement: itemsPerElement, reversed: reversed)
    }

    var policy: ScoringPolicy {
        ScoringPolicy(
            minimumGroupSize: minimumGroupSize,
            groupings: [[.network], [.perspective], [.role], [.network, .perspective], [.phase], [.wave]])
    }

    func responses() -> [Response] {
        var random = SplitMix64(seed: seed)
        let framework = EvaluationFramework.liso2023
        let itemCount = itemsPerElement.reduce(0, +)
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }
        func some<T>(_ values: [T]) -> [T] {
            if chance(backgroundMissing) { return [] }
            var chosen = [values.randomElement(using: &random)!]
            if chance(multiSelect), let other = values.randomElement(using: &random) { chosen.append(other) }
            return chosen
        }
        return (0..<rows).map { row in
            let straightValue = Double(Int.random(in: 1...5, using: &random))
            let isStraight = chance(straight)
            let answers: [Answer] = (0..<itemCount).map { _ in
                if constant { return .value(4) }
                if isStraight { return .value(straightValue) }
                if chance(missing) { return .unanswered }
                if chance(dontKnow) { return .dontKnow }
                if chance(invalid) { return chance(0.5) ? .invalid : .value(7) }
                return .value(Double(Int.random(in: 1...5, using: &random)))
            }
            return Response(
                respondentID: "r\(row % max(1, rows - 2))",
                network: chance(backgroundMissing) ? nil : "network-\(Int.random(in: 0..<networks, using: &random))",
                perspectives: some(framework.perspectives.map(\.id)), roles: some(framework.roles.map(\.id)),
                phase: some(framework.phases.map(\.id)).first, wave: chance(0.5) ? "2024" : "2025", answers: answers)
        }
    }

    /// Shapes that cover missing patterns, tiny groups, equal answers, one respondent and zero
    /// variance.
    static let all: [DataShape] = {
        var shapes: [DataShape] = []
        shapes.append(DataShape(seed: 1, rows: 1, minimumGroupSize: 1))
        shapes.append(DataShape(seed: 2, rows: 2, minimumGroupSize: 1))
        shapes.append(DataShape(seed: 3, rows: 3, minimumGroupSize: 1))
        shapes.append(DataShape(seed: 4, rows: 40, constant: true, minimumGroupSize: 2))
        shapes.append(DataShape(seed: 5, rows: 60, straight: 0.5))
        shapes.append(DataShape(seed: 6, rows: 300))
        shapes.append(DataShape(seed: 7, rows: 200, missing: 0.5, dontKnow: 0.1, minimumGroupSize: 5))
        shapes.append(DataShape(seed: 8, rows: 120, missing: 0, dontKnow: 0, invalid: 0, backgroundMissing: 0))
        shapes.append(DataShape(seed: 9, rows: 25, networks: 8, backgroundMissing: 0.3, multiSelect: 0.4))
        shapes.append(DataShape(seed: 10, rows: 500, itemsPerElement: [5, 5, 5, 5, 5, 5, 5, 5], networks: 4))
        shapes.append(DataShape(seed: 11, rows: 80, missing: 0.9, minimumGroupSize: 1))
        return shapes
    }()
}
