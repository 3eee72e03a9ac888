import Testing

@testable import LISO

@Suite struct CSVDialectTests {
    private func detect(_ header: String) -> Character {
        let byte = Array(header.utf8).withUnsafeBufferPointer { CSVDialect.detectDelimiter(in: $0) }
        return Character(Unicode.Scalar(byte))
    }

    @Test func theMostFrequentCandidateOutsideQuotesIsTheDelimiter() {
        #expect(detect("a,b,c\n1;2;3;4;5") == ",")
        #expect(detect("\"a,b,c\";d;e\n") == ";")
        #expect(detect("a\tb\tc,d\r\n") == "\t")
        #expect(detect("single") == ",")
        #expect(detect("a;b,c") == ",")
        #expect(detect("\r\n\na;b;c\n1,2,3,4,5") == ";")
    }

    @Test func aGivenDelimiterOverridesDetection() throws {
        #expect(try CSVTestSupport.fields("a;b\n1;2\n", dialect: .comma) == [["a;b"], ["1;2"]])
        #expect(try CSVTestSupport.fields("a;b,c\n", dialect: .semicolon) == [["a", "b,c"]])
        #expect(try CSVTestSupport.fields("a\tb\n1\t2\n") == [["a", "b"], ["1", "2"]])
    }
}
