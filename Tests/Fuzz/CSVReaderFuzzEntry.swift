// The libFuzzer entry for the CSV reader. Not a SwiftPM target: `run-fuzzer.sh` compiles it with
// the reader's sources into one module.
//
// The first input byte picks a chunk size, the delimiter and the limits; the rest is the file.
// Every input must read to records or to one clear `LISOError`, the same whatever the chunk size,
// and every record must satisfy the reader's invariants. A violation traps, which libFuzzer reports.

/// Reads `bytes` completely and returns the records' fields and quoting, or the error.
private func readAll(_ bytes: [UInt8], dialect: CSVDialect, limits: CSVReaderLimits) -> (
    records: [CSVRecord], error: LISOError?, diagnostics: [Diagnostic], encoding: TextEncoding
) {
    var reader = CSVReader(bytes: bytes, displayName: "fuzz.csv", dialect: dialect, limits: limits)
    var records: [CSVRecord] = []
    do {
        while let record = try reader.next() {
            precondition(record.count >= 1, "a record has no field")
            precondition(record.line >= 1 && record.line <= bytes.count + 1, "a record's line is out of range")
            for index in 0..<record.count {
                record.withUTF8(ofField: index) { field in
                    precondition(field.count <= limits.maximumFieldBytes * 3, "a field is over the limit")
                }
                if record.isBare(index) { precondition(record[index].isEmpty, "a bare field holds text") }
            }
            precondition(record.count <= limits.maximumFields, "a record is over the field limit")
            records.append(record)
        }
        return (records, nil, reader.diagnostics, reader.encoding)
    } catch {
        precondition(error.kind == .inputUnusable, "a fault is not 'inputUnusable'")
        precondition(error.diagnostics.count == 1, "a fault has not exactly one diagnostic")
        precondition(error.diagnostics[0].line != nil, "a fault has no line")
        return (records, error, reader.diagnostics, reader.encoding)
    }
}

/// libFuzzer calls this with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let control = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let delimiters: [UInt8?] = [nil, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
    let dialect = CSVDialect(delimiter: delimiters[Int(control & 3)])
    var limits = CSVReaderLimits.standard
    if control & 4 != 0 {
        limits.maximumFieldBytes = 40
        limits.maximumFields = 12
        limits.maximumRecordBytes = 200
        limits.listedWarningsPerKind = 3
    }
    let whole = readAll(bytes, dialect: dialect, limits: limits)
    var chunked = limits
    chunked.chunkBytes = Int(control >> 3) + 1
    let pieces = readAll(bytes, dialect: dialect, limits: chunked)
    precondition(whole.records == pieces.records, "chunked reading gave other records")
    precondition(whole.error == pieces.error, "chunked reading gave another error")
    // How far a reader got before a fault depends on the chunking, and with it whether it saw
    // the bytes that settle the encoding; the encoding warning comes when the encoding is settled.
    func comparable(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.filter { whole.error == nil || !$0.kind.isEncoding }.map(\.description).sorted()
    }
    if whole.error == nil { precondition(whole.encoding == pieces.encoding, "chunked reading chose another encoding") }
    precondition(comparable(whole.diagnostics) == comparable(pieces.diagnostics), "chunked reading gave other warnings")
    return 0
}
