import LISO
import Testing

@testable import LISOCommandLine

@Suite struct ValidationSummaryTests {
    @Test func itAddsUpFilesAndSaysWhetherThereAreProblems() {
        var clean = ExportReader.Summary(file: "a.csv", rowsRead: 10, rowsRejected: 1, respondents: 9)
        clean.diagnostics.append(Diagnostic(.note, kind: "unmapped-column", "unused"))
        var summary = ValidationSummary([clean])
        #expect(!summary.hasProblems)
        #expect(summary.description == "1 file, 10 rows (1 rejected), 9 respondents, no problems")

        var dirty = ExportReader.Summary(file: "b.csv", rowsRead: 1, respondents: 1)
        dirty.diagnostics.append(Diagnostic(.warning, kind: "invalid-value", "bad"))
        dirty.diagnostics.append(Diagnostic(.warning, kind: "invalid-value", "bad"))
        dirty.diagnostics.append(Diagnostic(.warning, kind: "missing-item", "none"))
        summary.add(dirty)
        summary.add(unusable: LISOError(.inputUnusable, Diagnostic(.error, kind: "no-item-mapped", "none")))
        #expect(summary.hasProblems)
        #expect(summary.problems == 4)
        #expect(
            summary.description
                == "2 files, 1 unusable, 11 rows (1 rejected), 10 respondents, 4 problems: 2 invalid-value, 1 missing-item, 1 no-item-mapped"
        )
        #expect(summary.status == .inputUnusable)
    }

    @Test func theStatusIs66ForAMissingFileBefore65And1() {
        var summary = ValidationSummary()
        #expect(summary.status == .success)
        var dirty = ExportReader.Summary(file: "b.csv", rowsRead: 1, respondents: 1)
        dirty.diagnostics.append(Diagnostic(.warning, kind: "invalid-value", "bad"))
        summary.add(dirty)
        #expect(summary.status == .dataProblems)
        summary.add(unusable: LISOError(.inputUnusable, Diagnostic(.error, kind: "no-item-mapped", "none")))
        #expect(summary.status == .inputUnusable)
        summary.add(unusable: LISOError(.inputMissing, Diagnostic(.error, kind: "input-missing", "gone")))
        #expect(summary.status == .inputMissing)
    }
}
