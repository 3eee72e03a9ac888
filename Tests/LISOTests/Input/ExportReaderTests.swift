import Testing

@testable import LISO

@Suite struct ExportReaderTests {
    let reader = ExportReader(instrument: PulseInstrument.instrument)

    func read(_ rows: [[String]], reader: ExportReader? = nil) throws -> ([Response], ExportReader.Summary) {
        var responses: [Response] = []
        let summary = try (reader ?? self.reader).read(records: records(rows), file: "a.csv") { responses.append($0) }
        return (responses, summary)
    }

    @Test func dataRowsStreamAsResponsesAndTheSummaryCountsThem() throws {
        let (responses, summary) = try read([
            ["respondent", "pulse-1", "pulse-2"],
            ["r1", "4", "5"],
            ["", "", ""],
            ["r3", "weet niet", ""],
            ["r4", "", ""],
        ])
        #expect(responses.map(\.respondentID) == ["r1", "r3", "r4"])
        #expect(responses.map(\.source?.line) == [2, 4, 5])
        #expect(summary.layout == .generic)
        #expect(summary.headerRows == 1)
        #expect(summary.rowsRead == 4)
        #expect(summary.rowsRejected == 1)
        #expect(summary.respondents == 2)
        #expect(summary.itemsMapped == 2)
        #expect(summary.diagnostics.kept.contains { $0.description == "a.csv:3: note: row is empty and is skipped" })
    }

    @Test func aHeaderOnlyFileIsAWarningWithNoRows() throws {
        let (responses, summary) = try read([["pulse-1", "pulse-2"]])
        #expect(responses.isEmpty)
        #expect(summary.rowsRead == 0)
        #expect(summary.diagnostics.kept.last?.description == "a.csv: warning: file has a header but no data rows")
        let (_, qualtrics) = try read([
            ["ResponseId", "Q1"], ["Response ID", "Samen bereiken we meer dan ieder afzonderlijk."],
        ])
        #expect(qualtrics.layout == .qualtrics)
        #expect(qualtrics.rowsRead == 0)
        #expect(qualtrics.diagnostics.problemsByKind["no-data"] == 1)
    }

    @Test func anEmptyFileIsUnusable() {
        let error = #expect(throws: LISOError.self) { try read([]) }
        #expect(error?.kind == .inputUnusable)
        #expect(error?.description == "a.csv: error: file is empty")
    }

    @Test func aFileWhoseColumnsMatchNoItemIsUnusable() {
        let error = #expect(throws: LISOError.self) { try read([["a", "b"], ["1", "2"]]) }
        #expect(error?.diagnostics.first?.kind == .noItemMapped)
    }

    @Test func theLayoutOverrideDecidesTheHeaderRows() throws {
        let rows = [["ResponseId", "P1"], ["Response ID", "Vraag"], ["R_1", "4"]]
        let (detected, _) = try read(rows)
        #expect(detected.map(\.respondentID) == ["R_1"])
        let (generic, summary) = try read(
            rows, reader: ExportReader(instrument: PulseInstrument.instrument, layout: .generic))
        #expect(summary.layout == .generic)
        #expect(generic.map(\.respondentID) == ["Response ID", "R_1"])
    }

    @Test func diagnosticsStayCappedHoweverManyBadCells() throws {
        let capped = ExportReader(instrument: PulseInstrument.instrument, diagnosticLimit: 5)
        let rows = [["pulse-1", "pulse-2"]] + Array(repeating: ["7", "x"], count: 2000)
        let (_, summary) = try read(rows, reader: capped)
        #expect(summary.diagnostics.kept.filter { $0.kind == .invalidValue }.count == 5)
        #expect(summary.diagnostics.kept.count <= 5 * summary.diagnostics.countsByKind.count)
        #expect(summary.diagnostics.problemsByKind["invalid-value"] == 4000)
        #expect(summary.rowsRead == 2000)
        #expect(summary.respondents == 0)
    }

    @Test func anErrorThrownByTheBodyStopsReading() {
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            _ = try reader.read(records: records([["pulse-1"], ["1"], ["2"], ["3"], ["4"]]), file: "a.csv") { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }

    @Test func aLayoutOverrideThatSkipsDataRowsIsAWarning() throws {
        let rows = [["respondent", "pulse-1", "pulse-2"], ["r1", "4", "5"], ["r2", "3", "2"], ["r3", "1", "2"]]
        let (responses, summary) = try read(
            rows, reader: ExportReader(instrument: PulseInstrument.instrument, layout: .qualtrics))
        #expect(responses.count < 3)
        let warning = summary.diagnostics.kept.first { $0.kind == .layoutOverride }
        #expect(warning?.severity == .warning)
        #expect(warning?.message.contains("'generic'") == true)
        let (_, detected) = try read(rows)
        #expect(!detected.diagnostics.kept.contains { $0.kind == .layoutOverride })
    }
}

@Suite struct ValidationSummaryTests {
    @Test func itAddsUpFilesAndSaysWhetherThereAreProblems() {
        var clean = ExportReader.Summary(file: "a.csv", rowsRead: 10, rowsRejected: 1, respondents: 9)
        clean.diagnostics.append(Diagnostic(.note, kind: "unmapped-column", "unused"))
        var summary = ValidationSummary([clean])
        #expect(!summary.hasProblems)
        #expect(summary.description == "1 file, 10 rows (1 rejected), 9 respondents, no problems")

        var dirty = ExportReader.Summary(file: "b.csv", rowsRead: 1, respondents: 1)
        dirty.diagnostics.append(Diagnostic(.warning, kind: "invalid-value", "bad"))
        dirty.diagnostics.append(Diagnostic(.warning, kind: "invalid-value", "bad"))
        dirty.diagnostics.append(Diagnostic(.warning, kind: "missing-item", "none"))
        summary.add(dirty)
        summary.add(unusable: LISOError(.inputUnusable, Diagnostic(.error, kind: "no-item-mapped", "none")))
        #expect(summary.hasProblems)
        #expect(summary.problems == 4)
        #expect(
            summary.description
                == "2 files, 1 unusable, 11 rows (1 rejected), 10 respondents, 4 problems: 2 invalid-value, 1 missing-item, 1 no-item-mapped"
        )
    }

}
