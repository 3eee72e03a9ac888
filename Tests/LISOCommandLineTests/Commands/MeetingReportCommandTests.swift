import Foundation
import Testing

@testable import LISOCommandLine

@Suite struct MeetingReportCommandTests {
    let folder = TemporaryDirectory()

    @Test func theMeetingReportHasASectionPerNetworkWithItsWaves() async throws {
        let run = await InProcessRun(
            ["score", Fixtures.example.path, "--report", "meeting", "--lang", "nl"], directory: folder.url)
        #expect(run.status == .success)
        let titles = run.output.split(separator: "\n").filter { $0.hasPrefix("# Voor de bijeenkomst: ") }
        #expect(
            titles == [
                "# Voor de bijeenkomst: Focus op Vaderschap", "# Voor de bijeenkomst: Integraal werken",
                "# Voor de bijeenkomst: Kwetsbare gezinnen",
            ])
        #expect(run.output.components(separatedBy: "- **Meting:** 2025-voorjaar, 2025-najaar\n").count - 1 == 3)
        #expect(!run.output.contains("Item-rest") && !run.output.contains("## Kwaliteit van de gegevens"))
        #expect(run.errors.contains("82 respondenten gescoord uit 1 bestand (83 rijen gelezen, 1 niet meegeteld)"))
    }

    @Test func theFullReportStaysTheDefault() async throws {
        let full = await InProcessRun(["score", Fixtures.example.path, "--lang", "en"], directory: folder.url)
        let named = await InProcessRun(
            ["score", Fixtures.example.path, "--lang", "en", "--report", "full"], directory: folder.url)
        #expect(full.output == named.output)
        #expect(full.output.hasPrefix("# Evaluation of learning networks"))
    }

    @Test(arguments: ["json", "csv"])
    func aMeetingReportAsJSONOrCSVIsAUsageError(_ format: String) async throws {
        let run = await InProcessRun(
            ["score", Fixtures.example.path, "--report", "meeting", "--format", format, "--lang", "nl"],
            directory: folder.url)
        #expect(run.status == .usage)
        #expect(run.output.isEmpty)
        #expect(
            run.errors.hasPrefix("fout: '--report meeting' kan alleen als markdown of html, niet als '\(format)'\n"))
    }

    @Test func aTrekkerWithThreeMembersFilesReadsWhyThereAreNoFigures() async throws {
        let lines = try String(contentsOf: Fixtures.example, encoding: .utf8).split(separator: "\n")
        try folder.write(lines.prefix(4).joined(separator: "\n") + "\n", to: "drie.csv")
        let meeting = await InProcessRun(
            ["score", "drie.csv", "--report", "meeting", "--lang", "nl"], directory: folder.url)
        #expect(meeting.output.contains("Er zijn 3 vragenlijsten ingevuld. Cijfers tonen we pas vanaf 5 personen."))
        #expect(meeting.output.contains("‘--min-group-size 3’"))
        #expect(!meeting.output.contains("verborgen"))
        let full = await InProcessRun(["score", "drie.csv", "--lang", "nl"], directory: folder.url)
        #expect(full.output.contains("### Waarom hier geen cijfers staan"))
        #expect(full.output.components(separatedBy: "verborgen (n = ").count - 1 <= 6)
    }
}

@Suite struct DutchMessagesTests {
    let folder = TemporaryDirectory()

    @Test func diagnosticsSummaryAndErrorsAreDutchWhenTheLanguageIsDutch() async throws {
        try folder.write(Fixtures.shortExport(rows: [("Noord", "w1", ["4", "7"])]), to: "a.csv")
        let run = await InProcessRun(["score", "a.csv", "--lang", "nl"], directory: folder.url)
        #expect(run.errors.contains("a.csv:2:8: waarschuwing: waarde '7' valt buiten schaal 1–5 van stelling 'cc-4'"))
        #expect(run.errors.contains("1 respondent gescoord uit 1 bestand (1 rij gelezen, 0 niet meegeteld); "))
        let english = await InProcessRun(["score", "a.csv"], directory: folder.url)
        #expect(english.errors.contains("a.csv:2:8: warning: value '7' is outside scale 1–5 of item 'cc-4'"))
    }

    @Test func theEnvironmentChoosesDutchToo() async {
        let run = await InProcessRun(["score", "missing.csv"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(run.status == .inputMissing)
        #expect(run.errors == "missing.csv: fout: kan 'missing.csv' niet lezen: dit bestand of deze map bestaat niet\n")
    }

    @Test func aUsageErrorIsDutchWithItsHintAndWhereHelpIs() async {
        let run = await InProcessRun(["score", "a.csv", "--fromat", "html", "--lang", "nl"])
        #expect(run.status == .usage)
        #expect(run.errors.hasPrefix("fout: onbekende optie '--fromat'\nopmerking: bedoelt u '--format'?\ngebruik: "))
        #expect(run.errors.hasSuffix("zie 'liso score --help' voor meer\n"))
    }

    @Test func validateNamesTheKindsOfProblemInDutch() async throws {
        try folder.write(Fixtures.shortExport(rows: [("Noord", "w1", ["4", "x"])]), to: "a.csv")
        let run = await InProcessRun(["validate", "a.csv", "--lang", "nl"], directory: folder.url)
        #expect(run.status == .dataProblems)
        #expect(run.errors.hasSuffix("1 bestand, 1 rij, 1 respondent, 8 problemen: ongeldig antwoord (8)\n"))
        #expect(!run.errors.contains("invalid-value"))
    }

    @Test func theLanguageOptionIsFoundBeforeTheOptionsAreDecoded() {
        #expect(LISOCommandLine.requestedLanguage(in: ["score", "a.csv", "--lang", "nl"]) == .dutch)
        #expect(LISOCommandLine.requestedLanguage(in: ["score", "--lang=en", "a.csv"]) == .english)
        #expect(LISOCommandLine.requestedLanguage(in: ["score", "--", "--lang", "nl"]) == nil)
        #expect(LISOCommandLine.requestedLanguage(in: ["score", "--lang", "fr"]) == nil)
    }
}
