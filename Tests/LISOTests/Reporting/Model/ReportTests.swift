import Testing

@testable import LISO

@Suite struct ReportTests {
    let fixture = ReportFixture()

    @Test func theSummaryListsTheThreeStrongestAndTheThreeWeakestElements() {
        let summary = fixture.report(.english).summary
        let ranked = zip(ReportFixture.elementIDs, ReportFixture.means).sorted { $0.1 > $1.1 }
        #expect(summary.strongest.map(\.id) == ranked.prefix(3).map(\.0))
        #expect(summary.weakest.map(\.id) == ranked.suffix(3).reversed().map(\.0))
    }

    @Test func aReportOfOneNetworkNamesItInTheTitle() {
        var result = fixture.result
        #expect(
            Report(result: result, instrument: fixture.instrument, language: .dutch).title
                == "Evaluatie van leernetwerken")
        result.groups.removeAll { $0.dimensions == [.network] && $0.values != ["Noord"] }
        let report = Report(result: result, instrument: fixture.instrument, language: .dutch)
        #expect(report.title == "Evaluatie van het leernetwerk ‘Noord’")
    }

    @Test func labelsComeFromTheFrameworkInTheReportsLanguage() {
        let dutch = fixture.report(.dutch)
        let english = fixture.report(.english)
        #expect(dutch.elements.map(\.name).contains("Lessen benoemen en vastleggen"))
        #expect(english.elements.map(\.name).contains("Making lessons explicit"))
        let perspectives = dutch.summary.groupCounts.filter { $0.dimensions == [.perspective] }.map(\.label)
        #expect(perspectives == ["Beleid", "Onderwijs", "Praktijk", "Onderzoek", "Gezinnen"])
    }

    @Test func itemsShowTheirTextAndTheirDistributionOverTheScale() throws {
        let report = fixture.report(.english)
        let item = try #require(report.elements.first?.items.first)
        let source = try #require(fixture.result.overall.items.first)
        #expect(item.text == fixture.instrument.items[0].text.en)
        #expect(item.distribution == (1...5).map { source.counts["\($0)"] ?? 0 })
        #expect(report.scale.map(\.label) == fixture.instrument.scales[0].values.map { $0.labels[1] })
    }

    @Test func recommendationsBecomeQuestionsFromTheWorkingElementsStatements() throws {
        let dutch = try #require(fixture.report(.dutch).recommendations.first)
        #expect(
            dutch.questions.first
                == "Hoe zorgen we ervoor dat dit in ons netwerk geldt: ‘Leren is vanaf de start een expliciet doel’?")
        let english = try #require(fixture.report(.english).recommendations.first)
        #expect(
            english.questions.last
                == "How do we make sure this holds in our network: ‘We record what we learn together’?")
    }

    @Test func aWorkingElementTheFrameworkDoesNotKnowBecomesAQuestionAboutTheElement() throws {
        let recommendation = try #require(fixture.report(.english).recommendations.dropFirst().first)
        #expect(recommendation.questions.count == 2)
        #expect(recommendation.questions.last == "What would it take to strengthen ‘Organisation’ in our network?")
    }

    @Test func aSuppressedGroupHasNoCellInAnyComparison() throws {
        let report = fixture.report(.english)
        let perspectives = try #require(report.comparisons.first { $0.dimensions == [.perspective] })
        let families = try #require(perspectives.columns.firstIndex { $0.values == ["families"] })
        #expect(perspectives.columns[families].suppressed)
        #expect(perspectives.rows.allSatisfy { $0.cells[families] == nil })
        #expect(perspectives.rows.contains { $0.cells[0] != nil })
    }

    @Test func perspectiveRowsCarryTheDivergenceFlagOfTheWholeSet() throws {
        let report = fixture.report(.english)
        let perspectives = try #require(report.comparisons.first { $0.dimensions == [.perspective] })
        let expected = fixture.result.divergence.filter { $0.kind == .perspectives && $0.network == nil }
        #expect(perspectives.rows.map(\.flagged) == expected.map(\.flagged))
        #expect(perspectives.rows.map(\.spread) == expected.map(\.difference))
    }

    @Test func theRoleComparisonShowsTrekkersMinusTheOtherMembers() throws {
        let roles = try #require(fixture.report(.dutch).comparisons.first { $0.dimensions == [.role] })
        #expect(roles.spreadKind == .trekkersVersusMembers)
        #expect(roles.spreadHeader(ReportStrings(.dutch)) == "Verschil trekkers en andere deelnemers")
        let last = try #require(roles.rows.last)
        #expect(roles.spreadText(last, NumberStyle(.dutch)) == "-0,10")
        let lines = fixture.report(.english).divergences.filter { $0.kind == .trekkersVersusMembers }
        #expect(lines.first?.highest == "Other members")
        #expect(lines.last?.lowest == "Network lead (trekker)")
    }

    @Test func whenTheWholeSetIsSuppressedNoElementIsShown() {
        var result = fixture.result
        result.overall.suppressionReason = .smallGroup
        let report = Report(
            result: result, instrument: fixture.instrument, framework: fixture.framework, language: .dutch)
        #expect(report.elements.isEmpty)
        #expect(report.summary.strongest.isEmpty && report.summary.weakest.isEmpty)
        #expect(report.dataQuality.items.isEmpty)
    }

    @Test func diagnosticsAreCountedBySeverityAndKindMostSeriousFirst() {
        let counts = fixture.report(.english).dataQuality.diagnostics
        #expect(counts.map(\.kind) == ["encoding-fallback", "invalid-value", "empty-row"])
        #expect(counts.map(\.count) == [1, 2, 1])
    }

    @Test func itemRatesAreShareOfAllCellsOfTheItem() throws {
        let item = try #require(fixture.result.overall.items.dropFirst(5).first)
        let quality = try #require(fixture.report(.english).dataQuality.items.dropFirst(5).first)
        let cells = item.n + item.dontKnow + item.unanswered + item.invalid
        #expect(quality.cells == cells)
        #expect(quality.dontKnowRate == Double(item.dontKnow) / Double(cells))
        #expect(quality.invalid == 1)
    }
}

@Suite struct ReverseKeyedDistributionTests {
    @Test func aReverseKeyedItemShowsItsAnswersAsGiven() throws {
        let fixture = ReportFixture()
        let report = fixture.report(.english)
        let line = try #require(report.elements.flatMap(\.items).first { $0.reverse })
        let counts = line.answers.counts
        #expect(line.distribution == [5, 4, 3, 2, 1].map { counts["\($0)"] ?? 0 })
        let plain = try #require(report.elements.flatMap(\.items).first { !$0.reverse })
        #expect(plain.distribution == [1, 2, 3, 4, 5].map { plain.answers.counts["\($0)"] ?? 0 })
    }
}
