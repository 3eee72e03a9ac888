@testable import LISO

/// Small instruments and responses for scoring tests.
enum ScoringTestSupport {
    /// The five-point agreement scale with a "weet niet" option.
    static let agree5 = ResponseScale(
        id: "agree5", values: (1...5).map { ResponseScale.Value(value: Double($0), labels: ["\($0)"]) },
        missing: [ResponseScale.Missing(labels: ["weet niet"])])

    /// An instrument with `itemsPerElement[e]` items for the e-th element of LISO 2023; the items
    /// whose global index is in `reversed` are reverse-keyed.
    static func instrument(itemsPerElement: [Int], reversed: Set<Int> = []) -> Instrument {
        let elements = EvaluationFramework.liso2023.elements
        var items: [Item] = []
        for (e, count) in itemsPerElement.enumerated() {
            for position in 0..<count {
                let index = items.count
                items.append(
                    Item(
                        id: Item.ID("\(elements[e].id.rawValue)-\(position + 1)"),
                        text: LocalizedText(nl: "stelling \(index)", en: "statement \(index)"),
                        element: elements[e].id, scale: "agree5", reverse: reversed.contains(index)))
            }
        }
        return Instrument(
            id: "test", title: LocalizedText(nl: "test", en: "test"), framework: "liso-2023", scales: [agree5],
            items: items, fields: InstrumentFields())
    }

    /// Answers from compact text: a digit is a value, `d` don't know, `.` unanswered, `x` invalid.
    static func answers(_ text: String) -> [Answer] {
        text.map { character in
            switch character {
            case "d": .dontKnow
            case ".": .unanswered
            case "x": .invalid
            default: .value(Double(String(character))!)
            }
        }
    }
}

/// A small deterministic random generator (SplitMix64), so data sets are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
