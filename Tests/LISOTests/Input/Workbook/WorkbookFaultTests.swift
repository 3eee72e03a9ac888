import Foundation
import Testing

@testable import LISO

/// Damaged, encrypted and oversized workbooks: each gives one clear error, never a crash, a
/// hang or unbounded memory.
@Suite struct WorkbookFaultTests {
    private func fault(_ path: String, limits: WorkbookLimits = .standard) throws -> Diagnostic {
        let error = try #require(try WorkbookTestSupport.failure(path, limits: limits))
        #expect(error.kind == .inputUnusable)
        #expect(error.diagnostics.count == 1)
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.file == path)
        return diagnostic
    }

    @Test func aCutOffWorkbookHasNoZIPDirectory() throws {
        let diagnostic = try fault("faults/truncated.xlsx")
        #expect(diagnostic.kind == "damaged-workbook")
        #expect(
            diagnostic.message == "the workbook is damaged: its ZIP directory is missing; the file may be cut off; "
                + "open it in Excel and save it again, or save it as CSV UTF-8")
    }

    @Test func aWrongChecksumIsFound() throws {
        let diagnostic = try fault("faults/bad-crc.xlsx")
        #expect(diagnostic.message.contains("entry 'xl/worksheets/sheet1.xml' fails its CRC-32 check"))
    }

    @Test func anEncryptedEntryIsRefusedWithWhatToDo() throws {
        let diagnostic = try fault("faults/encrypted-entry.xlsx")
        #expect(diagnostic.kind == "encrypted-workbook")
        #expect(diagnostic.message.contains("remove the password"))
    }

    @Test func anUnknownCompressionMethodIsNamed() throws {
        let diagnostic = try fault("faults/lzma-entry.xlsx")
        #expect(diagnostic.kind == "unsupported-workbook")
        #expect(diagnostic.message.hasPrefix("'xl/worksheets/sheet1.xml' is compressed with method 14"))
    }

    @Test func aBombThatDeclaresItsSizeIsRefusedBeforeAnyWork() throws {
        let diagnostic = try fault("faults/declared-bomb.xlsx")
        #expect(diagnostic.kind == "workbook-too-large")
        #expect(diagnostic.message.contains("'xl/worksheets/sheet1.xml' inflates to more than 1 GiB"))
    }

    @Test func aBombThatLiesAboutItsSizeStopsAtTheDeclaredSize() throws {
        let diagnostic = try fault("faults/lying-bomb.xlsx")
        #expect(diagnostic.kind == "damaged-workbook")
        #expect(diagnostic.message.contains("holds more data than its header says"))
    }

    @Test func partsTogetherOverTheTotalLimitAreRefused() throws {
        var limits = WorkbookLimits.standard
        limits.maximumTotalBytes = 1_000
        let diagnostic = try fault("example-leernetwerken.xlsx", limits: limits)
        #expect(diagnostic.kind == "workbook-too-large")
        #expect(diagnostic.message.contains("its parts inflate to more than 1000 bytes"))
        limits.maximumTotalBytes = 2 << 30
        limits.maximumPartBytes = 4_096
        #expect(try fault("example-leernetwerken.xlsx", limits: limits).kind == "workbook-too-large")
    }

    @Test func aLongXMLTokenIsRefused() throws {
        var limits = WorkbookLimits.standard
        limits.maximumTokenBytes = 64
        limits.chunkBytes = 16
        let diagnostic = try fault("example-leernetwerken.xlsx", limits: limits)
        #expect(diagnostic.message.contains("an XML tag or text is longer than 64 bytes"))
    }

    @Test func aSharedStringPastTheTableNamesTheCell() throws {
        let diagnostic = try fault("faults/bad-shared-string.xlsx")
        #expect(diagnostic.line == 2)
        #expect(diagnostic.column == 2)
        #expect(diagnostic.message.contains("cell B2 refers to shared string '7', but there are 1"))
    }

    @Test func rowsOutOfOrderAreDamage() throws {
        let diagnostic = try fault("faults/rows-out-of-order.xlsx")
        #expect(diagnostic.line == 1)
        #expect(diagnostic.message.contains("row 1 comes after row 2"))
    }

    @Test func xmlCutInsideATagIsDamage() throws {
        #expect(try fault("faults/cut-xml.xlsx").message.contains("an XML part ends inside a tag"))
    }

    @Test func cellsOutOfOrderOrPastTheLastColumnAreDamage() throws {
        let backwards = TestWorkbookWriter.workbook(
            rows: "<row r=\"3\"><c r=\"C3\"><v>1</v></c><c r=\"B3\"><v>2</v></c></row>")
        let error = try #require(throws: LISOError.self) {
            try Workbook(bytes: backwards, displayName: "b.xlsx").records()
        }
        #expect(
            error.description == "b.xlsx:3:2: error: the workbook is damaged: cell B3 comes after column C; "
                + "open it in Excel and save it again, or save it as CSV UTF-8")
        let wide = TestWorkbookWriter.workbook(rows: "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
        #expect(throws: LISOError.self) { try Workbook(bytes: wide, displayName: "w.xlsx").records() }
        let last = TestWorkbookWriter.workbook(rows: "<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>")
        #expect(try Workbook(bytes: last, displayName: "l.xlsx").records().first?.count == 16_384)
    }

    @Test(arguments: [1, 2, 1 << 20])
    func aPartInUTF16IsRefusedWhateverThePieceSize(_ chunk: Int) throws {
        // Found by fuzzing: a UTF-16 byte order mark split over two pieces went unnoticed.
        var limits = WorkbookLimits.standard
        limits.chunkBytes = chunk
        let utf16: [UInt8] = [0xFF, 0xFE, 0x3C, 0x00]
        let bytes = TestWorkbookWriter.archive(bytes: [
            ("xl/workbook.xml", Array("<workbook><sheets><sheet name=\"a\" r:id=\"rId1\"/></sheets></workbook>".utf8)),
            (
                "xl/_rels/workbook.xml.rels",
                Array(
                    ("<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"sheet.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"x/styles\" Target=\"styles.xml\"/></Relationships>").utf8)
            ),
            ("xl/styles.xml", utf16), ("xl/sheet.xml", Array("<worksheet/>".utf8)),
        ])
        let error = try #require(throws: LISOError.self) {
            try Workbook(bytes: bytes, displayName: "u.xlsx", limits: limits)
        }
        #expect(error.diagnostics.first?.kind == "unsupported-workbook")
        #expect(error.diagnostics.first?.message.contains("as UTF-16 XML") == true)
    }

    @Test func anErrorThrownByTheCallerPassesThroughUnchanged() throws {
        struct Stop: Error {}
        let workbook = try Workbook(contentsOf: WorkbookTestSupport.url("cells.xlsx"), displayName: "c.xlsx")
        #expect(throws: Stop.self) { try workbook.forEachRecord { _ in throw Stop() } }
    }

    @Test func aMissingFileOrADirectoryIsMissingInput() {
        let missing = WorkbookTestSupport.url("no-such.xlsx")
        #expect(throws: LISOError.self) { try Workbook(contentsOf: missing, displayName: "no-such.xlsx") }
        do {
            _ = try Workbook(contentsOf: WorkbookTestSupport.fixtures, displayName: "Workbooks")
            Issue.record("a directory was read")
        } catch {
            #expect(error.kind == .inputMissing)
        }
    }

    @Test func anEmptyFileIsADamagedWorkbookAndText() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liso-empty-\(UUID()).xlsx")
        try Data().write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try InputKind.detect(contentsOf: url, displayName: "empty.xlsx") == .text)
        let error = try #require(throws: LISOError.self) { try Workbook(contentsOf: url, displayName: "empty.xlsx") }
        #expect(error.diagnostics.first?.kind == "damaged-workbook")
    }

    @Test func aPartThatIsNotThereIsNamed() throws {
        let noWorkbook = TestWorkbookWriter.archive([("xl/styles.xml", "<styleSheet/>")])
        let error = try #require(throws: LISOError.self) { try Workbook(bytes: noWorkbook, displayName: "n.xlsx") }
        #expect(error.diagnostics.first?.message.contains("it has no 'xl/workbook.xml'") == true)
    }
}
