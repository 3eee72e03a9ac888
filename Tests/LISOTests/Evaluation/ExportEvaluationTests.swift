import Foundation
import LISO
import Testing

@Suite struct ExportEvaluationTests {
    @Test func aFileReadInManyRangesScoresLikeOnePassOfTheReader() async throws {
        let text = EvaluationFixtures.export(rows: 3_000, seed: 7)
        let url = try EvaluationFixtures.write(text)
        defer { try? FileManager.default.removeItem(at: url) }
        let (scorer, reading) = try EvaluationFixtures.onePass(text, name: "a.csv")
        for ranges in [1, 7] {
            let outcome = try await EvaluationFixtures.evaluation(ranges: ranges).evaluate([.file(url, name: "a.csv")])
            let parallel = try #require(try outcome.inputs.first?.get())
            #expect(parallel.rowsRead == reading.rowsRead, "\(ranges) ranges")
            #expect(parallel.rowsRejected == reading.rowsRejected, "\(ranges) ranges")
            #expect(parallel.respondents == reading.respondents, "\(ranges) ranges")
            #expect(parallel.diagnostics.countsByKind == reading.diagnostics.countsByKind, "\(ranges) ranges")
            let expected = scorer.result(sources: outcome.whole.sources, diagnostics: outcome.whole.diagnostics)
            #expect(try ResultComparison.differences(outcome.whole.result(), expected, tolerance: 1e-12).isEmpty)
        }
    }

    @Test func diagnosticsOfLaterRangesNameTheLinesOfTheWholeFile() async throws {
        let text = EvaluationFixtures.export(rows: 2_000, seed: 11)
        let url = try EvaluationFixtures.write(text)
        defer { try? FileManager.default.removeItem(at: url) }
        let (_, reading) = try EvaluationFixtures.onePass(text, name: "a.csv")
        let outcome = try await EvaluationFixtures.evaluation(ranges: 5).evaluate([.file(url, name: "a.csv")])
        let lines = { (summary: ExportReader.Summary) in
            summary.diagnostics.kept.filter { $0.kind == "empty-row" || $0.kind == "invalid-value" }.map {
                [$0.line ?? 0, $0.column ?? 0]
            }
        }
        #expect(!lines(reading).isEmpty)
        #expect(try lines(#require(try outcome.inputs.first?.get())) == lines(reading))
    }

    @Test func rowsRejectedCountsEveryRowThatIsNoRespondentAndAddsUpOverSources() async throws {
        // Line 3 is empty; line 4 names a network but answers nothing. Both are rows read that are
        // not respondents, in the file's count as in the total.
        let short = Instrument.lisoShort.items.map(\.id.rawValue)
        let answers = Array(repeating: "4", count: short.count).joined(separator: ",")
        let blanks = Array(repeating: "", count: short.count).joined(separator: ",")
        let text = [
            "network," + short.joined(separator: ","), "Noord,\(answers)", "," + blanks, "Noord," + blanks,
            "Zuid,\(answers)",
        ].joined(separator: "\n")
        let evaluation = try ExportEvaluation(instrument: .lisoShort)
        let result = try await evaluation.evaluate([.bytes(Array(text.utf8), name: "a.csv")]).whole.result()
        #expect(result.rowsRead == 4)
        #expect(result.respondents == 2)
        #expect(result.rowsRejected == 2)
        #expect(result.sources.map(\.rowsRejected) == [2])
        #expect(result.rowsRejected == result.sources.reduce(0) { $0 + $1.rowsRejected })
        #expect(result.rowsRead == result.sources.reduce(0) { $0 + $1.rowsRead })
    }

