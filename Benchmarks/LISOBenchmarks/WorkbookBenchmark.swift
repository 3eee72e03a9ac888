import Foundation
import LISO

/// The workbook reader on a synthetic export written as `.xlsx`: inflating the sheet alone,
/// reading the sheet into records, and reading and decoding it with ``ExportReader``, next to the
/// CSV reader on the same rows.
///
/// `LISOBenchmarks workbook [FILE] [--rows N]`: without FILE, a seeded synthetic export of N rows
/// (default 100,000) is written as a workbook (numbers as numbers, texts as shared strings, the
/// sheet and strings deflated by ``DeflateEncoder``); with FILE, that workbook is read.
enum WorkbookBenchmark {
    /// A workbook of `csv`'s rows, and the sheet's XML and compressed bytes.
    struct Generated {
        var workbook: [UInt8]
        var sheetXML: [UInt8]
        var sheetDeflated: [UInt8]
    }

    /// Writes the records of `csv` as a workbook.
    static func workbook(fromCSV csv: [UInt8]) throws -> Generated {
        var reader = CSVReader(bytes: csv, displayName: "export.csv")
        var strings: [String: Int] = [:]
        var stringList: [String] = []
        var sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        var row = 0
        try reader.forEachRecord { record in
            row += 1
            sheet += "<row r=\"\(row)\">"
            for (column, text) in record.fields.enumerated() where !text.isEmpty {
                let reference = letters(column) + String(row)
                if text.allSatisfy(\.isNumber), text.count < 10 {
                    sheet += "<c r=\"\(reference)\"><v>\(text)</v></c>"
                } else {
                    let index =
                        strings[text]
                        ?? {
                            strings[text] = stringList.count
                            stringList.append(text)
                            return stringList.count - 1
                        }()
                    sheet += "<c r=\"\(reference)\" t=\"s\"><v>\(index)</v></c>"
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let shared =
            "<sst xmlns=\"\(main)\">"
            + stringList.map { "<si><t xml:space=\"preserve\">\(escaped($0))</t></si>" }.joined() + "</sst>"
        let sheetXML = Array(sheet.utf8)
        let sheetDeflated = DeflateEncoder.compress(sheetXML)
        let parts: [(String, [UInt8])] = [
            (
                "xl/workbook.xml",
                Array(
                    ("<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>"
                        + "<sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").utf8)
            ),
            (
                "xl/_rels/workbook.xml.rels",
                Array(
                    ("<Relationships><Relationship Id=\"rId1\" Type=\"\(relationships)/worksheet\" "
                        + "Target=\"worksheets/sheet1.xml\"/></Relationships>").utf8)
            ),
            ("xl/sharedStrings.xml", Array(shared.utf8)), ("xl/worksheets/sheet1.xml", sheetXML),
        ]
        return Generated(workbook: zip(parts), sheetXML: sheetXML, sheetDeflated: sheetDeflated)
    }

    /// A ZIP archive of deflated entries.
    static func zip(_ entries: [(name: String, data: [UInt8])]) -> [UInt8] {
        var output: [UInt8] = []
        var directory: [UInt8] = []
        func le16(_ value: Int, _ bytes: inout [UInt8]) { bytes += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func le32(_ value: Int, _ bytes: inout [UInt8]) {
            le16(value & 0xFFFF, &bytes)
            le16(value >> 16 & 0xFFFF, &bytes)
        }
        for (name, data) in entries {
            let stored = DeflateEncoder.compress(data)
            let nameBytes = Array(name.utf8)
            let crc = Int(CRC32.checksum(data))
            let offset = output.count
            le32(0x0403_4B50, &output)
            for value in [20, 0x800, 8, 0, 0x21] { le16(value, &output) }
            for value in [crc, stored.count, data.count] { le32(value, &output) }
            le16(nameBytes.count, &output)
            le16(0, &output)
            output += nameBytes + stored
            le32(0x0201_4B50, &directory)
            for value in [20, 20, 0x800, 8, 0, 0x21] { le16(value, &directory) }
            for value in [crc, stored.count, data.count] { le32(value, &directory) }
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

    private static func letters(_ column: Int) -> String {
        var number = column + 1
        var text = ""
        while number > 0 {
            number -= 1
            text = String(UnicodeScalar(UInt8(65 + number % 26))) + text
            number /= 26
        }
        return text
    }

    private static func escaped(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    }

    /// Runs the benchmark and returns its report.
    static func run(file: String?, rows: Int, runs: Int = 3) throws -> String {
        var report = ""
        let bytes: [UInt8]
        var csv: [UInt8]?
        var sheetMB: Double?
        if let file {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            report += "workbook \(file): \(format(Double(bytes.count) / 1e6)) MB\n"
        } else {
            let export = SyntheticExport(instrument: .lisoFull, rows: rows, seed: 42).bytes()
            csv = export
            let generated = try workbook(fromCSV: export)
            bytes = generated.workbook
            sheetMB = Double(generated.sheetXML.count) / 1e6
            report += "synthetic export, \(rows) rows: CSV \(format(Double(export.count) / 1e6)) MB, workbook "
            report += "\(format(Double(bytes.count) / 1e6)) MB, sheet XML \(format(sheetMB ?? 0)) MB "
            report += "(deflated \(format(Double(generated.sheetDeflated.count) / 1e6)) MB); best of \(runs)\n"
            var check: [UInt8] = []
            _ = try generated.sheetDeflated.withUnsafeBufferPointer { input in
                try Inflater.inflate(input, limit: 1 << 31) { check.append(contentsOf: $0) }
            }
            guard check == generated.sheetXML else { return report + "INFLATED SHEET DIFFERS\n" }
            var crc = CRC32()
            let inflate = try CSVReaderBenchmark.best(of: runs) {
                crc = CRC32()
                _ = try generated.sheetDeflated.withUnsafeBufferPointer { input in
                    try Inflater.inflate(input, limit: 1 << 31) { crc.update($0) }
                }
            }
            report += line("inflate + CRC-32", inflate, megabytes: sheetMB ?? 0, rows: nil)
        }
        var records = 0
        var sheetBytes = 0
        let reading = try CSVReaderBenchmark.best(of: runs) {
            let workbook = try Workbook(bytes: bytes, displayName: "bench.xlsx")
            records = 0
            sheetBytes = 0
            try workbook.forEachRecord { record in
                records += 1
                sheetBytes += record.count
            }
        }
        // MB/s of the sheet's XML when it is known, else of the workbook file.
        let measured = sheetMB ?? Double(bytes.count) / 1e6
        report += line("workbook → records", reading, megabytes: measured, rows: records)
        if let csv {
            let reader = ExportReader(instrument: .lisoFull)
            var respondents = 0
            let decoding = try CSVReaderBenchmark.best(of: runs) {
                let workbook = try Workbook(bytes: bytes, displayName: "bench.xlsx")
                respondents = try reader.read(workbook: workbook) { _ in }.respondents
            }
            report += line("workbook → responses", decoding, megabytes: measured, rows: records)
            var csvRespondents = 0
            let text = try CSVReaderBenchmark.best(of: runs) {
                csvRespondents = try reader.read(bytes: csv, displayName: "bench.csv") { _ in }.respondents
            }
            report += line("CSV → responses", text, megabytes: Double(csv.count) / 1e6, rows: records)
            report += "  respondents: \(respondents) from the workbook, \(csvRespondents) from the CSV\n"
        }
        if let peak = CSVReaderBenchmark.peakMemoryMiB() { report += "  peak memory: \(format(peak)) MiB\n" }
        return report
    }

    private static func line(_ name: String, _ timing: CSVReaderBenchmark.Timing, megabytes: Double, rows: Int?)
        -> String
    {
        var text = "  " + name.padding(toLength: 24, withPad: " ", startingAt: 0)
        text += String(
            format: "%.3f s wall, %.3f s cpu  %6.1f MB/s cpu", timing.wall, timing.cpu, megabytes / timing.cpu)
        if let rows { text += String(format: "  %9.0f rows/s cpu", Double(rows) / timing.cpu) }
        text += "\n"
        return text
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
