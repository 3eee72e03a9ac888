import Testing

@testable import LISO

/// Random well-formed files whose records the generator knows, read in chunks of every small
/// size: the reader must give the generator's fields, quoting and lines whatever the chunking.
@Suite struct CSVReaderStreamingTests {
    /// A generated file and what reading it must give.
    struct Sample {
        var bytes: [UInt8] = []
        var fields: [[String]] = []
        var quoted: [[Bool]] = []
        var lines: [Int] = []
    }

    static func sample(seed: UInt64, delimiter: Character) -> Sample {
        var random = SplitMix64(seed: seed)
        var sample = Sample()
        var text = ""
        var line = 1
        let lineEnds = ["\n", "\r\n", "\r"]
        let plain = Array("abcxyz019 ëö€.'-")
        let inner = plain + ["\"", "\n", "\r\n", "\r", String(delimiter)].flatMap { $0 }
        var previousEnd = ""
        for _ in 0..<Int.random(in: 1...12, using: &random) {
            if Int.random(in: 0..<6, using: &random) == 0 {
                // After a lone CR, a blank LF would join it into one CRLF.
                text += previousEnd == "\r" ? "\r" : lineEnds.randomElement(using: &random)!
                line += 1
            }
            let count = Int.random(in: 2...5, using: &random)
            var fields: [String] = []
            var quoted: [Bool] = []
            var raw: [String] = []
            var breaks = 0
            for _ in 0..<count {
                if Bool.random(using: &random) {
                    var value = ""
                    var written = ""
                    for _ in 0..<Int.random(in: 0...6, using: &random) {
                        let character = inner.randomElement(using: &random)!
                        value.append(character)
                        written += character == "\"" ? "\"\"" : String(character)
                    }
                    breaks += Self.lineBreaks(in: value)
                    fields.append(value)
                    quoted.append(true)
                    raw.append("\"\(written)\"")
                } else {
                    let value = String(
                        (0..<Int.random(in: 0...5, using: &random)).map { _ in plain.randomElement(using: &random)! })
                    fields.append(value)
                    quoted.append(false)
                    raw.append(value)
                }
            }
            text += raw.joined(separator: String(delimiter))
            sample.fields.append(fields)
            sample.quoted.append(quoted)
            sample.lines.append(line)
            line += breaks + 1
            previousEnd = lineEnds.randomElement(using: &random)!
            text += previousEnd
        }
        if Bool.random(using: &random), let last = text.last, last == "\n" || last == "\r\n" || last == "\r" {
            text.removeLast()
        }
        sample.bytes = Array(text.utf8)
        return sample
    }

    /// Line breaks in text, a CR LF pair counting once.
    static func lineBreaks(in text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        var count = 0
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" && (index == 0 || scalars[index - 1] != "\r") { count += 1 }
            if scalar == "\r" { count += 1 }
        }
        return count
    }

    @Test(arguments: [Character(","), ";", "\t"])
    func everyChunkSizeReadsTheGeneratedRecords(delimiter: Character) throws {
        for seed in UInt64(0)..<150 {
            let sample = Self.sample(seed: seed, delimiter: delimiter)
            let dialect = CSVDialect(delimiter: delimiter.asciiValue)
            for chunk in [1, 2, 3, 4, 7, 16, 1 << 20] {
                let records = try CSVTestSupport.records(
                    sample.bytes, dialect: dialect, limits: CSVTestSupport.limits(chunk: chunk))
                #expect(records.map(\.fields) == sample.fields, "seed \(seed) chunk \(chunk)")
                #expect(records.map { r in (0..<r.count).map(r.isQuoted) } == sample.quoted, "seed \(seed)")
                #expect(records.map(\.line) == sample.lines, "seed \(seed) chunk \(chunk)")
            }
        }
    }

    @Test func aFileLongerThanManyChunksReadsEveryRecord() throws {
        var text = "id,text,score\n"
        for index in 0..<5_000 { text += "\(index),\"regel \(index)\nvervolg, met komma\",\(index % 5 + 1)\r\n" }
        let records = try CSVTestSupport.records(Array(text.utf8), limits: CSVTestSupport.limits(chunk: 4_096))
        #expect(records.count == 5_001)
        #expect(records.last?.fields == ["4999", "regel 4999\nvervolg, met komma", "5"])
        #expect(records.last?.line == 2 + 2 * 4_999)
    }

    @Test func hostileBytesGiveTheSameRecordsAndFaultWhateverTheChunking() throws {
        var random = SplitMix64(seed: 11)
        let alphabet: [UInt8] = Array("ab,;\"\"\r\n\n".utf8) + [0x00, 0xC3, 0xA9, 0xFF, 0x09]
        var limits = CSVReaderLimits.standard
        limits.maximumFieldBytes = 12
        limits.maximumFields = 6
        limits.maximumRecordBytes = 40
        for _ in 0..<1_500 {
            let bytes = (0..<Int.random(in: 0...60, using: &random)).map { _ in alphabet.randomElement(using: &random)!
            }
            func read(chunk: Int) -> (records: [CSVRecord], error: LISOError?) {
                var chunked = limits
                chunked.chunkBytes = chunk
                var reader = CSVReader(bytes: bytes, displayName: "h.csv", dialect: .automatic, limits: chunked)
                var records: [CSVRecord] = []
                do {
                    try reader.forEachRecord { records.append($0) }
                    return (records, nil)
                } catch {
                    return (records, error as? LISOError)
                }
            }
            let whole = read(chunk: 1 << 20)
            for chunk in [1, 2, 5] {
                let pieces = read(chunk: chunk)
                #expect(pieces.records == whole.records, "\(bytes) in chunks of \(chunk)")
                #expect(pieces.error == whole.error, "\(bytes) in chunks of \(chunk)")
            }
        }
    }
}
