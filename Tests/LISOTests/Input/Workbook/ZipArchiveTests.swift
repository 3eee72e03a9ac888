import Testing

@testable import LISO

@Suite struct ZipArchiveTests {
    private func archive(_ bytes: [UInt8]) throws -> ZipArchive {
        try ZipArchive(size: bytes.count) { Array(bytes[$0]) }
    }

    @Test func zip64RecordsGiveTheSizesAndOffsets() throws {
        let bytes = try WorkbookTestSupport.bytes("zip64.xlsx")
        let zip = try archive(bytes)
        #expect(zip.entries.count == 7)
        let sheet = try #require(zip.entry(named: "xl/worksheets/sheet1.xml"))
        #expect(sheet.uncompressedSize > 0)
        #expect(sheet.localHeaderOffset > 0)
        let range = try zip.dataRange(of: sheet, size: bytes.count) { Array(bytes[$0]) }
        let data = try bytes[range].withUnsafeBufferPointer { try ZipArchive.extract(sheet, from: $0, limit: 1 << 20) }
        #expect(data.count == sheet.uncompressedSize)
        #expect(String(decoding: data, as: UTF8.self).hasPrefix("<?xml"))
    }

    @Test func namesWithoutTheUTF8FlagAreCodePage437() throws {
        var bytes = TestWorkbookWriter.archive([("caf?.txt", "x")])
        // Clear the UTF-8 flag (offset 7 in the local header, 9 in the directory) and write 0x81.
        let directory = bytes.count - 22 - (46 + 8)
        bytes[7] = 0
        bytes[directory + 9] = 0
        bytes[30 + 3] = 0x81
        bytes[directory + 46 + 3] = 0x81
        #expect(try archive(bytes).entries.first?.name == "caf\u{FC}.txt")
    }

    @Test func namesAreFoundWhateverTheirCaseAndSeparators() throws {
        let plain = TestWorkbookWriter.workbook(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
        let zip = try archive(plain)
        #expect(zip.entry(named: "XL/Workbook.XML") != nil)
        #expect(ZipEntry.name(Array("xl\\workbook.xml".utf8)[...], utf8: true) == "xl/workbook.xml")
    }

    @Test func relationshipTargetsResolveAgainstTheirFolder() {
        #expect(Relationships.resolve("worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(Relationships.resolve("/xl/sharedStrings.xml", from: "xl") == "xl/sharedStrings.xml")
        #expect(Relationships.resolve("../xl/./styles.xml", from: "xl") == "xl/styles.xml")
        #expect(Relationships.resolve("worksheets\\sheet2.xml", from: "xl") == "xl/worksheets/sheet2.xml")
    }

    @Test func aDirectoryPointingOutsideTheFileIsDamaged() throws {
        var bytes = TestWorkbookWriter.archive([("a.txt", "abc")])
        bytes[bytes.count - 6] = 0xFF  // the directory's offset
        #expect(throws: WorkbookFault.self) { try archive(bytes) }
        #expect(throws: WorkbookFault.self) { try archive([0x50, 0x4B, 0x05, 0x06]) }
    }
}
