import Foundation
import Testing

@testable import LISOCommandLine

@Suite struct SelfEvaluateCommandTests {
    /// Starts a self-evaluation for network 'Noord', answers the background and one item, then quits.
    func quitAfterOneItem(_ extra: [String], environment: [String: String]) async -> InProcessRun {
        await InProcessRun(
            ["self-evaluate", "--network", "Noord"] + extra, input: ["1", "1", "1", "4", "q"],
            environment: environment)
    }

    @Test func theResumeHintKeepsALanguageChosenOnTheCommandLine() async {
        let run = await quitAfterOneItem(["--lang", "nl"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(run.status == .success)
        #expect(run.output.contains("liso self-evaluate --resume noord-zelfevaluatie.csv --lang nl"))
    }

    @Test func theResumeHintNeedsNoLanguageWhenTheEnvironmentGivesIt() async {
        let run = await quitAfterOneItem([], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(run.output.contains("liso self-evaluate --resume noord-zelfevaluatie.csv\n"))
    }
}
