import Testing

@testable import LISO

@Suite struct DiagnosticTests {
    @Test func aDiagnosticPrintsInCompilerStyle() {
        let diagnostic = Diagnostic(
            .warning, kind: "invalid-value", "value '7' is outside scale 1–5 of item 'syn-2'",
            file: "exports/a.csv", line: 812, column: 14)
        #expect(
            diagnostic.description == "exports/a.csv:812:14: warning: value '7' is outside scale 1–5 of item 'syn-2'")
    }

    @Test func unknownPartsOfThePlaceAreLeftOut() {
        #expect(Diagnostic(.error, kind: "x", "no file", file: "a.csv").description == "a.csv: error: no file")
        #expect(Diagnostic(.note, kind: "x", "plain").description == "note: plain")
    }
}

@Suite struct DiagnosticLogMergeTests {
    @Test func mergingMovesLinesDownAndAddsCountsExactly() {
        var first = DiagnosticLog(limitPerKind: 2)
        first.append(Diagnostic(.warning, kind: "invalid-value", "a", file: "f", line: 3, column: 1))
        var second = DiagnosticLog(limitPerKind: 2)
        for line in 1...3 {
            second.append(Diagnostic(.warning, kind: "invalid-value", "b", file: "f", line: line, column: 2))
        }
        second.append(Diagnostic(.note, kind: "empty-row", "c", file: "f", line: 9))
        first.merge(second, lineOffset: 100)
        #expect(first.kept.map(\.line) == [3, 101, 109])
        #expect(first.countsByKind == ["invalid-value": 4, "empty-row": 1])
        #expect(first.countsBySeverity == [.warning: 4, .note: 1])
        #expect(first.problemsByKind == ["invalid-value": 4])
        #expect(first.omitted == 2)
    }
}
