import Foundation
import Testing

@testable import LISO

@Suite struct WorkbookCellTests {
    /// Compares a workbook's records with its JSON fixture, row by row.
    private func expectRecords(of workbook: String, equal json: String) throws {
        let records = try WorkbookTestSupport.records(workbook)
        let expected = try WorkbookTestSupport.expectedRecords(json)
        #expect(records.count == expected.count)
        for (record, want) in zip(records, expected) {
            #expect(record.line == want.line)
            #expect(record.fields == want.fields, "row \(want.line)")
        }
    }

    @Test func everyCellTypeReadsAsTheWorkbookShowsIt() throws {
        try expectRecords(of: "cells.xlsx", equal: "cells.json")
    }

    @Test func datesReadAsTheirFormatShowsThemInThe1900DateSystem() throws {
        try expectRecords(of: "dates-1900.xlsx", equal: "dates-1900.json")
    }

    @Test func datesReadAsTheirFormatShowsThemInThe1904DateSystem() throws {
        try expectRecords(of: "dates-1904.xlsx", equal: "dates-1904.json")
    }
}
