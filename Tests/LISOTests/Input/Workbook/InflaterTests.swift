import Foundation
import Testing

@testable import LISO

@Suite struct InflaterTests {
    struct Case: Decodable {
        var kind: String
        var level: Int
        var strategy: String
        var size: Int
        var crc32: UInt32
        var deflate: String

        var bytes: [UInt8] { [UInt8](Data(base64Encoded: deflate)!) }
    }

    /// zlib's streams at every level and strategy (`Fixtures/Workbooks/deflate-corpus.json`).
    static let corpus: [Case] = {
        struct File: Decodable { var cases: [Case] }
        let url = WorkbookTestSupport.url("deflate-corpus.json")
        return (try? JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases) ?? []
    }()

    @Test func theCorpusHasEveryBlockTypeAndLongInputs() {
        #expect(Self.corpus.count == 200)
        #expect(Set(Self.corpus.map(\.strategy)).count == 5)
        #expect(Self.corpus.contains { $0.level == 0 && $0.size > 0 })
        #expect(Self.corpus.contains { $0.size > 2 * Inflater.window })
    }

    @Test func everyZlibStreamInflatesToItsLengthAndChecksum() throws {
        for item in Self.corpus {
            let output = try Inflater.inflate(item.bytes)
            #expect(output.count == item.size, "\(item.kind) level \(item.level) \(item.strategy)")
            #expect(CRC32.checksum(output) == item.crc32, "\(item.kind) level \(item.level) \(item.strategy)")
        }
    }

    @Test func everyZlibStreamInflatesAsTheNaiveDecoderReadsIt() throws {
        for item in Self.corpus where item.size <= 20_000 {
            #expect(try Inflater.inflate(item.bytes) == NaiveInflater.inflate(item.bytes), "\(item.kind) \(item.level)")
        }
    }

    @Test func smallPiecesGiveTheSameOutputAsOnePiece() throws {
        for item in Self.corpus where item.size > 5_000 {
            var pieces: [UInt8] = []
            var largest = 0
            _ = try item.bytes.withUnsafeBufferPointer { input in
                try Inflater.inflate(input, limit: 1 << 30, chunkBytes: 777) { piece in
                    largest = max(largest, piece.count)
                    pieces.append(contentsOf: piece)
                }
            }
            #expect(largest <= 777)
            #expect(pieces == (try Inflater.inflate(item.bytes)))
        }
    }

    @Test func aStreamCutShortIsDamagedNotRunPastItsEnd() throws {
        var random = SplitMix64(seed: 1951)
        for item in Self.corpus where item.size > 1_000 {
            let bytes = item.bytes
            let cut = Int(random.next() % UInt64(bytes.count - 1))
            #expect(throws: Inflater.Failure.self) { try Inflater.inflate(Array(bytes[..<cut])) }
        }
    }

    @Test func outputPastTheLimitStopsWithTooLarge() throws {
        let item = try #require(Self.corpus.first { $0.size > 40_000 })
        #expect(throws: Inflater.Failure.tooLarge) { try Inflater.inflate(item.bytes, limit: item.size - 1) }
        #expect(try Inflater.inflate(item.bytes, limit: item.size).count == item.size)
    }

    @Test func damagedStreamsAreRefusedWithAReason() {
        // Block type 3 is reserved.
        #expect(throws: Inflater.Failure.damaged("a block has the reserved type 3")) {
            try Inflater.inflate([0x07])
        }
        // A stored block whose length and complement disagree.
        #expect(throws: Inflater.Failure.damaged("a stored block's length is damaged")) {
            try Inflater.inflate([0x01, 0x05, 0x00, 0x00, 0x00])
        }
        // A fixed block whose first symbol is a match reaching back before the output.
        #expect(throws: Inflater.Failure.damaged("a match reaches back before the output")) {
            try Inflater.inflate([0x03, 0x02])
        }
    }

    @Test func randomBytesNeverCrashAndAgreeWithTheNaiveDecoderOnWhatIsValid() {
        var random = SplitMix64(seed: 8)
        for _ in 0..<2_000 {
            let bytes = (0..<Int(random.next() % 64)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let fast = try? Inflater.inflate(bytes, limit: 1 << 20)
            if let fast, let naive = try? NaiveInflater.inflate(bytes) { #expect(fast == naive) }
        }
    }

    @Test func theChecksumIsTheStandardCRC32() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
        var pieces = CRC32()
        let text = Array("The quick brown fox jumps over the lazy dog".utf8)
        text[..<5].withUnsafeBufferPointer { pieces.update($0) }
        text[5...].withUnsafeBufferPointer { pieces.update($0) }
        #expect(pieces.value == 0x414F_A339)
    }
}
