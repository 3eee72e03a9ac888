import Testing

@testable import LISO

/// Records from rows of text, one line each, starting at line 1.
func records(_ rows: [[String]]) -> [CSVRecord] {
    rows.enumerated().map { CSVRecord(fields: $1, line: $0 + 1) }
}

@Suite struct ExportHeaderTests {
    @Test(arguments: [
        (["id", "submitdate", "lastpage", "startlanguage", "pulse[1]"], ExportLayout.limeSurvey),
        (["Antwoord ID", "Datum verstuurd", "Laatste pagina", "Starttaal", "Vraag [Stelling]"], .limeSurvey),
        (["StartDate", "EndDate", "Status", "Finished", "ResponseId", "Q1_1"], .qualtrics),
        (["Respondent ID", "Collector ID", "Start Date", "Vraag"], .surveyMonkey),
        (["Tijdstempel", "Netwerk", "Vraag [Stelling]"], .googleForms),
        (["Timestamp", "Network"], .googleForms),
        (["ID", "Start time", "Completion time", "Email", "Name", "Vraag"], .microsoftForms),
        (["ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam", "Vraag"], .microsoftForms),
        (["respondent", "network", "pulse-1", "pulse-2"], .generic),
    ])
    func theLayoutIsDetectedFromItsSignatureColumns(header: [String], layout: ExportLayout) {
        #expect(ExportHeader.detect(records([header]))?.layout == layout)
    }

    @Test func qualtricsWithImportIDsHasThreeHeaderRowsAndTheLegacyFormTwo() throws {
        let rows = [
            ["StartDate", "ResponseId", "Q5_1"],
            ["Start Date", "Response ID", "In hoeverre? - Samen bereiken we meer"],
            [
                "{\"ImportId\":\"startDate\",\"timeZone\":\"Europe/Amsterdam\"}", "{\"ImportId\":\"_recordId\"}",
                "{\"ImportId\":\"QID5_1\"}",
            ],
            ["2026-03-02", "R_1", "4"],
        ]
        let header = try #require(ExportHeader.detect(records(rows)))
        #expect(header.layout == .qualtrics)
        #expect(header.rowCount == 3)
        #expect(
            header.columns[2].candidates == [
                "Q5_1", "QID5_1", "Samen bereiken we meer", "In hoeverre? - Samen bereiken we meer", "In hoeverre?",
            ])

        let legacy = try #require(
            ExportHeader.detect(
                records([
                    ["ResponseID", "ResponseSet", "Q5_1"], ["ResponseID", "ResponseSet", "Vraag - Stelling"],
                    ["R_1", "Default", "4"],
                ])))
        #expect(legacy.layout == .qualtrics)
        #expect(legacy.rowCount == 2)
    }

    @Test func surveyMonkeyContinuesAQuestionOverBlankCellsAndIgnoresResponse() throws {
        let header = try #require(
            ExportHeader.detect(
                records([
                    ["Respondent ID", "Collector ID", "Perspectief", "", "Vraag?", ""],
                    ["", "", "Beleid", "Praktijk", "Stelling een", "Stelling twee"],
                ])))
        #expect(header.layout == .surveyMonkey)
        #expect(header.rowCount == 2)
        #expect(header.columns[3].candidates == ["Praktijk", "Perspectief"])
        #expect(header.columns[5].candidates == ["Stelling twee", "Vraag?"])
        let single = try #require(
            ExportHeader.detect(
                records([
                    ["Respondent ID", "Collector ID", "Netwerk"], ["", "", "Response"],
                ])))
        #expect(single.columns[2].candidates == ["Netwerk"])
    }

    @Test func matrixHeadersOfferTheirStatement() {
        #expect(
            ExportHeader.statement(of: "Vraag? [Wat we leren, schrijven we op.]") == "Wat we leren, schrijven we op.")
        #expect(ExportHeader.statement(of: "Vraag? - Stelling") == "Stelling")
        #expect(ExportHeader.statement(of: "Vraag – Stelling") == "Stelling")
        #expect(ExportHeader.statement(of: "E-mail") == "")
        #expect(ExportHeader.question(of: "Vraag? [Stelling]") == "Vraag?")
        #expect(ExportHeader.question(of: "Vraag? - Geselecteerde keuze") == "Vraag?")
        #expect(ExportHeader.question(of: "Vraag?") == "")
    }

    @Test func anOverrideWinsOverDetection() {
        let header = ExportHeader.detect(records([["Tijdstempel", "pulse-1"]]), override: .generic)
        #expect(header?.layout == .generic)
        #expect(header?.rowCount == 1)
    }

    @Test func layoutsAreFoundByTheirNamesIgnoringCase() {
        #expect(ExportLayout(name: "Google-Forms") == .googleForms)
        #expect(ExportLayout(name: "limesurvey") == .limeSurvey)
        #expect(ExportLayout(name: "spss") == nil)
        #expect(ExportLayout.allCases.allSatisfy { ExportLayout(name: $0.name) == $0 })
    }

    @Test func noRecordsGiveNoHeader() {
        #expect(ExportHeader.detect([]) == nil)
    }
}
