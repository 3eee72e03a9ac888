import Foundation
import Testing

@testable import LISO

@Suite struct MeetingReportTests {
    let fixture = ReportFixture()

    func report(_ result: EvaluationResult? = nil, _ language: Language = .dutch) -> MeetingReport {
        MeetingReport(
            result: result ?? fixture.result, instrument: fixture.instrument, framework: fixture.framework,
            language: language, day: CalendarDay(year: 2025, month: 3, day: 7))
    }

    /// The fixture's result with findings about the network `Noord` added.
    func result(adding findings: [Divergence]) -> EvaluationResult {
        var result = fixture.result
        result.divergence += findings
        return result
    }

    func perspectives(_ element: CoreElement.ID, _ policy: Double, _ families: Double) -> Divergence {
        Divergence(
            kind: .perspectives, network: "Noord", element: element, difference: policy - families,
            highest: "policy", lowest: "families", means: ["policy": policy, "families": families],
            flagged: policy - families >= 1)
    }

    func trekkers(_ element: CoreElement.ID, trekker: Double, others: Double) -> Divergence {
        Divergence(
            kind: .trekkersVersusMembers, network: "Noord", element: element, difference: trekker - others,
            highest: trekker >= others ? "trekker" : "others", lowest: trekker >= others ? "others" : "trekker",
            means: ["trekker": trekker, "others": others], flagged: false)
    }

    @Test func everyNetworkGetsASectionInTheOrderOfTheResult() {
        let report = report()
        #expect(report.sections.map(\.network) == ["Noord", "Zuid & Oost", "Kleine kring"])
        #expect(report.sections[0].title == "Voor de bijeenkomst: Noord")
        #expect(report.sections[0].respondents == 21)
        #expect(report.sections[0].phase?.name == "Onderhouden")
        #expect(report.sections[0].elements.count == 8)
    }

    @Test func aHiddenNetworkExplainsWhyAndWhatToDoInsteadOfShowingFigures() throws {
        let hidden = report().sections[2]
        let notice = try #require(hidden.privacy)
        #expect(hidden.elements.isEmpty && hidden.disagreements.isEmpty && hidden.gaps.isEmpty)
        #expect(hidden.phase == nil)
        #expect(notice.explanation.hasPrefix("Er zijn 3 vragenlijsten ingevuld. Cijfers tonen we pas vanaf 5"))
        #expect(notice.advice.contains { $0.contains("‘--min-group-size 3’") })
        #expect(hidden.questions.allSatisfy { $0.reason == .general })
        #expect(report().sections[0].privacy == nil)
    }

    @Test func theElementsThePerspectivesSeeMostDifferentlyComeFirst() {
        let result = result(adding: [
            perspectives("synergy", 4.4, 3.6), perspectives("results", 4.5, 3.2),
            perspectives("organisation", 3.2, 3.0), perspectives("phasing", 4.0, 3.5),
        ])
        let section = report(result).sections[0]
        #expect(section.elements.prefix(4).map(\.id) == ["results", "synergy", "phasing", "organisation"])
        #expect(section.elements.dropFirst(4).allSatisfy { $0.spread == nil })
        #expect(section.disagreements.map(\.id) == ["results", "synergy", "phasing"])
        let first = section.disagreements[0]
        #expect(first.highest == "Beleid" && first.lowest == "Gezinnen")
        #expect(abs(first.difference - 1.3) < 1e-12)
        #expect(first.flagged)
    }

    /// The gap must be larger than a third of the range of the 1–5 scale: 4 / 3 ≈ 1.333.
    @Test func theLeadAndTheMembersAreComparedOnlyBeyondAThirdOfTheScale() {
        let result = result(adding: [
            trekkers("synergy", trekker: 4.8, others: 3.4), trekkers("results", trekker: 2.5, others: 4.0),
            trekkers("organisation", trekker: 4.3, others: 3.0), trekkers("phasing", trekker: 3.0, others: 4.3),
        ])
        let report = report(result)
        #expect(report.gapThreshold == 4.0 / 3.0)
        let section = report.sections[0]
        #expect(section.trekkerCompared)
        #expect(section.gaps.map(\.element) == ["synergy", "results"])
        #expect(section.gaps.map(\.kind) == [.blindSpot, .hiddenStrength])
        #expect(report.sections[1].trekkerCompared == false)
    }

    @Test func threeToFiveQuestionsEachAboutAnotherElementTheWeakestFirstAfterTheDisputes() {
        let result = result(adding: [perspectives("synergy", 4.4, 3.6), trekkers("results", trekker: 4.9, others: 3.2)])
        let section = report(result).sections[0]
        let questions = section.questions
        #expect((3...5).contains(questions.count))
        #expect(Set(questions.compactMap(\.element)).count == questions.count)
        #expect(questions.map(\.reason).prefix(2) == [.disputed, .blindSpot])
        #expect(questions[0].element == "synergy")
        #expect(questions[1].element == "results")
        // The weak elements of Noord from the lowest mean up, by a plain sort of its results.
        let noord = fixture.result.groups.first { $0.values == ["Noord"] }?.elements ?? []
        let weakest = noord.filter { $0.band != .strength }.sorted { $0.mean! < $1.mean! }.map(\.id)
        let asked = questions.filter { $0.reason == .weak }.map(\.element)
        #expect(asked == Array(weakest.prefix(asked.count)))
    }

    @Test func aWeakElementIsAskedAboutWithTheStatementOfItsWorkingElement() throws {
        let section = report().sections[0]
        let question = try #require(section.questions.first { $0.element == "making-lessons-explicit" })
        #expect(question.question.hasPrefix("Hoe zorgen we ervoor dat dit in ons netwerk geldt: ‘Leren is vanaf"))
        #expect(question.question.hasSuffix("‘Leren is vanaf de start een expliciet doel’?"))
        #expect(question.why == "Lessen benoemen en vastleggen is een zorgpunt (2,61).")
    }

    @Test func aResultWithoutNetworksIsOneSectionForEveryoneWithEveryWaveInTimeOrder() {
        var result = fixture.result
        result.groups.removeAll { $0.dimensions == [.network] }
        let report = MeetingReport(
            result: result, instrument: fixture.instrument, framework: fixture.framework, language: .english,
            wavesByNetwork: ["Noord": ["2026-najaar", "2025-voorjaar"], "Zuid": ["2025-najaar", "2025-voorjaar"]])
        #expect(report.sections.count == 1)
        #expect(report.sections[0].network == nil)
        #expect(report.sections[0].title == "For the meeting")
        #expect(report.sections[0].respondents == 40)
        #expect(report.sections[0].waves == ["2025-voorjaar", "2025-najaar", "2026-najaar"])
    }

    @Test func theDayIsWrittenInWords() {
        #expect(CalendarDay(year: 2025, month: 3, day: 7).text(in: .dutch) == "7 maart 2025")
        #expect(CalendarDay(year: 2025, month: 12, day: 31).text(in: .english) == "31 December 2025")
        let epoch = CalendarDay(Date(timeIntervalSince1970: 0), timeZone: TimeZone(identifier: "UTC")!)
        #expect(epoch == CalendarDay(year: 1970, month: 1, day: 1))
    }
}
