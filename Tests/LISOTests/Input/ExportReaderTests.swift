import LISO
import Testing

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
        // The empty row is passed on as a response that answers nothing; it and r4 are the rows
        // read that are not respondents.
        #expect(responses.map(\.respondentID) == ["r1", nil, "r3", "r4"])
        #expect(responses.map(\.source?.line) == [2, 3, 4, 5])
        #expect(responses.map(\.isRespondent) == [true, false, true, false])
        #expect(responses[1].answers.count == responses[0].answers.count)
        #expect(responses[1].answers.allSatisfy { $0 == .unanswered })
        #expect(summary.layout == .generic)
        #expect(summary.headerRows == 1)
        #expect(summary.rowsRead == 4)
        #expect(summary.rowsRejected == 2)
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
