import Foundation
import LISO
import Testing

@testable import LISOCommandLine

/// Every exit status of the contract, reached in-process.
@Suite struct ExitStatusTests {
    let folder = TemporaryDirectory()

    func run(_ arguments: [String], input: [String] = []) async -> InProcessRun {
        await InProcessRun(arguments, input: input, directory: folder.url)
    }

    @Test func aCleanExportScoresWithStatus0() async throws {
        try folder.write(Fixtures.clean, to: "a.csv")
        let run = await run(["score", "a.csv", "--format", "json"])
        #expect(run.status == .success)
        #expect(run.output.contains("\"schemaVersion\""))
    }

    @Test func problemsInRowsGiveStatus1ForValidateAndForStrict() async throws {
        try folder.write(Fixtures.shortExport(rows: (0..<6).map { _ in ("N", "w1", ["4", "x"]) }), to: "a.csv")
        #expect(await run(["validate", "a.csv"]).status == .dataProblems)
        #expect(await run(["score", "a.csv", "--strict"]).status == .dataProblems)
        #expect(await run(["score", "a.csv"]).status == .success)
    }

    @Test func aMistakeInTheCommandLineGivesStatus64() async {
        #expect(await run(["score"]).status == .usage)
        #expect(await run(["score", "a.csv", "--by", "colour"]).status == .usage)
        #expect(await run(["framework", "--lang", "de"]).status == .usage)
    }

    @Test func anUnusableInputGivesStatus65() async throws {
        try folder.write("just,some,columns\n1,2,3\n", to: "a.csv")
        let run = await run(["validate", "a.csv"])
        #expect(run.status == .inputUnusable)
        #expect(run.errors.contains("a.csv"))
    }

    @Test func aMissingInputGivesStatus66() async {
        #expect(await run(["score", "gone.csv"]).status == .inputMissing)
        #expect(await run(["validate", "gone.csv"]).status == .inputMissing)
        #expect(await run(["self-evaluate", "--resume", "gone.csv"]).status == .inputMissing)
    }

    @Test func anUnwritableOutputGivesStatus74() async throws {
        try folder.write(Fixtures.clean, to: "a.csv")
        #expect(await run(["score", "a.csv", "--output", "missing/r.md"]).status == .outputUnwritable)
        #expect(await run(["framework", "--output", "missing/f.txt"]).status == .outputUnwritable)
    }

    @Test func theFrameworkAndTheQuestionnairePrintInEveryFormat() async throws {
        for format in FrameworkPrinter.Format.allCases {
            let run = await run(["framework", "--format", format.rawValue])
            #expect(run.status == .success)
            #expect(!run.output.isEmpty)
        }
        let json = await run(["questionnaire", "--format", "json"])
        let instrument = try Instrument(jsonData: Data(json.output.utf8), fileName: "stdout")
        #expect(instrument == Instrument.builtIn(form: .full))
        let template = await run(["questionnaire", "--form", "short", "--format", "csv"])
        #expect(template.output.hasPrefix(QuestionnairePrinter.templateHeader(.lisoShort).joined(separator: ",")))
    }

    @Test func dutchComesFromTheEnvironmentUnlessLangSaysOtherwise() async {
        let dutch = await InProcessRun(["framework"], environment: ["LANG": "nl_NL.UTF-8"], directory: folder.url)
        let english = await InProcessRun(
            ["framework", "--lang", "en"], environment: ["LANG": "nl_NL.UTF-8"], directory: folder.url)
        let chosen = await InProcessRun(["framework", "--lang", "nl"], directory: folder.url)
        #expect(dutch.output == chosen.output)
        #expect(dutch.output != english.output)
    }
}
