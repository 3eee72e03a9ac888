import Testing

@testable import LISO

/// Reports built on the built-in framework and item bank read their labels, item texts and
/// working-element statements from them.
@Suite struct BuiltInContentReportTests {
    static func result(recommending phase: Phase) -> EvaluationResult {
        var result = ReportFixture().result
        let instrument = Instrument.lisoFull
        result.instrument = InstrumentInfo(instrument)
        result.overall.items = instrument.items.map { item in
            ItemResult(
                id: item.id, element: item.element, n: 10, dontKnow: 0, unanswered: 0, invalid: 0, mean: 3.5, sd: 1,
                counts: ["3": 5, "4": 5])
        }
        result.recommendations = [
            Recommendation(
                network: nil, phase: phase.id, element: "synergy", band: .attention, mean: 3.2,
                workingElements: phase.relevance.workingElements)
        ]
        return result
    }

    @Test(arguments: Language.allCases)
    func everyWorkingElementThatMattersInAPhaseBecomesAQuestionFromItsStatement(_ language: Language) throws {
        let framework = EvaluationFramework.liso2023
        for phase in framework.phases {
            let report = Report(
                result: Self.result(recommending: phase), instrument: .lisoFull, framework: framework,
                language: language)
            let questions = try #require(report.recommendations.first?.questions)
            #expect(questions.count == phase.relevance.workingElements.count)
            for (question, id) in zip(questions, phase.relevance.workingElements) {
                let statement = try #require(framework.workingElement(id)?.statement[language])
                #expect(question.contains(String(statement.dropLast())), "'\(id.rawValue)' has no question")
            }
        }
    }

    @Test func everyItemOfTheItemBankAppearsWithItsText() {
        let framework = EvaluationFramework.liso2023
        let report = Report(
            result: Self.result(recommending: framework.phases[0]), instrument: .lisoFull, framework: framework,
            language: .dutch)
        let lines = report.elements.flatMap(\.items)
        #expect(
            lines.map(\.id)
                == Instrument.lisoFull.items.filter { item in
                    report.elements.contains { $0.id == item.element }
                }.map(\.id))
        #expect(
            lines.map(\.text) == lines.map { line in Instrument.lisoFull.items.first { $0.id == line.id }?.text.nl })
    }
}
