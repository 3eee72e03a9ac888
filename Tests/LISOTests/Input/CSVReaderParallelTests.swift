import Foundation
import LISO
import Testing

@Suite struct CSVReaderParallelTests {
    private func temporaryFile(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liso-parallel-\(UUID()).csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    private func onePass(_ url: URL) throws -> [CSVRecord] {
        var reader = try CSVReader(contentsOf: url, displayName: "p.csv")
        var records: [CSVRecord] = []
        try reader.forEachRecord { records.append($0) }
        return records
    }

    private func inParallel(_ url: URL, parts: Int) throws -> (records: [CSVRecord], read: CSVParallelRead<[CSVRecord]>)
    {
        let read = try CSVReader.readInParallel(
            contentsOf: url, displayName: "p.csv", parts: parts, minimumPartBytes: 1
        ) {
            reader in
            var records: [CSVRecord] = []
            try reader.forEachRecord { records.append($0) }
            return records
        }
        var records: [CSVRecord] = []
        for (partial, offset) in zip(read.partials, read.lineOffsets) {
            for var record in partial {
                record.line += offset
                records.append(record)
            }
        }
        return (records, read)
    }

    /// Records whose quoted comments hold most of the file's line breaks, so that most cuts fall
    /// inside a quoted field.
    private var quotedBreaks: String {
        var text = "id,opmerking,score\r\n"
        for index in 0..<60 {
            let comment = (0..<(index % 7 + 1)).map { "regel \($0), met komma" }.joined(
                separator: index % 2 == 0 ? "\n" : "\r\n")
            text += "\(index),\"\(comment)\nen \"\"citaat\"\"\",\(index % 5 + 1)\r\n"
        }
        return text
    }

    @Test func quotedLineBreaksAcrossEverySplitPointReadAsOnePass() throws {
        let url = try temporaryFile(quotedBreaks)
        defer { try? FileManager.default.removeItem(at: url) }
        let expected = try onePass(url)
        var rereads = 0
        for parts in [2, 3, 5, 8, 13, 40, 200] {
            let (records, read) = try inParallel(url, parts: parts)
            #expect(records == expected, "\(parts) parts")
            #expect(read.lineCounts.reduce(0, +) == quotedBreaks.filter { $0 == "\n" || $0 == "\r\n" }.count)
            rereads += read.rereadRanges
        }
        #expect(rereads > 0, "no cut fell inside a quoted field, so the check was not exercised")
    }

    @Test func theSplitCutsJustAfterLineEnds() throws {
        let text = "a,b\r1,2\r3,4\r5,6\r7,8\r"
        let url = try temporaryFile(text)
        defer { try? FileManager.default.removeItem(at: url) }
        let split = try CSVReader.split(contentsOf: url, displayName: "p.csv", parts: 3, minimumPartBytes: 1)
        let bytes = Array(text.utf8)
        #expect(split.ranges.count == 3)
        #expect(split.ranges.first?.lowerBound == 0)
        #expect(split.ranges.last?.upperBound == bytes.count)
        for (previous, next) in zip(split.ranges, split.ranges.dropFirst()) {
            #expect(previous.upperBound == next.lowerBound)
            #expect(bytes[next.lowerBound - 1] == UInt8(ascii: "\r"))
        }
        #expect(split.headerFieldCount == 2)
        #expect(try inParallel(url, parts: 3).records == onePass(url))
    }

    @Test func aSmallFileIsOneRange() throws {
        let url = try temporaryFile("a,b\n1,2\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let split = try CSVReader.split(contentsOf: url, displayName: "p.csv", parts: 4)
        #expect(split.ranges == [0..<8])
    }

    @Test func warningsAndFaultsOfLaterRangesNameTheFilesLines() throws {
        var text = "a,b,c\n"
        for index in 0..<200 { text += index == 150 ? "1,2\n" : "\(index),\"x\ny\",z\n" }
        let url = try temporaryFile(text)
        defer { try? FileManager.default.removeItem(at: url) }
        let (_, read) = try inParallel(url, parts: 7)
        let ragged = read.diagnostics.filter { $0.kind == .raggedRow }
        #expect(ragged.map(\.line) == [2 + 2 * 150])

        let broken = try temporaryFile(text + "9,\"open\n" + String(repeating: "1,2,3\n", count: 50))
        defer { try? FileManager.default.removeItem(at: broken) }
        do {
            _ = try inParallel(broken, parts: 7)
            Issue.record("an unterminated quote was not reported")
        } catch let error as LISOError {
            #expect(error.diagnostics.first?.kind == .unterminatedQuote)
            #expect(error.diagnostics.first?.line == 2 + 2 * 199 + 1)
        }
    }

    @Test func aWindows1252FileReadsInRangesWithOneWarning() throws {
        var text = "naam;rol\r\n"
        for index in 0..<80 { text += "Joëlle \(index);\"Coördinator\r\nvan €\"\r\n" }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liso-parallel-\(UUID()).csv")
        try #require(text.data(using: .windowsCP1252)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let (records, read) = try inParallel(url, parts: 6)
        #expect(records == (try onePass(url)))
        #expect(records.last?.fields == ["Joëlle 79", "Coördinator\r\nvan €"])
        #expect(read.diagnostics.map(\.kind) == [.encodingFallback])
    }

    @Test func aUTF16FileIsOneRange() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liso-parallel-\(UUID()).csv")
        let text = String(repeating: "a,b\n", count: 100)
        try Data([0xFF, 0xFE] + Array(try #require(text.data(using: .utf16LittleEndian)))).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let split = try CSVReader.split(contentsOf: url, displayName: "u.csv", parts: 4, minimumPartBytes: 1)
        #expect(split.ranges.count == 1)
        #expect(try inParallel(url, parts: 4).records.count == 100)
    }
}