    @Test func evaluatingTheBundledExampleCountsEveryRow() async throws {
        let url = PackagePaths.root.appendingPathComponent("Fixtures/Exports/example-leernetwerken.csv")
        let outcome = try await ExportEvaluation(.builtInForm).evaluate([.file(url)])
        let result = outcome.whole.result()
        #expect(outcome.instrument == .lisoFull)
        #expect(result.rowsRead == 83)
        #expect(result.rowsRejected == 1)
        #expect(result.respondents == 82)
        #expect(result.sources.map(\.layout) == [.generic])
        #expect(outcome.sets.count == 1 && outcome.sets[0].sources == result.sources)
    }

    @Test func theBuiltInFormIsTheShortOneOnlyWhenEveryInputCarriesExactlyItsItems() async throws {
        let short = QuestionnairePrinter(format: .csv, language: .dutch).render(.lisoShort)
        let full = QuestionnairePrinter(format: .csv, language: .dutch).render(.lisoFull)
        let evaluation = try ExportEvaluation(.builtInForm)
        let shortOnly = try await evaluation.evaluate([.bytes(Array(short.utf8), name: "-")])
        #expect(shortOnly.instrument == .lisoShort)
        let mixed = try await evaluation.evaluate([
            .bytes(Array(short.utf8), name: "a.csv"), .bytes(Array(full.utf8), name: "b.csv"),
        ])
        #expect(mixed.instrument == .lisoFull)
    }

    @Test func anInstrumentOfAnotherFrameworkIsRefused() throws {
        var instrument = Instrument.lisoShort
        instrument.framework = EvaluationFramework.ID("liso-2030")
        let error = #expect(throws: LISOError.self) { try ExportEvaluation(instrument: instrument) }
        #expect(error?.kind == .inputUnusable)
        #expect(error?.diagnostics.first?.kind == "framework-mismatch")
        #expect(error?.description.contains("'liso-2030'") == true)
    }

    @Test func aMissingFileIsReportedAsMissingBeforeAnyFileIsRead() async throws {
        let evaluation = try ExportEvaluation(instrument: .lisoFull)
        let error = await #expect(throws: LISOError.self) {
            try await evaluation.evaluate([
                .bytes([], name: "empty.csv"), .file(URL(fileURLWithPath: "/nonexistent/liso.csv"), name: "gone.csv"),
            ])
        }
        #expect(error?.kind == .inputMissing)
        #expect(error?.description == "gone.csv: error: cannot read 'gone.csv': no such file or directory")
    }

    @Test func unusableInputsAreListedAndLeftOutWhenTheRunSkipsThem() async throws {
        var evaluation = try ExportEvaluation(instrument: .lisoShort)
        evaluation.skipsUnusableInputs = true
        let good = Fixtures.short(rows: 3)
        let outcome = try await evaluation.evaluate([
            .bytes(Array(good.utf8), name: "a.csv"), .bytes(Array("naam\nAnna\n".utf8), name: "b.csv"),
            .file(URL(fileURLWithPath: "/nonexistent/liso.csv"), name: "c.csv"),
        ])
        #expect(outcome.inputs.map { (try? $0.get())?.respondents } == [3, nil, nil])
        let errors = outcome.inputs.map { result -> LISOError.Kind? in
            if case .failure(let error) = result { error.kind } else { nil }
        }
        #expect(errors == [nil, .inputUnusable, .inputMissing])
        #expect(outcome.whole.sources.map(\.file) == ["a.csv"])
        #expect(outcome.whole.diagnostics.contains { $0.kind == "no-item-mapped" })
    }
}

/// Small exports of the short form.
enum Fixtures {
    /// A generic export of the short form with `rows` respondents, every item answered `4`.
    static func short(rows: Int, network: String = "Noord", wave: String = "w1") -> String {
        let items = Instrument.lisoShort.items.map(\.id.rawValue)
        let answers = Array(repeating: "4", count: items.count).joined(separator: ",")
        let lines = (0..<rows).map { _ in "\(network),\(wave),\(answers)" }
        return (["network,wave," + items.joined(separator: ",")] + lines).joined(separator: "\n") + "\n"
    }
}
