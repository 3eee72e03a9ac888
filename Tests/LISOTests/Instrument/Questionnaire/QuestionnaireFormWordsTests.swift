import Testing

@testable import LISO

@Suite struct QuestionnaireFormWordsTests {
    @Test func countsOfStatementsAndMinutesHaveTheRightPlural() {
        let dutch = QuestionnaireFormWords(.dutch)
        let english = QuestionnaireFormWords(.english)
        #expect(dutch.statements(1) == "1 stelling" && dutch.statements(16) == "16 stellingen")
        #expect(english.statements(1) == "1 statement" && english.statements(40) == "40 statements")
        #expect(dutch.duration(items: 0) == "1 minuut" && english.duration(items: 0) == "1 minute")
    }

    /// A minute for the background and 15 seconds a statement: 16 statements are 300 s, 40
    /// are 660 s, said as 10 minutes.
    @Test func theDurationIsAMinuteAndAQuarterMinuteAStatement() {
        let dutch = QuestionnaireFormWords(.dutch)
        #expect(dutch.duration(items: 16) == "5 minuten")
        #expect(dutch.duration(items: 40) == "10 minuten")
        #expect(dutch.duration(items: 4) == "2 minuten")
    }

    @Test func theScriptsTextsExistInBothLanguagesWithTheSamePlaceholders() throws {
        let dutch = QuestionnaireFormWords(.dutch).scriptTexts()
        let english = QuestionnaireFormWords(.english).scriptTexts()
        #expect(dutch.map(\.0) == english.map(\.0))
        let placeholder = try Regex("\\{[a-z]+\\}")
        for (nl, en) in zip(dutch, english) {
            #expect(nl.1 != en.1, "\(nl.0)")
            let names = { (text: String) in text.matches(of: placeholder).map { String(text[$0.range]) }.sorted() }
            #expect(names(nl.1) == names(en.1), "\(nl.0)")
        }
    }
}
