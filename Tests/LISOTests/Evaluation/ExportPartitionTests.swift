import Foundation
import LISO
import Testing

@Suite struct ExportPartitionTests {
    /// Two exports of different sizes and problems, read in ranges.
    let before = EvaluationFixtures.export(rows: 1_200, seed: 3)
    let after = EvaluationFixtures.export(rows: 900, seed: 4)

    @Test func eachInputsSetEqualsScoringThatFileAloneWithOnlyItsOwnSources() async throws {
        let urls = try [EvaluationFixtures.write(before), EvaluationFixtures.write(after)]
        defer { for url in urls { try? FileManager.default.removeItem(at: url) } }
        let inputs: [ExportInput] = [.file(urls[0], name: "voor.csv"), .file(urls[1], name: "na.csv")]
        var evaluation = try EvaluationFixtures.evaluation(ranges: 3)
        evaluation.partition = .eachInput
        let outcome = try await evaluation.evaluate(inputs)
        #expect(outcome.sets.map(\.name) == ["voor.csv", "na.csv"])
        for (index, input) in inputs.enumerated() {
            let alone = try await EvaluationFixtures.evaluation(ranges: 3).evaluate([input]).whole
            let set = outcome.sets[index]
            #expect(set.sources == alone.sources)
            #expect(set.sources.map(\.file) == [input.name])
            #expect(set.diagnostics == alone.diagnostics)
            #expect(!set.diagnostics.contains { $0.file != nil && $0.file != input.name })
            #expect(try ResultComparison.differences(set.result(), alone.result(), tolerance: 1e-12).isEmpty)
        }
        let together = try await EvaluationFixtures.evaluation(ranges: 3).evaluate(inputs).whole
        #expect(outcome.whole.sources == together.sources)
        #expect(try ResultComparison.differences(outcome.whole.result(), together.result(), tolerance: 1e-12).isEmpty)
    }

    @Test func eachWavesSetEqualsScoringThatWavesRowsAlone() async throws {
        let url = try EvaluationFixtures.write(before)
        defer { try? FileManager.default.removeItem(at: url) }
        var evaluation = try EvaluationFixtures.evaluation(ranges: 4)
        evaluation.partition = .waves(["2025-2", "2025-1", "2031"])
        let outcome = try await evaluation.evaluate([.file(url, name: "a.csv")])

        // The reference: one pass of the reader, each response added to the scorer of its wave.
        var scorers = [String: Scorer]()
        let reading = try ExportReader(instrument: .lisoFull).read(bytes: Array(before.utf8), displayName: "a.csv") {
            scorers[$0.wave ?? "", default: Scorer(instrument: .lisoFull)].add($0)
        }
        for (set, wave) in zip(outcome.sets, ["2025-2", "2025-1"]) {
            let expected = try #require(scorers[wave])
            #expect(set.name == wave)
            #expect(set.scorer.respondents == expected.respondents)
            #expect(set.sources.map(\.rowsRead) == [expected.result().rowsRead])
            #expect(set.sources.map(\.rowsRejected) == [expected.result().rowsRejected])
            let reference = expected.result(sources: set.sources, diagnostics: set.diagnostics)
            #expect(try ResultComparison.differences(set.result(), reference, tolerance: 1e-12).isEmpty)
        }
        #expect(outcome.sets[2].sources.isEmpty && outcome.sets[2].scorer.rowsRead == 0)
        // Empty rows have no wave: they are in no set, but in the whole.
        #expect(outcome.whole.sources.map(\.rowsRead) == [reading.rowsRead])
        #expect(outcome.whole.scorer.rowsRead == reading.rowsRead)
        #expect(outcome.respondentsByKey == scorers.filter { !$0.key.isEmpty }.mapValues(\.respondents))
    }

    @Test func aSetWithoutRowsHasNoSourcesAndTheWholeStillCountsEveryRow() async throws {
        var evaluation = try ExportEvaluation(instrument: .lisoShort)
        evaluation.partition = .waves(["w2"])
        let outcome = try await evaluation.evaluate([.bytes(Array(Fixtures.short(rows: 4).utf8), name: "a.csv")])
        #expect(outcome.sets.count == 1)
        #expect(outcome.sets[0].sources.isEmpty)
        #expect(outcome.sets[0].result().respondents == 0)
        #expect(outcome.whole.result().respondents == 4)
        #expect(outcome.respondentsByKey == ["w1": 4])
    }
}
