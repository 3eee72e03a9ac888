import LISO
import Testing

@testable import LISOCommandLine

@Suite struct SelfEvaluationFileTests {
    @Test(arguments: QuestionnaireForm.allCases)
    func theHeaderIsTheBlankTemplatesHeader(form: QuestionnaireForm) {
        let instrument = Instrument.builtIn(form: form)
        let text = SelfEvaluationFile.text(for: SelfEvaluationAnswers(instrument: instrument), instrument: instrument)
        let header = text.split(separator: "\r\n").first.map(String.init) ?? ""
        #expect(header.split(separator: ",").map(String.init) == QuestionnairePrinter.templateHeader(instrument))
    }

    @Test func answersAreWrittenAsNumbersMissingLabelsAndEmptyCells() {
        var answers = SelfEvaluationAnswers(instrument: TestInstrument.instrument, network: "Focus, \"vaders\"")
        answers.role = "trekker"
        answers.perspective = "families"
        answers.phase = "forming"
        answers.answers = [.value(4), .dontKnow, .unanswered, .value(1)]
        let text = SelfEvaluationFile.text(for: answers, instrument: TestInstrument.instrument)
        #expect(
            text == "respondent,network,perspective,role,phase,wave,syn-1,syn-2,res-1,res-2\r\n"
                + "\(answers.respondentID),\"Focus, \"\"vaders\"\"\",families,trekker,forming,,4,Weet niet,,1\r\n")
    }

    @Test(arguments: [
        ("Kwetsbare gezinnen", Language.dutch, "kwetsbare-gezinnen-zelfevaluatie.csv"),
        ("Kind & complexe ouderrelatie", .english, "kind-complexe-ouderrelatie-self-evaluation.csv"),
        ("Coöperatie Één", .dutch, "cooperatie-een-zelfevaluatie.csv"),
        ("../../etc", .english, "etc-self-evaluation.csv"),
        ("???", .dutch, "netwerk-zelfevaluatie.csv"),
    ])
    func theDefaultNameIsASlugOfTheNetwork(network: String, language: Language, expected: String) {
        #expect(SelfEvaluationFile.defaultName(network: network, language: language) == expected)
    }

    @Test func theFormIsReadFromTheHeader() {
        let full = Instrument.builtIn(form: .full)
        let short = Instrument.builtIn(form: .short)
        #expect(
            SelfEvaluationFile.form(ofHeader: (["network"] + full.items.map(\.id.rawValue)).joined(separator: ","))
                == .full)
        #expect(
            SelfEvaluationFile.form(ofHeader: (["network"] + short.items.map(\.id.rawValue)).joined(separator: ","))
                == .short)
    }

    @Test func aTakenNameGetsTheFirstFreeNumber() {
        let taken: Set = ["n-zelfevaluatie.csv", "n-zelfevaluatie-2.csv"]
        #expect(SelfEvaluationFile.freeName("n-zelfevaluatie.csv") { taken.contains($0) } == "n-zelfevaluatie-3.csv")
        #expect(SelfEvaluationFile.freeName("m-zelfevaluatie.csv") { taken.contains($0) } == "m-zelfevaluatie.csv")
    }
}
