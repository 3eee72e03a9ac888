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
