import Foundation
import Testing

@testable import LISO

@Suite struct InputKindTests {
    @Test(arguments: [
        ("kinds/legacy.xls", InputKind.legacyWorkbook),
        ("kinds/protected.xlsx", .protectedWorkbook),
        ("kinds/document.doc", .textDocument),
        ("kinds/document.docx", .textDocument),
        ("kinds/spreadsheet.ods", .openDocumentSpreadsheet),
        ("kinds/binary-workbook.xlsb", .binaryWorkbook),
        ("kinds/archive.zip", .zipArchive),
        ("kinds/document.pdf", .pdf),
        ("kinds/page.html", .webPage),
        ("kinds/spreadsheet-2003.xml", .xmlSpreadsheet),
        ("kinds/random.bin", .binary),
        ("kinds/utf16-without-bom.csv", .text),
        ("cells.xlsx", .workbook),
        ("zip64.xlsx", .workbook),
        ("faults/truncated.xlsx", .workbook),
        ("faults/encrypted-entry.xlsx", .workbook),
    ])
    func eachFileIsToldByItsBytes(_ path: String, _ kind: InputKind) throws {
        #expect(InputKind.detect(bytes: try WorkbookTestSupport.bytes(path)) == kind)
        #expect(try InputKind.detect(contentsOf: WorkbookTestSupport.url(path), displayName: path) == kind)
    }

    @Test func everyCSVFixtureIsText() throws {
        let folders = ["Fixtures/CSV", "Fixtures/Exports"].map { PackagePaths.root.appendingPathComponent($0) }
        var count = 0
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".csv") {
                let url = folder.appendingPathComponent(name)
                #expect(try InputKind.detect(contentsOf: url, displayName: name) == .text, "\(name)")
                count += 1
            }
        }
        #expect(count > 15)
    }

    @Test func emptyAndShortFilesAreText() {
        #expect(InputKind.detect(bytes: []) == .text)
        #expect(InputKind.detect(bytes: Array("a".utf8)) == .text)
        // One NUL in a short CSV is the CSV reader's to report, with its place.
        #expect(InputKind.detect(bytes: Array("a,b\n1,x\u{0}y\n".utf8)) == .text)
        #expect(InputKind.detect(bytes: [0xFF, 0xFE, 0x61, 0x00]) == .text)
    }

    @Test func theLegacyWorkbookMessageNamesItAndWhatToDo() throws {
        let error = try #require(InputKind.legacyWorkbook.unreadableError(file: "x.xls"))
        #expect(error.kind == .inputUnusable)
        #expect(
            error.description
                == "x.xls: error: the file is an Excel 97–2003 workbook (.xls), which liso cannot read; "
                + "open it in Excel and save it as .xlsx or as CSV UTF-8")
    }

    @Test func everyKindLiSOCannotReadHasOneErrorThatSaysWhatToDo() throws {
        for kind in InputKind.allCases {
            guard let error = kind.unreadableError(file: "f") else {
                #expect(kind == .text || kind == .workbook)
                continue
            }
            #expect(!kind.isReadable)
            #expect(error.diagnostics.count == 1)
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.kind == "unsupported-file")
            #expect(diagnostic.message.hasPrefix("the file is "))
            #expect(diagnostic.message.contains("which liso cannot read; "))
            #expect(diagnostic.message.contains(".xlsx"))
            #expect(!diagnostic.message.contains("utf-16"))
        }
    }

    @Test func aZIPArchiveIsDetectedFromItsDirectoryWithoutReadingTheEntries() throws {
        // A large stored entry before the directory: detection reads the start and the end.
        var big = TestWorkbookWriter.archive([
            ("data.bin", String(repeating: "x", count: 3_000_000)), ("xl/workbook.xml", "<workbook/>"),
        ])
        #expect(InputKind.detect(bytes: big) == .workbook)
        big.removeLast(10)
        #expect(InputKind.detect(bytes: big) == .zipArchive)
    }
}
