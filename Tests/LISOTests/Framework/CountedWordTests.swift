import Testing

@testable import LISO

@Suite struct CountedWordTests {
    static let statements = CountedWord(nl: ("stelling", "stellingen"), en: ("statement", "statements"))

    @Test func oneTakesTheSingularAndEveryOtherCountThePluralInBothLanguages() {
        #expect(Self.statements.phrase(1, in: .dutch) == "1 stelling")
        #expect(Self.statements.phrase(1, in: .english) == "1 statement")
        for count in [0, 2, 12] {
            #expect(Self.statements.phrase(count, in: .dutch) == "\(count) stellingen")
            #expect(Self.statements.phrase(count, in: .english) == "\(count) statements")
        }
    }

    @Test func aPhraseMayWriteItsNumberInTheReportsStyle() {
        #expect(Self.statements.phrase(12_000, in: .dutch, number: "12.000") == "12.000 stellingen")
        #expect(Self.statements.word(for: 1, in: .english) == "statement")
    }
}
