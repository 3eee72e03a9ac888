import LISO
import Testing

@testable import LISOCommandLine

@Suite struct SelfEvaluationSessionTests {
    struct Run {
        var outcome: SelfEvaluationSession.Outcome
        var answers: SelfEvaluationAnswers
        var output: String
        var saves: [SelfEvaluationAnswers]
    }

    func run(
        _ lines: [String], language: Language = .english, network: String? = nil,
        from start: SelfEvaluationAnswers? = nil
    ) throws -> Run {
        var session = SelfEvaluationSession(
            instrument: TestInstrument.instrument, framework: .liso2023, language: language,
            answers: start ?? SelfEvaluationAnswers(instrument: TestInstrument.instrument, network: network),
            networkIsFixed: network != nil)
        var input = ScriptedLines(lines)
        let output = TextChannel()
        var saves: [SelfEvaluationAnswers] = []
        let outcome = try session.run(input: &input, output: output) { saves.append($0) }
        return Run(outcome: outcome, answers: session.answers, output: output.text, saves: saves)
    }

    @Test func aFullRunRecordsEveryAnswerAndSavesAfterEachOne() throws {
        let run = try run(["Kwetsbare gezinnen", "1", "5", "2", "4", "?", "strongly agree", "2"])
        #expect(run.outcome == .completed)
        #expect(run.answers.network == "Kwetsbare gezinnen")
        #expect(run.answers.role == "trekker")
        #expect(run.answers.perspective == "families")
        #expect(run.answers.phase == "maintaining")
        #expect(run.answers.answers == [.value(4), .dontKnow, .value(5), .value(2)])
        #expect(run.saves.count == 8)
        #expect(run.saves.last == run.answers)
    }

    @Test func eachItemShowsItsProgressAndScale() throws {
        let run = try run(["N", "1", "1", "1", "3"])
        #expect(run.output.contains("Question 1 of 4 · Synergy\nWe complement each other.\n"))
        #expect(run.output.contains("1 = Strongly disagree"))
        #expect(run.output.contains("? = don't know"))
        #expect(run.output.contains("Question 2 of 4 · Synergy"))
    }

    @Test func questionsAreInDutchWhenAsked() throws {
        let run = try run(["N", "1", "1", "1"], language: .dutch)
        #expect(run.output.contains("Wat is uw rol in het netwerk?"))
        #expect(run.output.contains("Vraag 1 van 4 · Samen meer bereiken\nWe vullen elkaar aan.\n"))
        #expect(run.output.contains("1 = Helemaal mee oneens"))
    }

    @Test func anInvalidAnswerGetsAHintAndTheSameQuestionAgain() throws {
        let run = try run(["N", "1", "1", "1", "7", "maybe", "4"])
        #expect(run.answers.answers[0] == .value(4))
        let hints = run.output.components(separatedBy: "type a number from 1 to 5, or an answer in words").count - 1
        #expect(hints == 2)
        #expect(run.output.components(separatedBy: "Question 1 of 4 · Synergy").count - 1 == 3)
    }

    @Test func menusAcceptNamesInEitherLanguageAndRejectNumbersOutOfRange() throws {
        let run = try run(["N", "9", "Coördinator", "Gezinnen", "Verankeren"])
        #expect(run.answers.role == "coordinator")
        #expect(run.answers.perspective == "families")
        #expect(run.answers.phase == "institutionalising")
        #expect(run.output.contains("choose a number from 1 to 6, or type what it says"))
    }

    @Test func backReturnsToThePreviousQuestionAndEnterKeepsItsAnswer() throws {
        let run = try run(["N", "1", "1", "1", "4", "b", "", "b", "b", "2", "", "3"])
        #expect(run.answers.phase == "maintaining")
        #expect(run.answers.answers[0] == .value(4))
        #expect(run.answers.answers[1] == .value(3))
        #expect(run.output.contains("(your answer so far: 4; press Enter to keep it)"))
    }

    @Test func backAtTheFirstQuestionSaysSo() throws {
        let run = try run(["b"], network: "N")
        #expect(run.output.contains("this is the first question"))
    }

    @Test func quitSavesAndStopsHalfWay() throws {
        let run = try run(["N", "1", "1", "1", "4", "q", "5"])
        #expect(run.outcome == .stopped)
        #expect(run.answers.answers == [.value(4), .unanswered, .unanswered, .unanswered])
        #expect(run.saves.last == run.answers)
    }

    @Test func endOfInputSavesAndStopsLikeQuit() throws {
        let run = try run(["N", "1", "1", "1", "4"])
        #expect(run.outcome == .stopped)
        #expect(run.saves.last?.answers[0] == .value(4))
    }

