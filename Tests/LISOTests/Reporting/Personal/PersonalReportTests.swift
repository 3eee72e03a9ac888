import Foundation
import Testing

@testable import LISO

@Suite struct PersonalReportTests {
    static let instrument = Instrument.builtIn(form: .short)

    /// One person's answers to the short form, item by item.
    static let answers: [Item.ID: Answer] = [
        "cc-1": .value(4), "cc-4": .value(2),  // omgeving: (4 + 2) / 2 = 3
        "ln-1": .value(4), "ln-3": .value(5),  // leernetwerk: ln-1 is reverse-keyed, 6 − 4 = 2; (2 + 5) / 2 = 3.5
        "org-3": .dontKnow, "org-4": .value(2),  // organisatie: one of two answered, half is enough: 2
        "syn-1": .dontKnow, "syn-2": .dontKnow,  // samen meer bereiken: nothing answered, no score
        "res-1": .value(5), "res-3": .value(5),  // opbrengsten: 5
        "mle-1": .value(1), "mle-2": .value(2),  // lessen benoemen: 1.5
        "imp-1": .value(3), "imp-3": .value(4),  // lessen toepassen: 3.5
        "pha-1": .value(4), "pha-3": .value(4),  // fasen: 4
    ]

    static let response = Response(
        network: "Focus <op> vaderschap", perspectives: ["families"], roles: ["trekker"], phase: "maintaining",
        answers: instrument.items.map { answers[$0.id] ?? .unanswered })

    static func report(_ language: Language = .dutch) -> PersonalReport {
        PersonalReport(
            response: response, instrument: instrument, language: language,
            day: CalendarDay(year: 2025, month: 3, day: 7))
    }

    @Test func scoresAreTheMeanOfTheOwnAnswersWithReverseKeysAsWorkedOutByHand() {
        let scores = Dictionary(uniqueKeysWithValues: Self.report().elements.map { ($0.id, $0.score) })
        let expected: [CoreElement.ID: Double?] = [
            "community-context": 3, "learning-network": 3.5, "organisation": 2, "synergy": nil, "results": 5,
            "making-lessons-explicit": 1.5, "implementing-lessons": 3.5, "phasing": 4,
        ]
        #expect(scores == expected)
    }

    @Test func elementsGoFromTheHighestScoreToTheLowestWithoutAScoreLast() {
        let elements = Self.report().elements
        #expect(elements.first?.id == "results")
        #expect(elements.last?.id == "synergy")
        #expect(elements.last?.band == nil)
        let scores = elements.compactMap(\.score)
        #expect(scores == scores.sorted(by: >))
    }

    @Test func dontKnowStatementsAreListedOnceApartFromTheirElement() {
        let report = Self.report()
        #expect(report.dontKnow.map(\.item) == ["org-3", "syn-1", "syn-2"])
        #expect(report.dontKnowCount == 3)
        #expect(report.answered == 16)
        #expect(!report.elements.flatMap(\.answers).contains { $0.answer == .dontKnow })
        #expect(report.elements.flatMap(\.answers).count + report.dontKnow.count == Self.instrument.items.count)
    }

    @Test func answersAreShownWithTheWordsOfTheScaleAndTheirNumber() throws {
        let answers = Self.report().elements.flatMap(\.answers)
        let cc1 = try #require(answers.first { $0.item == "cc-1" })
        #expect(cc1.label == "Mee eens (4)")
        let ln1 = try #require(answers.first { $0.item == "ln-1" })
        #expect(ln1.reverse && ln1.label == "Mee eens (4)")
        let english = Self.report(.english).elements.flatMap(\.answers)
        #expect(english.first { $0.item == "mle-1" }?.label == "Strongly disagree (1)")
    }

    @Test func theQuestionsAreAboutTheLowestScoresInThePhase() {
        let questions = Self.report().questions
        #expect(questions.count == 3)
        #expect(questions.map(\.element) == ["making-lessons-explicit", "organisation", "community-context"])
        #expect(questions.allSatisfy { $0.reason == .weak })
    }

    @Test func theTerminalAndThePageShowTheSameStatementsAnswersAndQuestions() {
        let report = Self.report()
        let text = PersonalTextRenderer().render(report)
        let html = PersonalHTMLRenderer().render(report)
        let plainText = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for answer in report.elements.flatMap(\.answers) + report.dontKnow {
            #expect(plainText.contains(answer.statement))
            #expect(html.contains(HTMLText.escape(answer.statement)))
        }
        for answer in report.elements.flatMap(\.answers) {
            #expect(text.contains(answer.label) && html.contains(HTMLText.escape(answer.label)))
        }
        for question in report.questions {
            #expect(plainText.contains(question.question) && html.contains(HTMLText.escape(question.question)))
        }
        for element in report.elements {
            #expect(text.contains(element.name) && html.contains(element.name))
        }
    }

    @Test func thePageEscapesTheNetworksNameAndNeedsNothingFromElsewhere() {
        let html = PersonalHTMLRenderer().render(Self.report())
        #expect(html.contains("Focus &lt;op&gt; vaderschap"))
        #expect(!html.contains("<op>"))
        let outside = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        for external in ["src=", "href=", "http", "@import", "url("] { #expect(!outside.contains(external)) }
    }
}
