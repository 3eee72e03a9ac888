import Foundation
import Testing

@testable import LISO

@Suite struct ExportFixtureTests {
    let instrument = Instrument.lisoShort

    func read(_ fixture: ExportFixture) throws -> ([Response], ExportReader.Summary) {
        var responses: [Response] = []
        let summary = try ExportReader(instrument: instrument).read(contentsOf: fixture.url, displayName: fixture.file)
        {
            responses.append($0)
        }
        return (responses, summary)
    }

    @Test(arguments: ExportFixture.all)
    func eachExportIsDetectedAndMapsEveryItem(fixture: ExportFixture) throws {
        let (_, summary) = try read(fixture)
        #expect(summary.layout == fixture.layout)
        #expect(summary.encoding == .utf8)
        #expect(summary.headerRows == fixture.headerRows)
        #expect(summary.itemsMapped == instrument.items.count)
        #expect(summary.diagnostics.problemsByKind.isEmpty, "\(summary.diagnostics.kept)")
    }

    @Test(arguments: ExportFixture.all)
    func eachExportDecodesToTheExpectedAnswers(fixture: ExportFixture) throws {
        let (responses, summary) = try read(fixture)
        #expect(responses.map(\.answers) == ExportFixture.answers)
        #expect(responses.map(\.respondentID) == fixture.respondentIDs)
        #expect(responses.map(\.network) == ["Integraal werken", "Integraal werken", "Normaliseren"])
        #expect(
            responses.map(\.perspectives) == [
                ["policy"], fixture.multiSelect ? ["practice", "research"] : ["practice"], ["families"],
            ])
        #expect(responses.map(\.roles) == [["trekker"], ["member"], ["member"]])
        #expect(responses.map(\.phase) == ["maintaining", "forming", "maintaining"])
        #expect(responses.map(\.wave) == Array(repeating: fixture.hasWave ? "2026-voorjaar" : nil, count: 3))
        #expect(summary.rowsRead == 3)
        #expect(summary.respondents == 3)
        #expect(summary.rowsRejected == 0)
    }

    @Test(arguments: ExportFixture.all)
    func eachExportReportsTheRightPlaces(fixture: ExportFixture) throws {
        let (responses, summary) = try read(fixture)
        #expect(responses.map(\.source?.line) == fixture.lines)
        #expect(responses.allSatisfy { $0.source?.file == fixture.file })
        let unused = summary.diagnostics.kept.filter { $0.kind == .unmappedColumn }
        #expect(unused.count == 1, "\(unused)")
        let comment = try #require(unused.first)
        #expect(comment.line == 1)
        var reader = try CSVReader(contentsOf: fixture.url, displayName: fixture.file)
        let header = try #require(try reader.next())
        #expect(comment.column == header.count - ((fixture.layout == .qualtrics && fixture.headerRows == 2) ? 3 : 0))
    }

    @Test(arguments: ExportFixture.all)
    func identifyingColumnsDoNotSurviveReading(fixture: ExportFixture) throws {
        let (responses, summary) = try read(fixture)
        let carried = responses.map { "\($0)" }.joined() + summary.diagnostics.report.map(\.description).joined()
        for value in fixture.identifying {
            #expect(!carried.contains(value), "'\(value)' survived")
        }
        #expect(summary.diagnostics.kept.contains { $0.kind == .identifyingColumn })
    }
}