    @Test func quittingBeforeTheNetworkIsKnownSavesNothing() throws {
        let run = try run(["q"])
        #expect(run.outcome == .stoppedBeforeSaving)
        #expect(run.saves.isEmpty)
    }

    @Test func aNetworkFromTheCommandLineIsNotAsked() throws {
        let run = try run(["1", "1", "1"], network: "Focus op Vaderschap")
        #expect(run.answers.network == "Focus op Vaderschap")
        #expect(run.answers.phase == "forming")
        #expect(!run.output.contains("What is the network called?"))
    }

    @Test func aResumedSessionStartsAtTheFirstOpenQuestion() throws {
        var start = SelfEvaluationAnswers(instrument: TestInstrument.instrument, network: "N")
        start.role = "member"
        start.perspective = "practice"
        start.phase = "forming"
        start.answers = [.value(2), .dontKnow, .unanswered, .unanswered]
        let run = try run(["5", "1"], from: start)
        #expect(run.outcome == .completed)
        #expect(run.answers.answers == [.value(2), .dontKnow, .value(5), .value(1)])
        #expect(!run.output.contains("Question 1 of 4"))
        #expect(run.output.contains("You go on where you stopped, at question 3 of 4."))
        #expect(run.output.contains("Question 3 of 4 · Results"))
    }

    @Test func dutchHasItsOwnKeysForBackAndStopAndNamesThemInThePrompts() throws {
        let run = try run(["N", "1", "1", "1", "4", "t", "", "s"], language: .dutch)
        #expect(run.outcome == .stopped)
        #expect(run.answers.answers == [.value(4), .unanswered, .unanswered, .unanswered])
        #expect(run.output.contains("uw keuze (1 t/m 6, t = terug, s = stoppen): "))
        #expect(run.output.contains("uw antwoord (1 t/m 5, ? = weet niet, t = terug, s = stoppen): "))
        #expect(run.output.contains("(uw antwoord tot nu toe: 4; druk op Enter om het te houden)"))
        #expect(!run.output.contains(" q ") && !run.output.contains("b = "))
    }

    @Test func theWordsForBackAndStopWorkInEitherLanguage() throws {
        let dutch = try run(["N", "1", "1", "1", "4", "terug", "", "stoppen"], language: .dutch)
        #expect(dutch.outcome == .stopped)
        let english = try run(["N", "1", "1", "1", "4", "b", "", "q"], language: .dutch)
        #expect(english.outcome == .stopped)
        #expect(english.saves.last?.answers == dutch.saves.last?.answers)
    }

    @Test func aWrongMenuAnswerSaysWhichNumbersAreAllowed() throws {
        let run = try run(["N", "1", "1", "8", "3"], language: .dutch)
        #expect(run.answers.phase == "institutionalising")
        #expect(run.output.contains("kies een nummer van 1 tot en met 3, of typ wat er staat"))
    }

    @Test func aPhaseIsChosenByTheWordsExportsUseForIt() throws {
        var session = SelfEvaluationSession(
            instrument: .builtIn(form: .short), framework: .liso2023, language: .dutch,
            answers: SelfEvaluationAnswers(instrument: .builtIn(form: .short), network: "N"), networkIsFixed: true)
        var input = ScriptedLines(["1", "1", "Formeren"])
        _ = try session.run(input: &input, output: TextChannel()) { _ in }
        #expect(session.answers.phase == "forming")
    }

    /// The words a parent types: `eens`, `oneens`, `helemaal oneens`, `nvt`, `weet ik niet`.
    @Test func theWordsPeopleTypeCountAsTheirAnswers() throws {
        let instrument = Instrument.builtIn(form: .short)
        var session = SelfEvaluationSession(
            instrument: instrument, framework: .liso2023, language: .dutch,
            answers: SelfEvaluationAnswers(instrument: instrument, network: "N"), networkIsFixed: true)
        let typed = ["eens", "Oneens", "helemaal oneens", "nvt", "weet ik niet", "Helemaal eens", "n.v.t.", "neutraal"]
        var input = ScriptedLines(["1", "1", "1"] + typed + ["s"])
        _ = try session.run(input: &input, output: TextChannel()) { _ in }
        #expect(
            Array(session.answers.answers.prefix(typed.count)) == [
                .value(4), .value(2), .value(1), .dontKnow, .dontKnow, .value(5), .dontKnow, .value(3),
            ])
    }

    @Test func aCodeOrAWordOfTheScaleCountsAsItsValue() throws {
        let run = try run(["N", "1", "1", "1", "A2", "mee eens", "weet niet", "3,0"])
        #expect(run.answers.answers == [.value(2), .value(4), .dontKnow, .value(3)])
    }
}
