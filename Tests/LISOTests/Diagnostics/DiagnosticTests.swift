import Foundation
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

@Suite struct DiagnosticKindTests {
    @Test func encodingKindsFormOneFamilyAndOtherKindsDoNot() {
        #expect(Diagnostic.Kind.encodingFallback.isEncoding && Diagnostic.Kind.invalidUTF8.isEncoding)
        #expect(!Diagnostic.Kind.raggedRow.isEncoding && !Diagnostic.Kind.invalidValue.isEncoding)
        #expect(!Diagnostic.Kind("encoding-something-else").isEncoding)
    }

    @Test func aKindIsWrittenAndReadAsItsName() throws {
        let diagnostic = Diagnostic(.warning, kind: .raggedRow, "x", file: "a.csv", line: 2, column: 3)
        let data = try JSONEncoder().encode(diagnostic)
        let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["kind"] as? String == "ragged-row")
        #expect(try JSONDecoder().decode(Diagnostic.self, from: data) == diagnostic)
    }

    @Test func messageBuildersAgreeWithTheirCounts() {
        #expect(
            Diagnostic.Message.raggedRow(fields: 1, expected: 3).text
                == "record has 1 field where the first record has 3")
        #expect(
            Diagnostic.Message.raggedRow(fields: 4, expected: 3).text
                == "record has 4 fields where the first record has 3")
        #expect(
            Diagnostic.Message.identifyingColumns(["Naam"]).text == "column 'Naam' identifies people and is not read")
        #expect(
            Diagnostic.Message.identifyingColumns(["Naam", "E-mail"]).text
                == "columns 'Naam', 'E-mail' identify people and are not read")
    }
}
