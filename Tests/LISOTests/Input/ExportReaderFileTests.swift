import Foundation
import LISO
import Testing

@Suite struct ExportReaderFileTests {
    let reader = ExportReader(instrument: PulseInstrument.instrument)

    func read(_ text: String, name: String = "a.csv") throws -> ([Response], ExportReader.Summary) {
        var responses: [Response] = []
        let summary = try reader.read(bytes: Array(text.utf8), displayName: name) { responses.append($0) }
        return (responses, summary)
    }

    @Test func theBundledExampleMapsEveryItemOfTheFullForm() throws {
        let url = PackagePaths.root.appendingPathComponent("Fixtures/Exports/example-leernetwerken.csv")
        var rows = 0
        let summary = try ExportReader(instrument: .lisoFull).read(contentsOf: url, displayName: "example.csv") { _ in
            rows += 1
        }
        #expect(summary.itemsMapped == Instrument.lisoFull.items.count)
        #expect(summary.rowsRejected == 1)
        #expect(rows == summary.rowsRead)
        #expect(summary.respondents == rows - summary.rowsRejected)
        #expect(summary.diagnostics.problemsByKind.isEmpty, "\(summary.diagnostics.kept)")
        #expect(summary.diagnostics.kept.contains { $0.kind == .emptyRow && $0.file == "example.csv" })
    }

    @Test func aHeaderOnlyFileIsAWarningAndNoError() throws {
        let (responses, summary) = try read("pulse-1,pulse-2\r\n")
        #expect(responses.isEmpty)
        #expect(summary.rowsRead == 0)
        #expect(summary.diagnostics.problemsByKind["no-data"] == 1)
    }

    @Test func anEmptyInputIsUnusable() {
        let error = #expect(throws: LISOError.self) { try read("") }
        #expect(error?.kind == .inputUnusable)
    }

    @Test func aMissingFileIsInputMissing() {
        let url = URL(fileURLWithPath: "/nonexistent/liso/export.csv")
        let error = #expect(throws: LISOError.self) { _ = try reader.read(contentsOf: url) { _ in } }
        #expect(error?.kind == .inputMissing)
    }

    @Test func anUnterminatedQuoteStopsTheFileWithItsPlace() {
        let error = #expect(throws: LISOError.self) { try read("pulse-1,note\n4,ok\n5,\"open\n") }
        #expect(error?.kind == .inputUnusable)
        #expect(error?.diagnostics.first?.line == 3)
    }

    @Test func theReadersWarningsJoinTheSummary() throws {
        let (responses, summary) = try read("pulse-1;pulse-2\n4;5\n3\n")
        #expect(responses.map(\.answers.count) == [8, 8])
        #expect(responses[1].answers.prefix(2) == [.value(3), .unanswered])
        let ragged = summary.diagnostics.kept.filter { $0.kind == .raggedRow }
        #expect(ragged.map(\.line) == [3])
        #expect(ragged.first?.file == "a.csv")
    }

    @Test func windows1252IsReadAndNamed() throws {
        var bytes = Array("perspectief,rol,pulse-1\nBeleid,Co".utf8)
        bytes.append(0xF6)  // ö in Windows-1252
        bytes += Array("rdinator,4\n".utf8)
        var roles: [[Role.ID]] = []
        let summary = try reader.read(bytes: bytes, displayName: "excel.csv") { roles.append($0.roles) }
        #expect(summary.encoding == .windows1252)
        #expect(roles == [["coordinator"]])
    }

    @Test func aConsumerThatKeepsResponsesGetsEachRowsOwnAnswers() throws {
        let (responses, _) = try read("pulse-1\n1\n2\n3\n")
        #expect(responses.map(\.answers.first) == [.value(1), .value(2), .value(3)])
    }
}
