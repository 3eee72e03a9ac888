import Foundation
import Testing

@testable import LISO

/// The scorer against R 4.2.2 and psych 2.2.9 on the data sets in `Fixtures/Reference`; the values
/// below are `reference-output.txt`, printed by `reference.R` with 17 significant digits.
@Suite struct RReferenceTests {
    struct Expected {
        var file: String
        var reverse: Set<Int>
        var alphaN: Int
        var alpha: Double
        var itemRest: [Double]
        var alphaIfDeleted: [Double]
        var n: Int
        var mean: Double
        var sd: Double
        var ci95: [Double]
        var waveN: [Int]
        var difference: Double
        var welch: [Double]
        var hedgesG: Double
    }

    static let sets: [Expected] = [
        Expected(
            file: "set-a.csv", reverse: [2], alphaN: 8, alpha: 0.92317340859203512,
            itemRest: [0.81482800480069972, 0.8364126037794315, 0.79274806977608769, 0.86490924736782648],
            alphaIfDeleted: [0.90355329949238572, 0.8956661316211878, 0.91216216216216217, 0.8902627511591964],
            n: 16, mean: 3.6822916666666665, sd: 1.0590084242311733,
            ci95: [3.1179859105237897, 4.2465974228095433], waveN: [8, 8], difference: 0.052083333333333037,
            welch: [-1.1275094734667155, 1.2316761401333816], hedgesG: 0.044936423777187935),
        Expected(
            file: "set-b.csv", reverse: [0], alphaN: 4, alpha: 0.96059113300492627,
            itemRest: [0.96590920880135833, 0.96590920880135833, 0.83887049280786119],
            alphaIfDeleted: [0.90476190476190488, 0.90476190476190488, 1], n: 10, mean: 3.3500000000000001,
            sd: 1.174444970040879, ci95: [2.5098526799987471, 4.1901473200012536], waveN: [5, 5],
            difference: 0.10000000000000009, welch: [-1.8277514984543346, 2.0277514984543346],
            hedgesG: 0.072581368432675805),
        Expected(
            file: "set-c.csv", reverse: [1, 4], alphaN: 10, alpha: 0.71373439273552786,
            itemRest: [
                0.32572070772672268, 0.19583388581686345, 0.696417806248397, 0.48959828620916174,
                0.71758300783555928, 0.35327750027377625,
            ],
            alphaIfDeleted: [
                0.71218795888399411, 0.74496644295302006, 0.60755336617405575, 0.66517189835575485,
                0.57835820895522394, 0.70982839313572543,
            ],
            n: 25, mean: 3.8166666666666669, sd: 0.73241735723915313,
            ci95: [3.5143396406432093, 4.1189936926901245], waveN: [13, 12], difference: 0.64636752136752129,
            welch: [0.097957450652307557, 1.1947775920827348], hedgesG: 0.93552171863941713),
    ]

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Reference")

    /// Scores a fixture as one synergy element, grouped by wave.
    static func score(_ expected: Expected) throws -> EvaluationResult {
        let text = try String(contentsOf: directory.appendingPathComponent(expected.file), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let itemCount = lines[0].count - 1
        let reversed = expected.reverse
        let instrument = ScoringTestSupport.instrument(itemsPerElement: [0, 0, 0, itemCount], reversed: reversed)
        var scorer = Scorer(instrument: instrument, policy: ScoringPolicy(minimumGroupSize: 1, groupings: [[.wave]]))
        for line in lines.dropFirst() {
            let answers: [Answer] = line.dropFirst().map { cell in
                switch cell {
                case "": .unanswered
                case "dk": .dontKnow
                default: .value(Double(cell)!)
                }
            }
            scorer.add(Response(wave: String(line[0]), answers: answers))
        }
        return scorer.result()
    }

    static func close(_ found: Double?, _ expected: Double, _ label: String) {
        guard let found else {
            Issue.record("\(label) is nil, R gives \(expected)")
            return
        }
        #expect(abs(found - expected) <= 1e-9 * max(1, abs(expected)), "\(label): \(found) vs R \(expected)")
    }

    @Test(arguments: sets.map(\.file))
    func alphaItemRestAndAlphaIfDeletedMatchPsych(file: String) throws {
        let expected = try #require(Self.sets.first { $0.file == file })
        let element = try #require(Self.score(expected).overall.elements.first { $0.id == "synergy" })
        #expect(element.alphaN == expected.alphaN)
        Self.close(element.alpha, expected.alpha, "\(file) alpha")
        #expect(element.itemReliability.count == expected.itemRest.count)
        for (index, item) in element.itemReliability.enumerated() {
            Self.close(item.itemRest, expected.itemRest[index], "\(file) r.drop \(index + 1)")
            Self.close(item.alphaIfDeleted, expected.alphaIfDeleted[index], "\(file) alpha.drop \(index + 1)")
        }
    }

    @Test(arguments: sets.map(\.file))
    func meanSDAndStudentIntervalMatchTTest(file: String) throws {
        let expected = try #require(Self.sets.first { $0.file == file })
        let element = try #require(Self.score(expected).overall.elements.first { $0.id == "synergy" })
        #expect(element.n == expected.n)
        Self.close(element.mean, expected.mean, "\(file) mean")
        Self.close(element.sd, expected.sd, "\(file) sd")
        let interval = try #require(element.ci95)
        Self.close(interval.low, expected.ci95[0], "\(file) ci low")
        Self.close(interval.high, expected.ci95[1], "\(file) ci high")
    }

    @Test(arguments: sets.map(\.file))
    func waveChangeMatchesWelchTTestAndHedgesG(file: String) throws {
        let expected = try #require(Self.sets.first { $0.file == file })
        let comparison = try #require(WaveComparison(waves: Self.score(expected), before: "2024", after: "2025"))
        let change = try #require(comparison.elements.first { $0.id == "synergy" })
        #expect([change.nBefore, change.nAfter] == expected.waveN)
        Self.close(change.difference, expected.difference, "\(file) difference")
        let interval = try #require(change.ci95)
        Self.close(interval.low, expected.welch[0], "\(file) welch low")
        Self.close(interval.high, expected.welch[1], "\(file) welch high")
        Self.close(change.hedgesG, expected.hedgesG, "\(file) hedges g")
        #expect(change.likelyReal == (expected.welch[0] > 0 || expected.welch[1] < 0))
    }
}
