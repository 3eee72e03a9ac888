import Foundation
import Testing

@testable import LISO

@Suite struct CSVReaderFaultTests {
    private func fault(_ text: String, limits: CSVReaderLimits = .standard) throws -> Diagnostic {
        let failure = CSVTestSupport.failure(Array(text.utf8), limits: limits)
        let error = try #require(failure)
        #expect(error.kind == .inputUnusable)
        #expect(error.diagnostics.count == 1)
        return try #require(error.diagnostics.first)
    }

    @Test func anUnterminatedQuoteNamesTheLineWhereItOpened() throws {
        let diagnostic = try fault("a,b\n1,2\n3,\"open\nmore\nlines\n")
        #expect(diagnostic.kind == .unterminatedQuote)
        #expect(diagnostic.line == 3)
        #expect(diagnostic.column == 2)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.description == "t.csv:3:2: error: quoted field is not closed before the end of the file")
    }

    @Test func anUnterminatedQuoteInAMultiLineRecordNamesItsOwnLine() throws {
        let diagnostic = try fault("a,b,c\n\"x\ny\",\"open\n1,2,3\n")
        #expect(diagnostic.line == 3)
        #expect(diagnostic.column == 2)
    }

    @Test func anUnterminatedQuoteInALongFileStopsAtTheFieldLimitNamingWhereItOpened() throws {
        var limits = CSVTestSupport.limits(chunk: 64)
        limits.maximumFieldBytes = 1_000
        let text = "a,b\n1,\"open\n" + String(repeating: "2,3\n", count: 2_000)
        let diagnostic = try fault(text, limits: limits)
        #expect(diagnostic.kind == .fieldTooLong)
        #expect(diagnostic.line == 2)
        #expect(diagnostic.message.contains("closing quote"))
    }

    @Test func aNulByteIsFatalWithItsPlace() throws {
        let unquoted = try fault("a,b\n1,x\u{0}y\n")
        #expect(unquoted.kind == .nulByte)
        #expect(unquoted.line == 2)
        #expect(unquoted.column == 2)
        let quoted = try fault("a,b\n1,2\n3,\"x\ny\u{0}\"\n")
        #expect(quoted.line == 4)
        #expect(quoted.column == 2)
        let first = try fault("\u{0}")
        #expect(first.line == 1)
        #expect(first.column == 1)
    }

    @Test func aFieldOverOneMebibyteIsFatal() throws {
        let big = String(repeating: "x", count: (1 << 20) + 1)
        let unquoted = try fault("a,b\n1,\(big)\n")
        #expect(unquoted.kind == .fieldTooLong)
        #expect(unquoted.message == "field is longer than 1 MiB")
        #expect(unquoted.line == 2)
        #expect(unquoted.column == 2)
        let quoted = try fault("a\n\"\(big)\"\n")
        #expect(quoted.kind == .fieldTooLong)
        let justFits = CSVTestSupport.failure(Array("a\n\(big.dropLast())\n".utf8))
        #expect(justFits == nil)
    }

    @Test func aLongFieldBeforeAQuoteOrNulIsFoundFirst() throws {
        var limits = CSVReaderLimits.standard
        limits.maximumFieldBytes = 10
        let long = String(repeating: "x", count: 11)
        #expect(try fault("\(long),b,c\u{0}\n", limits: limits).kind == .fieldTooLong)
        #expect(try fault("\(long),b,\"c\"\n", limits: limits).column == 1)
    }

    @Test func aRecordOverOneHundredThousandFieldsIsFatal() throws {
        let diagnostic = try fault(String(repeating: ",", count: 100_000) + "\n")
        #expect(diagnostic.kind == .tooManyFields)
        #expect(diagnostic.line == 1)
        #expect(diagnostic.column == 100_001)
        let justFits = CSVTestSupport.failure(Array((String(repeating: ",", count: 99_999) + "\n").utf8))
        #expect(justFits == nil)
    }

    @Test func aRecordOverItsByteLimitIsFatal() throws {
        var limits = CSVTestSupport.limits(chunk: 16)
        limits.maximumRecordBytes = 100
        let text = "a\n" + String(repeating: "xxxxxxxxx,", count: 20) + "\n"
        let diagnostic = try fault(text, limits: limits)
        #expect(diagnostic.kind == .recordTooLong)
        #expect(diagnostic.line == 2)
    }

    @Test func afterAFaultEveryCallThrowsTheSameError() throws {
        var reader = CSVReader(bytes: Array("a\n\"open\n".utf8), displayName: "t.csv")
        #expect(try reader.next()?.fields == ["a"])
        var errors: [LISOError] = []
        for _ in 0..<2 {
            do {
                _ = try reader.next()
            } catch {
                errors.append(error)
            }
        }
        #expect(errors.count == 2)
        #expect(errors.first == errors.last)
    }
}
