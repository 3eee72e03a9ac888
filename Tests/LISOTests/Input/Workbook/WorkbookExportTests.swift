import Foundation
import Testing

@testable import LISO

/// Workbooks written from the CSV exports in `Fixtures/Exports`: numbers as numbers, texts as
/// shared and inline strings, dates as serial numbers with a date format. Read back, each must
/// give the CSV's fields and score exactly as the CSV.
@Suite struct WorkbookExportTests {
    private func expectSameFields(_ workbook: String, as csv: String) throws {
        let sheet = try WorkbookTestSupport.records(workbook)
        let text = try WorkbookTestSupport.csvRecords(csv)
        #expect(sheet.count == text.count)
        for (row, (a, b)) in zip(sheet, text).enumerated() {
            #expect(a.fields == b.fields, "\(workbook) row \(row + 1)")
        }
    }

    @Test(arguments: ["generic.xlsx", "stored.xlsx", "zip64.xlsx", "zipfile-written.xlsx"])
    func everyContainerGivesTheFieldsOfTheCSV(_ workbook: String) throws {
        try expectSameFields(workbook, as: "generic.csv")
    }

    @Test func prefixedXMLWithSerialDatesGivesTheFieldsOfTheCSV() throws {
        try expectSameFields("microsoft-forms.xlsx", as: "microsoft-forms.csv")
    }

    @Test func theExampleExportScoresExactlyAsTheCSV() throws {
        try expectSameFields("example-leernetwerken.xlsx", as: "example-leernetwerken.csv")
        let reader = ExportReader(instrument: .lisoFull)
        var fromSheet = Scorer(instrument: .lisoFull)
        let workbook = try Workbook(
            contentsOf: WorkbookTestSupport.url("example-leernetwerken.xlsx"), displayName: "voorbeeld.xlsx")
        let sheetSummary = try reader.read(workbook: workbook) { fromSheet.add($0) }
        var fromText = Scorer(instrument: .lisoFull)
        let textSummary = try reader.read(
            records: WorkbookTestSupport.csvRecords("example-leernetwerken.csv"), file: "voorbeeld.csv"
        ) { fromText.add($0) }
        #expect(sheetSummary.respondents == textSummary.respondents)
        #expect(sheetSummary.rowsRead == textSummary.rowsRead)
        #expect(sheetSummary.rowsRejected == textSummary.rowsRejected)
        #expect(sheetSummary.rowsRejected > 0)
        #expect(sheetSummary.diagnostics.countsByKind == textSummary.diagnostics.countsByKind)
        #expect(try ResultComparison.differences(fromSheet.result(), fromText.result(), tolerance: 0).isEmpty)
    }

    @Test func aDiagnosticNamesTheSheetRowAndColumn() throws {
        // Column B is missing from the header and row 7 follows rows 2 to 6 that are not there.
        let bytes = TestWorkbookWriter.workbook(
            rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"C2\"><v>4</v></c></row>"
                + "<row r=\"7\"><c r=\"A7\" t=\"s\"><v>3</v></c><c r=\"C7\"><v>7</v></c></row>",
            strings: ["respondent", "cc-1", "r1", "r2"])
        let workbook = try Workbook(bytes: bytes, displayName: "x.xlsx")
        let summary = try ExportReader(instrument: .lisoFull).read(workbook: workbook) { _ in }
        #expect(summary.rowsRead == 6)
        #expect(summary.rowsRejected == 5)  // rows 3 to 6 are empty; row 7 answers nothing on the scale
        #expect(summary.respondents == 1)
        let invalid = try #require(summary.diagnostics.kept.first { $0.severity == .warning && $0.line == 7 })
        #expect(invalid.file == "x.xlsx")
        #expect(invalid.column == 3)
        #expect(invalid.description.hasPrefix("x.xlsx:7:3: warning: "))
        let empty = summary.diagnostics.kept.filter { $0.kind == "empty-row" }.compactMap(\.line)
        #expect(empty == [3, 4, 5, 6])
    }

    @Test func aWorkbookWithSeveralSheetsReadsTheFirstAndSaysSo() throws {
        let workbook = try Workbook(
            contentsOf: WorkbookTestSupport.url("microsoft-forms.xlsx"), displayName: "forms.xlsx")
        #expect(workbook.worksheetNames == ["Blad1", "Toelichting"])
        let note = try #require(workbook.diagnostics.first)
        #expect(note.severity == .note)
        #expect(note.kind == "other-worksheets")
        #expect(
            note.description == "forms.xlsx: note: the workbook has 2 worksheets; only the first, 'Blad1', is read")
    }
}
