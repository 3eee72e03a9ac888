import Testing

@testable import LISO

@Suite struct DiagnosticLogTests {
    @Test func onlyTheFirstDiagnosticsOfAKindAreKeptButAllAreCounted() {
        var log = DiagnosticLog(limitPerKind: 3)
        var built = 0
        for line in 1...1000 {
            log.append(kind: "invalid-value", severity: .warning) {
                built += 1
                return Diagnostic(.warning, kind: "invalid-value", "bad", file: "a.csv", line: line)
            }
        }
        log.append(Diagnostic(.note, kind: "unmapped-column", "unused"))
        #expect(log.kept.count == 4)
        #expect(built == 3)
        #expect(log.kept.map(\.line) == [1, 2, 3, nil])
        #expect(log.countsByKind == ["invalid-value": 1000, "unmapped-column": 1])
        #expect(log.problemsByKind == ["invalid-value": 1000])
        #expect(log.omitted == 997)
        #expect(log.report.last?.message == "997 more 'invalid-value' diagnostics not shown")
    }

    @Test func notesAreNotProblems() {
        var log = DiagnosticLog()
        log.append(Diagnostic(.note, kind: "unmapped-column", "unused"))
        #expect(!log.hasProblems)
        log.append(Diagnostic(.warning, kind: "missing-item", "no column"))
        #expect(log.hasProblems)
    }

    @Test func sortingByPlacePutsWholeFileProblemsFirstThenLinesAndColumns() {
        var log = DiagnosticLog()
        log.append(Diagnostic(.warning, kind: "a", "row 5 col 2", file: "f", line: 5, column: 2))
        log.append(Diagnostic(.note, kind: "b", "row 1", file: "f", line: 1))
        log.append(Diagnostic(.warning, kind: "c", "whole file", file: "f"))
        log.append(Diagnostic(.warning, kind: "d", "row 5 col 1", file: "f", line: 5, column: 1))
        log.append(Diagnostic(.warning, kind: "e", "also row 5 col 1", file: "f", line: 5, column: 1))
        log.sortByPlace()
        #expect(log.kept.map(\.kind) == ["c", "b", "d", "e", "a"])
    }
}
