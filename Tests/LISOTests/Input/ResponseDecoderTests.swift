import Testing

@testable import LISO

@Suite struct ResponseDecoderTests {
    let instrument = PulseInstrument.instrument
    static let header = [
        "respondent", "netwerk", "perspectief", "rol", "fase", "meting", "pulse-1", "pulse-2", "pulse-3", "pulse-4",
        "pulse-5", "pulse-6", "pulse-7", "pulse-8", "naam",
    ]

    /// Decodes `row` under the generic header; returns the response and the log.
    func decode(_ row: [String], line: Int = 2) throws -> (Response, DiagnosticLog) {
        let header = try #require(ExportHeader.detect(records([Self.header])))
        let mapping = try ColumnMapping(header: header, instrument: instrument, file: "a.csv")
        var decoder = ResponseDecoder(mapping: mapping, instrument: instrument, file: "a.csv")
        var log = DiagnosticLog()
        let response = decoder.decode(CSVRecord(fields: row, line: line), log: &log)
        return (response, log)
    }

    func answers(_ cells: [String]) throws -> ([Answer], DiagnosticLog) {
        let (response, log) = try decode(["r1", "", "", "", "", ""] + cells + ["Jan"])
        return (response.answers, log)
    }

    @Test func cellsMatchByCodeLabelOrNumberIgnoringCaseAndAccents() throws {
        let (decoded, log) = try answers([
            "4", "A2", "helemaal MEE eens", " Neutraal ", "4.0", "4,0", "Strongly disagree", "a5",
        ])
        #expect(decoded == [.value(4), .value(2), .value(5), .value(3), .value(4), .value(4), .value(1), .value(5)])
        #expect(!log.hasProblems)
    }

    @Test func missingWordsAreDontKnowEvenWhenTheScaleDoesNotListThem() throws {
        var bare = instrument
        bare.scales[0].missing = []
        let header = try #require(ExportHeader.detect(records([Self.header])))
        let mapping = try ColumnMapping(header: header, instrument: bare, file: "a.csv")
        var decoder = ResponseDecoder(mapping: mapping, instrument: bare, file: "a.csv")
        var log = DiagnosticLog()
        let cells = ["Weet niet", "niet van toepassing", "N.v.t.", "Don’t know", "not applicable", "n/a", "nvt", ""]
        let response = decoder.decode(CSVRecord(fields: ["", "", "", "", "", ""] + cells, line: 2), log: &log)
        #expect(response.answers == Array(repeating: .dontKnow, count: 7) + [.unanswered])
        #expect(!log.hasProblems)
    }

    @Test func theScalesOwnMissingCodesAreDontKnow() throws {
        let (decoded, _) = try answers(["9", "A8", "8", "", "  ", "5", "1", "3"])
        #expect(
            decoded == [.dontKnow, .dontKnow, .dontKnow, .unanswered, .unanswered, .value(5), .value(1), .value(3)])
    }

    @Test func aValueOffTheScaleIsInvalidWithAWarningAtItsPlace() throws {
        let (decoded, log) = try answers(["7", "Soms", "3.5", "0", "4", "4", "4", "4"])
        #expect(decoded.prefix(4) == [.invalid, .invalid, .invalid, .invalid])
        #expect(
            log.kept.map(\.description) == [
                "a.csv:2:7: warning: value '7' is outside scale 1–5 of item 'pulse-1'",
                "a.csv:2:8: warning: value 'Soms' does not match scale 'agree5' of item 'pulse-2'",
                "a.csv:2:9: warning: value '3.5' is not a value of scale 1–5 of item 'pulse-3'",
                "a.csv:2:10: warning: value '0' is outside scale 1–5 of item 'pulse-4'",
            ])
    }

    @Test func fieldsBecomeCanonicalIDsAndFreeTextIsTrimmed() throws {
        let (response, log) = try decode(
            ["  R-17 ", " Integraal werken ", "Praktijk, Onderzoek", "coordinator", "Onderhoud", "2026 voorjaar"]
                + Array(repeating: "3", count: 8) + ["Jan"])
        #expect(response.respondentID == "R-17")
        #expect(response.network == "Integraal werken")
        #expect(response.perspectives == ["practice", "research"])
        #expect(response.roles == ["coordinator"])
        #expect(response.phase == "maintaining")
        #expect(response.wave == "2026 voorjaar")
        #expect(!log.hasProblems)
    }

    @Test func semicolonJoinedCodesAreSeveralIDs() throws {
        let (response, _) = try decode(["", "", "1;A3;", "Coördinator", "", ""] + Array(repeating: "3", count: 8))
        #expect(response.perspectives == ["policy", "practice"])
        #expect(response.roles == ["coordinator"])
    }

    @Test func anUnknownFieldValueIsAWarningAndTheFieldStaysEmpty() throws {
        let (response, log) = try decode(
            ["", "", "Beleid, Anders", "Voorzitter", "", ""] + Array(repeating: "3", count: 8))
        #expect(response.perspectives.isEmpty)
        #expect(response.roles.isEmpty)
        #expect(
            log.kept.map(\.description) == [
                "a.csv:2:3: warning: value of field 'perspective' matches none of its values",
                "a.csv:2:4: warning: value of field 'role' matches none of its values",
            ])
    }

    @Test func aShortRowReadsItsMissingCellsAsEmpty() throws {
        let (response, log) = try decode(["r1", "Netwerk", "", "", "", "", "5", "4"])
        #expect(response.answers == [.value(5), .value(4)] + Array(repeating: .unanswered, count: 6))
        #expect(!log.hasProblems)
        #expect(response.source == SourceLocation(file: "a.csv", line: 2))
    }

    @Test func identifyingColumnsNeverReachTheResponse() throws {
        let (response, log) = try decode(
            ["r1", "", "", "", "", ""] + Array(repeating: "3", count: 8) + ["Jan de Vries"])
        #expect(!"\(response)".contains("Jan"))
        #expect(!log.report.map(\.description).joined().contains("Jan"))
    }

    @Test func aBlankRowIsRecognised() {
        #expect(ResponseDecoder.isBlank(CSVRecord(fields: ["", " ", ""], line: 1)))
        #expect(!ResponseDecoder.isBlank(CSVRecord(fields: ["", "x"], line: 1)))
    }

    @Test func numbersReadWithPointOrCommaAndNothingElse() {
        func number(_ text: String) -> Double? {
            Array(text.utf8).withUnsafeBufferPointer { AnswerLookup.number($0) }
        }
        #expect(number("4") == 4)
        #expect(number("4,50") == 4.5)
        #expect(number("-1.25") == -1.25)
        #expect(number("4.") == nil)
        #expect(number("4a") == nil)
        #expect(number(".5") == nil)
        #expect(number("") == nil)
    }
}
