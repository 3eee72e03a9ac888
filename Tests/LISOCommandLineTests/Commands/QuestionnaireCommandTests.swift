import Foundation
import LISO
import Testing

@Suite struct QuestionnaireCommandTests {
    @Test func theHTMLFormIsWrittenForTheGivenFormLanguageAndNetwork() async throws {
        let folder = TemporaryDirectory()
        let run = await InProcessRun(
            [
                "questionnaire", "--format", "html", "--form", "short", "--lang", "nl", "--network", "  Sterk Thuis ",
                "--output", "vragenlijst.html",
            ],
            directory: folder.url)
        #expect(run.status == .success)
        #expect(run.output.isEmpty && run.errors.isEmpty)
        let html = try String(contentsOf: folder.url.appendingPathComponent("vragenlijst.html"), encoding: .utf8)
        let expected = QuestionnairePrinter(format: .html, language: .dutch, network: "Sterk Thuis").render(.lisoShort)
        #expect(html == expected)
    }

    @Test func aNetworkIsAnErrorForFormatsThatCannotCarryIt() async {
        let run = await InProcessRun(["questionnaire", "--format", "csv", "--network", "Sterk Thuis"])
        #expect(run.status == .usage)
        #expect(run.errors.contains("'--network' applies only to '--format html'"))
        #expect(run.output.isEmpty)
    }

    @Test func anEmptyNetworkNameIsAnError() async {
        let run = await InProcessRun(["questionnaire", "--format", "html", "--network", " "])
        #expect(run.status == .usage)
        #expect(run.errors.contains("'--network' needs a name"))
    }

    @Test func withoutANetworkTheFormAsksForIt() async {
        let run = await InProcessRun(["questionnaire", "--format", "html", "--lang", "en"])
        #expect(run.status == .success)
        #expect(run.output.contains("<label for=\"network\">Which network do you take part in?</label>"))
        #expect(run.output.contains("There are 40 statements."))
    }
}
