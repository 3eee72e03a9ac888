@testable import LISO

/// Writes small workbooks inside a test: the parts of a minimal `.xlsx` in a ZIP archive of
/// stored entries. For cases too specific for a fixture file; `make-workbooks.py` writes the rest.
enum TestWorkbookWriter {
    /// A workbook whose first sheet has `rows` (the XML inside `<sheetData>`), with `strings` as
    /// its shared strings.
    static func workbook(rows: String, strings: [String] = []) -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let items = strings.map { "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined()
        return archive([
            (
                "xl/workbook.xml",
                "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>"
                    + "<sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                "<Relationships><Relationship Id=\"rId1\" "
                    + "Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
            ),
            ("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">\(items)</sst>"),
            ("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(main)\"><sheetData>\(rows)</sheetData></worksheet>"),
        ])
    }

    /// A ZIP archive of stored entries holding texts.
    static func archive(_ entries: [(name: String, text: String)]) -> [UInt8] {
        archive(bytes: entries.map { ($0.name, Array($0.text.utf8)) })
    }

    /// A ZIP archive of stored entries.
    static func archive(bytes entries: [(name: String, data: [UInt8])]) -> [UInt8] {
        var output: [UInt8] = []
        var directory: [UInt8] = []
        func le16(_ value: Int, _ bytes: inout [UInt8]) { bytes += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func le32(_ value: Int, _ bytes: inout [UInt8]) {
            le16(value & 0xFFFF, &bytes)
            le16(value >> 16 & 0xFFFF, &bytes)
        }
        for (name, data) in entries {
            let nameBytes = Array(name.utf8)
            let crc = Int(CRC32.checksum(data))
            let offset = output.count
            le32(0x0403_4B50, &output)
            for value in [20, 0x800, 0, 0, 0x21] { le16(value, &output) }
            for value in [crc, data.count, data.count] { le32(value, &output) }
            le16(nameBytes.count, &output)
            le16(0, &output)
            output += nameBytes + data
            le32(0x0201_4B50, &directory)
            for value in [20, 20, 0x800, 0, 0, 0x21] { le16(value, &directory) }
            for value in [crc, data.count, data.count] { le32(value, &directory) }
            for value in [nameBytes.count, 0, 0, 0, 0] { le16(value, &directory) }
            le32(0, &directory)
            le32(offset, &directory)
            directory += nameBytes
        }
        let directoryOffset = output.count
        output += directory
        le32(0x0605_4B50, &output)
        for value in [0, 0, entries.count, entries.count] { le16(value, &output) }
        le32(directory.count, &output)
        le32(directoryOffset, &output)
        le16(0, &output)
        return output
    }
}
