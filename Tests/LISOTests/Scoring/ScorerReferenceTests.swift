import LISO
import Testing

/// The streaming scorer against the naive two-pass reference, and chunked scoring against one
/// pass, on seeded random data sets of many shapes.
@Suite struct ScorerReferenceTests {
    static func close(_ a: Double?, _ b: Double?, _ label: @autoclosure () -> String, tolerance: Double = 1e-9) {
        switch (a, b) {
        case (nil, nil): break
        case (let a?, let b?):
            #expect(abs(a - b) <= tolerance * max(1, abs(b)), "\(label()): \(a) vs \(b)")
            #expect(a.isFinite, "\(label()) is not finite")
        default: Issue.record("\(label()): \(String(describing: a)) vs \(String(describing: b))")
        }
    }

    static func members(of group: GroupResult, in rows: [Response]) -> [Response] {
        rows.filter { row in
            zip(group.dimensions, group.values).allSatisfy { dimension, value in
                switch dimension {
                case .network: row.network == value
                case .perspective: row.perspectives.contains(Perspective.ID(value))
                case .role: row.roles.contains(Role.ID(value))
                case .phase: row.phase == Phase.ID(value)
                case .wave: row.wave == value
                }
            }
        }
    }

    /// The rows scored in random chunks by separate scorers, merged in order.
    static func chunked(_ rows: [Response], shape: DataShape) -> Scorer {
        var random = SplitMix64(seed: shape.seed &* 31)
        var merged = Scorer(instrument: shape.instrument, policy: shape.policy)
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + Int.random(in: 1...max(1, rows.count / 3), using: &random))
            var part = Scorer(instrument: shape.instrument, policy: shape.policy)
            part.add(contentsOf: rows[start..<end])
            merged.merge(part)
            start = end
        }
        return merged
    }

    @Test(arguments: DataShape.all)
    func everyShownFigureOfChunkedScoringEqualsTheTwoPassReference(shape: DataShape) {
        let rows = shape.responses()
        let result = Self.chunked(rows, shape: shape).result()
        let naive = NaiveReference(instrument: shape.instrument, policy: shape.policy)
        #expect(result.respondents == naive.respondents(rows).count)
        for group in [result.overall] + result.groups {
            let members = Self.members(of: group, in: rows)
            let where_ = "\(shape) \(group.dimensions)=\(group.values)"
            #expect(group.respondents == naive.respondents(members).count, "\(where_) respondents")
            if group.respondents < shape.minimumGroupSize { #expect(group.suppressed, "\(where_) shown") }
            guard !group.suppressed else { continue }
            for element in group.elements {
                let expected = naive.element(element.id, rows: members)
                let label = "\(where_) \(element.id)"
                #expect(element.n == expected.n, "\(label) n")
                #expect(element.alphaN == expected.alphaN, "\(label) alphaN")
                Self.close(element.mean, expected.mean, "\(label) mean")
                Self.close(element.sd, expected.sd, "\(label) sd")
                Self.close(element.alpha, expected.alpha, "\(label) alpha")
                Self.close(element.rwg, expected.rwg, "\(label) rwg")
                if !expected.itemRest.isEmpty {
                    #expect(element.itemReliability.count == expected.itemRest.count, "\(label) items")
                    for (found, (rest, deleted)) in zip(
                        element.itemReliability, zip(expected.itemRest, expected.alphaIfDeleted))
                    {
                        Self.close(found.itemRest, rest, "\(label) \(found.id) item-rest")
                        Self.close(found.alphaIfDeleted, deleted, "\(label) \(found.id) alpha-if-deleted")
                    }
                }
            }
            for (index, item) in group.items.enumerated() {
                let expected = naive.item(index, rows: members).figures
                let label = "\(where_) \(item.id)"
                #expect(item.n == expected.n, "\(label) n")
                #expect(item.dontKnow == expected.dontKnow, "\(label) dontKnow")
                #expect(item.unanswered == expected.unanswered, "\(label) unanswered")
                #expect(item.invalid == expected.invalid, "\(label) invalid")
                #expect(item.counts == expected.counts, "\(label) counts")
                Self.close(item.mean, expected.mean, "\(label) mean")
                Self.close(item.sd, expected.sd, "\(label) sd")
            }
        }
    }

    @Test(arguments: DataShape.all)
    func scoringInRandomChunksAndMergingEqualsOnePass(shape: DataShape) throws {
        let rows = shape.responses()
        var whole = Scorer(instrument: shape.instrument, policy: shape.policy)
        whole.add(contentsOf: rows)
        let merged = Self.chunked(rows, shape: shape)
        let differences = try ResultComparison.differences(merged.result(), whole.result(), tolerance: 1e-12)
        #expect(differences.isEmpty, "\(shape): \(differences)")
    }
}
