import Foundation
import LISO
import Testing

@testable import LISOCommandLine

/// Every exit status of the contract, reached in-process.
@Suite struct ExitStatusTests {
    let folder = TemporaryDirectory()

    func run(_ arguments: [String], input: [String] = []) -> InProcessRun {
        InProcessRun(arguments, input: input, directory: folder.url)
    }

    @Test func aCleanExportScoresWithStatus0() throws {
        try folder.write(Fixtures.clean, to: "a.csv")
        let run = run(["score", "a.csv", "--format", "json"])
        #expect(run.status == .success)
        #expect(run.output.contains("\"schemaVersion\""))
    }

    @Test func problemsInRowsGiveStatus1ForValidateAndForStrict() throws {
        try folder.write(Fixtures.shortExport(rows: (0..<6).map { _ in ("N", "w1", ["4", "x"]) }), to: "a.csv")
        #expect(run(["validate", "a.csv"]).status == .dataProblems)
        #expect(run(["score", "a.csv", "--strict"]).status == .dataProblems)
        #expect(run(["score", "a.csv"]).status == .success)
    }

    @Test func aMistakeInTheCommandLineGivesStatus64() {
        #expect(run(["score"]).status == .usage)
        #expect(run(["score", "a.csv", "--by", "colour"]).status == .usage)
        #expect(run(["framework", "--lang", "de"]).status == .usage)
    }

    @Test func anUnusableInputGivesStatus65() throws {
        try folder.write("just,some,columns\n1,2,3\n", to: "a.csv")
        let run = run(["validate", "a.csv"])
        #expect(run.status == .inputUnusable)
        #expect(run.errors.contains("a.csv"))
    }

    @Test func aMissingInputGivesStatus66() {
        #expect(run(["score", "gone.csv"]).status == .inputMissing)
        #expect(run(["validate", "gone.csv"]).status == .inputMissing)
        #expect(run(["self-evaluate", "--resume", "gone.csv"]).status == .inputMissing)
    }

    @Test func anUnwritableOutputGivesStatus74() throws {
        try folder.write(Fixtures.clean, to: "a.csv")
        #expect(run(["score", "a.csv", "--output", "missing/r.md"]).status == .outputUnwritable)
        #expect(run(["framework", "--output", "missing/f.txt"]).status == .outputUnwritable)
    }

    @Test func theFrameworkAndTheQuestionnairePrintInEveryFormat() throws {
        for format in FrameworkPrinter.Format.allCases {
            let run = run(["framework", "--format", format.rawValue])
            #expect(run.status == .success)
            #expect(!run.output.isEmpty)
        }
        let json = run(["questionnaire", "--format", "json"])
        let instrument = try Instrument(jsonData: Data(json.output.utf8), fileName: "stdout")
        #expect(instrument == Instrument.builtIn(form: .full))
        let template = run(["questionnaire", "--form", "short", "--format", "csv"])
        #expect(template.output.hasPrefix(QuestionnairePrinter.templateHeader(.lisoShort).joined(separator: ",")))
    }

    @Test func dutchComesFromTheEnvironmentUnlessLangSaysOtherwise() {
        let dutch = InProcessRun(["framework"], environment: ["LANG": "nl_NL.UTF-8"], directory: folder.url)
        let english = InProcessRun(
            ["framework", "--lang", "en"], environment: ["LANG": "nl_NL.UTF-8"], directory: folder.url)
        #expect(dutch.output == InProcessRun(["framework", "--lang", "nl"], directory: folder.url).output)
        #expect(dutch.output != english.output)
    }
}
