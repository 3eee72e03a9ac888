import Foundation
import Testing

@testable import LISO

@Suite struct CSVReaderTests {
    @Test func quotedFieldsKeepDelimitersQuotesAndLineBreaks() throws {
        let text = "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n"
        #expect(try CSVTestSupport.fields(text) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"]])
    }

    @Test func everyLineEndSeparatesRecords() throws {
        for end in ["\n", "\r\n", "\r"] {
            let text = "a,b\(end)1,2\(end)3,4\(end)"
            #expect(
                try CSVTestSupport.fields(text) == [["a", "b"], ["1", "2"], ["3", "4"]],
                "line end \(end.debugDescription)")
        }
    }

    @Test func aLastRecordWithoutLineEndIsRead() throws {
        #expect(try CSVTestSupport.fields("a,b\n1,") == [["a", "b"], ["1", ""]])
        #expect(try CSVTestSupport.fields("a,b\n1,\"\"") == [["a", "b"], ["1", ""]])
    }

    @Test func emptyAndQuotedEmptyFieldsAreKeptApart() throws {
        let records = try CSVTestSupport.records(Array("a,b,c\n,\"\",x\n".utf8))
        let row = try #require(records.last)
        #expect(row.isBare(0))
        #expect(!row.isBare(1))
        #expect(row.isQuoted(1))
        #expect(row[1].isEmpty)
        #expect(!row.isBare(2))
    }

    @Test func recordLinesArePhysicalLinesWhereRecordsStart() throws {
        let text = "h1,h2\r\n\"multi\r\nline\",1\r\n\r\nlast,2\n"
        let records = try CSVTestSupport.records(Array(text.utf8))
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test func emptyLinesHoldNoRecord() throws {
        #expect(try CSVTestSupport.fields("a\n\n\nb\n\n") == [["a"], ["b"]])
    }

    @Test func anEmptyInputHasNoRecords() throws {
        var reader = CSVReader(bytes: [], displayName: "e.csv")
        #expect(try reader.next() == nil)
        #expect(reader.lineCount == 0)
        #expect(reader.diagnostics.isEmpty)
        #expect(try CSVTestSupport.fields("\n\r\n") == [])
    }

    @Test func memoryStaysAtAChunkWhileAFileGrows() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liso-grow-\(UUID()).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        var row = "1,2,3,4,5,\"een opmerking, met komma\nen regel\",Wijkteam Noord\r\n"
        row = String(repeating: row, count: 100)
        var capacities: [Int] = []
        for rows in [1_000, 10_000] {
            try Data(String(repeating: row, count: rows / 100).utf8).write(to: url)
            var reader = try CSVReader(
                contentsOf: url, displayName: "g.csv", dialect: .automatic, limits: CSVTestSupport.limits(chunk: 16_384)
            )
            var count = 0
            try reader.forEachRecord { _ in count += 1 }
            #expect(count == rows)
            capacities.append(reader.core.capacity)
        }
        #expect(capacities[0] == capacities[1])
        #expect(capacities[1] <= 2 * 16_384)
    }

    @Test func anUnquotedNullStaysTheTextNull() throws {
        let records = try CSVTestSupport.records(Array("a,b\nNULL,\"NULL\"\n".utf8))
        #expect(records[1].fields == ["NULL", "NULL"])
        #expect(!records[1].isQuoted(0))
    }

    @Test func aQuoteInsideAnUnquotedFieldIsText() throws {
        #expect(try CSVTestSupport.fields("a,b\n37'8\"N,x\n") == [["a", "b"], ["37'8\"N", "x"]])
    }

    @Test func textAfterAClosingQuoteIsKeptWithAWarning() throws {
        var reader = CSVReader(bytes: Array("a,b\n\"x\"y,z\n".utf8), displayName: "t.csv")
        var rows: [[String]] = []
        try reader.forEachRecord { rows.append($0.fields) }
        #expect(rows == [["a", "b"], ["x\"y", "z"]])
        #expect(reader.diagnostics.map(\.kind) == [.strayQuote])
        #expect(reader.diagnostics.first?.line == 2)
        #expect(reader.diagnostics.first?.column == 1)
    }

    @Test func raggedRecordsAreReadAndReportedWithTheirLine() throws {
        var reader = CSVReader(bytes: Array("a,b,c\n1,2,3\n4,5\n6,7,8,9\n".utf8), displayName: "r.csv")
        var counts: [Int] = []
        try reader.forEachRecord { counts.append($0.count) }
        #expect(counts == [3, 3, 2, 4])
        let ragged = reader.diagnostics.filter { $0.kind == .raggedRow }
        #expect(ragged.map(\.line) == [3, 4])
        #expect(ragged.map(\.severity) == [.warning, .warning])
        #expect(ragged.first?.description == "r.csv:3:3: warning: record has 2 fields where the first record has 3")
    }

    @Test func manyWarningsOfOneKindAreCountedNotAllListed() throws {
        let text = "a,b\n" + String(repeating: "1\n", count: 250)
        var reader = CSVReader(bytes: Array(text.utf8), displayName: "r.csv")
        try reader.forEachRecord { _ in }
        #expect(reader.diagnostics.filter { $0.kind == .raggedRow && $0.severity == .warning }.count == 100)
        let note = try #require(reader.diagnostics.last)
        #expect(note.severity == .note)
        #expect(note.message == "150 more 'ragged-row' warnings were not listed")
    }

    @Test func nextReturnsRecordsThenNil() throws {
        var reader = CSVReader(bytes: Array("a\nb\n".utf8), displayName: "t.csv")
        #expect(try reader.next()?.fields == ["a"])
        #expect(try reader.next()?.fields == ["b"])
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
        #expect(reader.recordCount == 2)
        #expect(reader.lineCount == 2)
    }

    @Test func aKeptRecordIsNotChangedByLaterRecords() throws {
        var reader = CSVReader(bytes: Array("a,b\nc,d\n".utf8), displayName: "t.csv")
        let first = try #require(try reader.next())
        _ = try reader.next()
        #expect(first.fields == ["a", "b"])
        #expect(first == CSVRecord(fields: ["a", "b"], line: 1))
    }

    @Test func aMissingFileIsInputMissing() {
        let url = URL(fileURLWithPath: "/nonexistent/liso/none.csv")
        #expect(throws: LISOError.self) { try CSVReader(contentsOf: url, displayName: "none.csv") }
        do {
            _ = try CSVReader(contentsOf: url, displayName: "none.csv")
        } catch {
            #expect(error.kind == .inputMissing)
            #expect(error.diagnostics.first?.file == "none.csv")
        }
    }

    @Test func aDirectoryIsInputMissing() {
        do {
            _ = try CSVReader(contentsOf: FileManager.default.temporaryDirectory, displayName: "tmp")
            Issue.record("a directory was opened as a file")
        } catch {
            #expect(error.kind == .inputMissing)
            #expect(error.description.contains("directory"))
        }
    }

    @Test func aFileAndAFileHandleReadTheSameRecordsAsBytes() throws {
        let text = "a;b\n\"1;2\";3\n4;5\n"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liso-reader-\(UUID()).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var fromFile = try CSVReader(contentsOf: url, displayName: "f.csv")
        var fileRows: [[String]] = []
        try fromFile.forEachRecord { fileRows.append($0.fields) }
        var fromHandle = CSVReader(fileHandle: try FileHandle(forReadingFrom: url), displayName: "f.csv")
        var handleRows: [[String]] = []
        try fromHandle.forEachRecord { handleRows.append($0.fields) }
        let expected = try CSVTestSupport.fields(text)
        #expect(fileRows == expected)
        #expect(handleRows == expected)
        #expect(fromFile.delimiter == UInt8(ascii: ";"))
    }
}
