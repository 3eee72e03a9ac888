import Foundation
import Testing

@testable import LISOCommandLine

@Suite struct ScoredFilesTests {
    let folder = TemporaryDirectory()

    @Test func theSummaryLineSaysOneRespondentAndOneRowInTheSingular() throws {
        try folder.write(Fixtures.shortExport(rows: [("Noord", "w1", ["4"])]), to: "a.csv")
        let run = InProcessRun(["score", "a.csv"], directory: folder.url)
        #expect(run.status == .success)
        #expect(run.errors.contains("scored 1 respondent from 1 file (1 row read, 0 rejected)"))
    }

    @Test func theCompareLineSaysOneRespondentInTheSingular() throws {
        try folder.write(Fixtures.shortExport(rows: [("Noord", "w1", ["4"])]), to: "a.csv")
        try folder.write(Fixtures.shortExport(rows: [("Noord", "w2", ["3"]), ("Noord", "w2", ["5"])]), to: "b.csv")
        let run = InProcessRun(["compare", "a.csv", "b.csv"], directory: folder.url)
        #expect(run.errors.contains("compared 1 respondent in 'a.csv' with 2 in 'b.csv'"))
    }
}
