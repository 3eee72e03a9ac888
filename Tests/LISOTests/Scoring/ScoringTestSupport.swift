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

extension ScoringTestSupport {
    /// `count` copies of a response from one network, perspective and role.
    static func people(
        _ count: Int, network: String? = "north", perspective: Perspective.ID? = nil, role: Role.ID? = nil,
        phase: Phase.ID? = nil, answers text: String
    ) -> [Response] {
        (0..<count).map { _ in
            Response(
                network: network, perspectives: perspective.map { [$0] } ?? [], roles: role.map { [$0] } ?? [],
                phase: phase, answers: answers(text))
        }
    }

    /// Scores responses with one item per element for the first `elements` elements.
    static func score(
        _ responses: [Response], elements: Int = 4, policy: ScoringPolicy = .standard,
        framework: EvaluationFramework = .liso2023
    ) -> EvaluationResult {
        var scorer = Scorer(
            instrument: instrument(itemsPerElement: Array(repeating: 1, count: elements)), framework: framework,
            policy: policy)
        scorer.add(contentsOf: responses)
        return scorer.result()
    }
}

extension EvaluationResult {
    /// The reported group with the given dimensions and values.
    func group(_ dimensions: [GroupDimension], _ values: [String]) -> GroupResult? {
        groups.first { $0.dimensions == dimensions && $0.values == values }
    }
}
