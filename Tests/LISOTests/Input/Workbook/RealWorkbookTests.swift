import Foundation
import Testing

@testable import LISO

/// The Microsoft Forms workbook in `../shared/real-exports`: a real `.xlsx` with `x:`-prefixed
/// XML and a wrong `<dimension ref="A1">`, holding the first 28 of the 55 responses of the
/// `export.csv` beside it (which Excel saved from a later download of the same form).
@Suite struct RealWorkbookTests {
    /// The folder, or `nil` (with a printed reason) when `../shared` is absent.
    static var folder: URL? {
        let url = PackagePaths.shared.appendingPathComponent("real-exports/msforms-2021-phone-satisfaction")
        guard FileManager.default.fileExists(atPath: url.appendingPathComponent("original-export.xlsx").path) else {
            print("skipping the real workbook: '\(url.path)' is absent")
            return nil
        }
        return url
    }

    /// The first `count` records of the CSV beside the workbook.
    static func csvRecords(in folder: URL, count: Int) throws -> [CSVRecord] {
        var reader = try CSVReader(contentsOf: folder.appendingPathComponent("export.csv"), displayName: "export.csv")
        var records: [CSVRecord] = []
        while records.count < count, let record = try reader.next() { records.append(record) }
        return records
    }

    @Test func theWorkbookHoldsTheFirstTwentyEightRowsOfTheCSVCellForCell() throws {
        guard let folder = Self.folder else { return }
        let workbook = try Workbook(
            contentsOf: folder.appendingPathComponent("original-export.xlsx"), displayName: "original-export.xlsx")
        #expect(workbook.worksheetNames == ["Sheet1"])
        let records = try workbook.records()
        #expect(records.count == 29)
        let csv = try Self.csvRecords(in: folder, count: 29)
        #expect(records.map(\.line) == Array(1...29))
        for (sheetRow, csvRow) in zip(records, csv) {
            #expect(sheetRow.fields == csvRow.fields, "sheet row \(sheetRow.line)")
        }
        // The dates are shown as the workbook's format 'm/d/yy\ h:mm:ss' shows them.
        #expect(records[1][1] == "4/28/21 11:21:47")
    }

    @Test func theWorkbookScoresExactlyAsTheFirstTwentyEightRowsOfTheCSV() throws {
        guard let folder = Self.folder else { return }
        let instrument = try Instrument.load(contentsOf: folder.appendingPathComponent("instrument.json"))
        let policy = ScoringPolicy(minimumGroupSize: 1)
        let reader = ExportReader(instrument: instrument)

        var fromWorkbook = Scorer(instrument: instrument, policy: policy)
        let workbookSummary = try reader.read(
            workbookAt: folder.appendingPathComponent("original-export.xlsx"), displayName: "original-export.xlsx"
        ) { fromWorkbook.add($0) }

        var fromCSV = Scorer(instrument: instrument, policy: policy)
        let csvSummary = try reader.read(records: Self.csvRecords(in: folder, count: 29), file: "export.csv") {
            fromCSV.add($0)
        }

        #expect(workbookSummary.layout == .microsoftForms)
        #expect(workbookSummary.rowsRead == 28)
        #expect(workbookSummary.respondents == 28)
        #expect(workbookSummary.rowsRejected == 0)
        #expect(workbookSummary.itemsMapped == csvSummary.itemsMapped)
        #expect(!workbookSummary.diagnostics.hasProblems)
        let a = fromWorkbook.result()
        let b = fromCSV.result()
        #expect(a.overall.respondents == 28)
        #expect(try ResultComparison.differences(a, b, tolerance: 0).isEmpty)
        // Independently: the 28 answers of the workbook's own rows, counted by label.
        let values = [
            "Very dissatisfied": 1.0, "Somewhat dissatisfied": 2, "Neither satisfied nor dissatisfied": 3,
            "Somewhat satisfied": 4, "Very satisfied": 5,
        ]
        let records = try Workbook(
            contentsOf: folder.appendingPathComponent("original-export.xlsx"), displayName: "original-export.xlsx"
        ).records()
        let column = try #require(records[0].fields.firstIndex(of: "How satisfied are you about your phone?"))
        let answers = try records.dropFirst().map { try #require(values[$0[column]]) }
        let item = try #require(a.overall.items.first)
        #expect(item.n == 28)
        #expect(answers.count == 28)
        #expect(abs(try #require(item.mean) - answers.reduce(0, +) / 28) < 1e-12)
        #expect(abs(try #require(a.overall.elements.first { $0.n > 0 }?.mean) - answers.reduce(0, +) / 28) < 1e-12)
    }

    @Test func everyRealExportIsToldApartFromItsBytes() throws {
        guard let folder = Self.folder else { return }
        let exports = folder.deletingLastPathComponent()
        var count = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: exports.path) {
            let csv = exports.appendingPathComponent(name).appendingPathComponent("export.csv")
            guard FileManager.default.fileExists(atPath: csv.path) else { continue }
            #expect(try InputKind.detect(contentsOf: csv, displayName: name) == .text, "\(name)")
            count += 1
        }
        #expect(count >= 9)
        let workbook = folder.appendingPathComponent("original-export.xlsx")
        #expect(try InputKind.detect(contentsOf: workbook, displayName: "original-export.xlsx") == .workbook)
    }
}
