import Foundation
import Testing

@testable import LISO

@Suite struct CSVReaderEncodingTests {
    private let text = "naam;rol;noot\nJoëlle;Coördinator;\"€ 5,–\"\nŠárka;trekker;😀\n"

    private func read(_ bytes: [UInt8], chunk: Int) throws -> (rows: [[String]], reader: CSVReader) {
        var reader = CSVReader(
            bytes: bytes, displayName: "e.csv", dialect: .automatic, limits: CSVTestSupport.limits(chunk: chunk))
        var rows: [[String]] = []
        try reader.forEachRecord { rows.append($0.fields) }
        return (rows, reader)
    }

    private var expected: [[String]] {
        [["naam", "rol", "noot"], ["Joëlle", "Coördinator", "€ 5,–"], ["Šárka", "trekker", "😀"]]
    }

    @Test func aUTF8ByteOrderMarkIsSkipped() throws {
        let (rows, reader) = try read([0xEF, 0xBB, 0xBF] + Array(text.utf8), chunk: 1 << 20)
        #expect(rows == expected)
        #expect(reader.encoding == .utf8)
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func utf8SplitAcrossChunksStaysUTF8WithoutWarning() throws {
        for chunk in 1...9 {
            let (rows, reader) = try read(Array(text.utf8), chunk: chunk)
            #expect(rows == expected, "chunk \(chunk)")
            #expect(reader.encoding == .utf8)
            #expect(reader.diagnostics.isEmpty)
        }
    }

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func utf16WithAByteOrderMarkIsTranscoded(encoding: String.Encoding) throws {
        let mark: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        let bytes = mark + Array(try #require(text.data(using: encoding)))
        for chunk in [1, 2, 3, 5, 8, 1 << 20] {
            let (rows, reader) = try read(bytes, chunk: chunk)
            #expect(rows == expected, "chunk \(chunk)")
            #expect(reader.encoding == (encoding == .utf16LittleEndian ? .utf16LittleEndian : .utf16BigEndian))
            #expect(reader.delimiter == UInt8(ascii: ";"))
            #expect(reader.diagnostics.isEmpty)
        }
    }

    @Test func anUnpairedSurrogateBecomesAReplacementWithAWarning() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x00, 0xD8, 0x62, 0x00, 0x0A, 0x00]
        let (rows, reader) = try read(bytes, chunk: 3)
        #expect(rows == [["a"], ["\u{FFFD}b"]])
        #expect(reader.diagnostics.map(\.kind) == [.invalidUTF16])
    }

    @Test func windows1252IsReadWhenTheFileIsNotUTF8WithOneWarningNamingIt() throws {
        let latin = "naam;rol\nJoëlle;Coördinator\nAnaïs;“trekker” – €\n"
        let bytes = Array(try #require(latin.data(using: .windowsCP1252)))
        for chunk in [1, 2, 7, 1 << 20] {
            let (rows, reader) = try read(bytes, chunk: chunk)
            #expect(
                rows == [["naam", "rol"], ["Joëlle", "Coördinator"], ["Anaïs", "“trekker” – €"]], "chunk \(chunk)")
            #expect(reader.encoding == .windows1252)
            #expect(reader.diagnostics.count == 1)
            #expect(reader.diagnostics.first?.kind == .encodingFallback)
            #expect(reader.diagnostics.first?.message.contains("'windows-1252'") == true)
        }
    }

    @Test func aWindows1252ByteFarIntoTheFileIsStillDecoded() throws {
        let latin = "a,b\n" + String(repeating: "1,2\n", count: 500) + "Coördinator,3\n"
        let bytes = Array(try #require(latin.data(using: .windowsCP1252)))
        let (rows, reader) = try read(bytes, chunk: 64)
        #expect(rows.last == ["Coördinator", "3"])
        #expect(reader.encoding == .windows1252)
    }

    @Test func anInvalidByteAfterValidUTF8IsOneWarningWhateverTheChunking() throws {
        let bytes = Array("a,b\nJoëlle,1\n".utf8) + [0x78, 0xFF, 0x2C, 0x33, 0x0A] + Array("é,2\n".utf8)
        for chunk in [1, 3, 1 << 20] {
            let (rows, reader) = try read(bytes, chunk: chunk)
            #expect(reader.encoding == .utf8)
            #expect(reader.diagnostics.map(\.kind) == [.invalidUTF8], "chunk \(chunk)")
            #expect(rows[2] == ["x\u{FFFD}", "3"])
            #expect(rows[3] == ["é", "2"])
        }
    }

    @Test func aLoneLeadByteAtTheEndIsWindows1252() throws {
        let (rows, reader) = try read([0x61, 0x0A, 0x62, 0xC3], chunk: 2)
        #expect(rows == [["a"], ["bÃ"]])
        #expect(reader.encoding == .windows1252)
    }

    @Test func theFiveUnassignedWindows1252BytesBecomeC1Controls() {
        var output: [UInt8] = []
        for byte: UInt8 in [0x81, 0x8D, 0x8F, 0x90, 0x9D] { TextEncoding.appendWindows1252(byte, to: &output) }
        #expect(String(decoding: output, as: UTF8.self).unicodeScalars.map(\.value) == [0x81, 0x8D, 0x8F, 0x90, 0x9D])
    }

    @Test func windows1252AgreesWithFoundationOnEveryAssignedByte() throws {
        for byte in UInt8(0x80)...UInt8(0xFF) where ![0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(byte) {
            var output: [UInt8] = []
            TextEncoding.appendWindows1252(byte, to: &output)
            let foundation = try #require(String(data: Data([byte]), encoding: .windowsCP1252))
            #expect(String(decoding: output, as: UTF8.self) == foundation, "byte \(byte)")
        }
    }

    @Test func theUTF8CheckAgreesWithTheStandardLibrary() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 8)
            let bytes = (0..<length).map { _ in
                UInt8(truncatingIfNeeded: generator.next() % 5 == 0 ? generator.next() : generator.next() | 0x80)
            }
            let check = bytes.withUnsafeBufferPointer { TextEncoding.checkUTF8($0) }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect((!check.invalid && check.truncatedAt == nil) == valid, "\(bytes)")
        }
    }
}
