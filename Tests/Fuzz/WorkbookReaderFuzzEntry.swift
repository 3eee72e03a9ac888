// The libFuzzer entry for the workbook reader (ZIP + inflate + XML + cells). Not a SwiftPM target:
// `run-fuzzer.sh workbook` compiles it with the reader's sources and the tests' naive DEFLATE
// decoder into one module.
//
// The first input byte picks what the rest is and the limits:
//   mode 0: a whole .xlsx file;
//   mode 1: the first worksheet's XML, put into a workbook with fixed shared strings and styles;
//   mode 2: the shared strings' XML, with a fixed worksheet that shows strings 0 to 11;
//   mode 3: the styles' XML, with a fixed worksheet of numbers in cell formats 0 to 11;
//   mode 4: a raw DEFLATE stream.
// Every input must read to records or to one clear `LISOError`, and the records must keep the
// reader's invariants. Whatever the size of the pieces inflated and scanned, the records are the
// same and so is whether it fails; with stored entries (modes 1 to 3) so is the error itself
// (a deflated entry can fail in its XML before or after the damage that stops inflating, depending
// on the pieces). Inflating must agree with the naive decoder. A violation traps, which libFuzzer
// reports.

/// A ZIP archive of stored entries.
private func storedArchive(_ entries: [(name: String, data: [UInt8])]) -> [UInt8] {
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

private let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
private let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

/// A workbook whose sheet, shared strings and styles are the given XML.
private func workbook(sheet: [UInt8], strings: [UInt8], styles: [UInt8]) -> [UInt8] {
    let book =
        "<x:workbook xmlns:x=\"\(main)\" xmlns:r=\"\(relationships)\"><x:workbookPr date1904=\"0\"/>"
        + "<x:sheets><x:sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></x:sheets></x:workbook>"
    let rels =
        "<Relationships><Relationship Id=\"rId1\" Type=\"\(relationships)/worksheet\" "
        + "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"\(relationships)/styles\" "
        + "Target=\"/xl/styles.xml\"/></Relationships>"
    return storedArchive([
        ("xl/workbook.xml", Array(book.utf8)), ("xl/_rels/workbook.xml.rels", Array(rels.utf8)),
        ("xl/sharedStrings.xml", strings), ("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml", sheet),
    ])
}

private let fixedStrings = Array(
    ("<sst xmlns=\"\(main)\">"
        + (0..<12).map { "<si><t xml:space=\"preserve\">s\($0) &amp; _x000D_</t></si>" }.joined() + "</sst>").utf8)
private let fixedStyles = Array(
    ("<styleSheet xmlns=\"\(main)\"><numFmts><numFmt numFmtId=\"164\" formatCode=\"d-m-yyyy h:mm:ss.00\"/>"
        + "</numFmts><cellXfs>"
        + [0, 14, 22, 164, 46, 47, 18, 0, 49, 20, 21, 15].map { "<xf numFmtId=\"\($0)\"/>" }
        .joined() + "</cellXfs></styleSheet>").utf8)
private let stringsSheet = Array(
    ("<worksheet xmlns=\"\(main)\"><sheetData><row r=\"1\">"
        + (0..<12).map { "<c t=\"s\"><v>\($0)</v></c>" }.joined() + "</row></sheetData></worksheet>").utf8)
private let numbersSheet = Array(
    ("<worksheet xmlns=\"\(main)\"><sheetData><row r=\"1\">"
        + (0..<12).map { "<c s=\"\($0)\"><v>\(44_314.4734606481 + Double($0) * 1.37)</v></c>" }.joined()
        + "</row></sheetData></worksheet>").utf8)

/// Reads every record of `bytes` as a workbook, or the error.
private func readAll(_ bytes: [UInt8], limits: WorkbookLimits) -> (records: [CSVRecord], error: LISOError?) {
    var records: [CSVRecord] = []
    do {
        let book = try Workbook(bytes: bytes, displayName: "fuzz.xlsx", limits: limits)
        precondition(!book.worksheetNames.isEmpty, "a workbook without worksheets opened")
        var previous = 0
        try book.forEachRecord { record in
            precondition(record.line > previous, "rows are out of order")
            precondition(record.line <= CellReference.maximumRows, "a row is past the last row")
            precondition(record.count >= 1 && record.count <= CellReference.maximumColumns, "a row's width is wrong")
            previous = record.line
            records.append(record)
        }
        return (records, nil)
    } catch let error as LISOError {
        precondition(error.kind == .inputUnusable, "a fault is not 'inputUnusable'")
        precondition(error.diagnostics.count == 1, "a fault has not exactly one diagnostic")
        precondition(error.diagnostics[0].severity == .error, "a fault is not an error")
        precondition(error.diagnostics[0].file == "fuzz.xlsx", "a fault names another file")
        return (records, error)
    } catch {
        preconditionFailure("an error that is not a LISOError: \(error)")
    }
}

/// Reads `bytes` with large and with small pieces; both must agree, on the error too when `sameError`.
private func checkWorkbook(_ bytes: [UInt8], control: UInt8, sameError: Bool) {
    var limits = WorkbookLimits.standard
    if control & 0x08 != 0 {
        limits.maximumPartBytes = 4_096
        limits.maximumTotalBytes = 12_000
        limits.maximumTokenBytes = 300
    }
    let whole = readAll(bytes, limits: limits)
    var pieces = limits
    pieces.chunkBytes = Int(control >> 4) + 1
    let small = readAll(bytes, limits: pieces)
    precondition((whole.error == nil) == (small.error == nil), "small pieces changed whether it reads")
    if sameError { precondition(whole.error == small.error, "small pieces gave another error") }
    if whole.error == nil { precondition(whole.records == small.records, "small pieces gave other records") }
}

/// Inflates `bytes` whole and in small pieces, and compares with the naive decoder.
private func checkInflate(_ bytes: [UInt8], control: UInt8) {
    let limit = 1 << 20
    func inflate(chunk: Int) -> Result<[UInt8], Inflater.Failure> {
        var output: [UInt8] = []
        do {
            let count = try bytes.withUnsafeBufferPointer { input in
                try Inflater.inflate(input, limit: limit, chunkBytes: chunk) { piece in
                    precondition(piece.count <= chunk, "a piece is larger than asked")
                    output.append(contentsOf: piece)
                }
            }
            precondition(count == output.count, "the count is not the output's")
            return .success(output)
        } catch let failure as Inflater.Failure {
            return .failure(failure)
        } catch {
            preconditionFailure("inflating threw \(error)")
        }
    }
    let whole = inflate(chunk: 1 << 20)
    let small = inflate(chunk: Int(control >> 4) + 1)
    switch (whole, small) {
    case (.success(let a), .success(let b)): precondition(a == b, "small pieces inflated otherwise")
    case (.failure, .failure): break
    default: preconditionFailure("small pieces changed whether inflating works")
    }
    if case .success(let output) = whole, output.count <= 65_536, let naive = try? NaiveInflater.inflate(bytes) {
        precondition(naive == output, "the naive decoder reads it otherwise")
    }
}

/// libFuzzer calls this with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbookReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let control = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    switch control & 7 {
    case 0: checkWorkbook(bytes, control: control, sameError: false)
    case 1:
        let book = workbook(sheet: bytes, strings: fixedStrings, styles: fixedStyles)
        checkWorkbook(book, control: control, sameError: true)
    case 2:
        let book = workbook(sheet: stringsSheet, strings: bytes, styles: fixedStyles)
        checkWorkbook(book, control: control, sameError: true)
    case 3:
        let book = workbook(sheet: numbersSheet, strings: fixedStrings, styles: bytes)
        checkWorkbook(book, control: control, sameError: true)
    case 4: checkInflate(bytes, control: control)
    default:
        // Detection must never crash, whatever the bytes.
        _ = InputKind.detect(bytes: bytes)
    }
    return 0
}
