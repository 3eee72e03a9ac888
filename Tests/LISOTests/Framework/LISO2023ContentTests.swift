import Testing

@testable import LISO

@Suite struct LISO2023ContentTests {
    let framework = EvaluationFramework.liso2023

    @Test func theEightElementsAreThoseOfTheSiteInTheirOrder() {
        #expect(
            framework.elements.map(\.id.rawValue) == [
                "community-context", "learning-network", "organisation", "synergy", "results",
                "making-lessons-explicit", "implementing-lessons", "phasing",
            ])
    }

    @Test func everyElementHasTwoToFourThemesAndMarksAtMostThreeAsTopThree() {
        for element in framework.elements {
            #expect((2...4).contains(element.themes.count), "\(element.id)")
            let top = element.themes.filter(\.isTopThree).count
            #expect(top == min(3, element.themes.count), "\(element.id) marks \(top) themes as top three")
        }
    }

    @Test func topThreeThemesComeBeforeTheOthers() {
        for element in framework.elements {
            let flags = element.themes.map(\.isTopThree)
            #expect(flags == flags.sorted { $0 && !$1 }, "\(element.id)")
        }
    }

    @Test func everyThemeHasWorkingElementsAndIdsNestUnderTheirParent() {
        for element in framework.elements {
            for theme in element.themes {
                #expect(theme.id.rawValue.hasPrefix(element.id.rawValue + "."), "\(theme.id)")
                #expect(!theme.workingElements.isEmpty, "\(theme.id) has no working elements")
                for working in theme.workingElements {
                    #expect(working.id.rawValue.hasPrefix(theme.id.rawValue + "."), "\(working.id)")
                }
            }
        }
    }

    @Test func everyIdentifierIsUnique() {
        let themes = framework.elements.flatMap(\.themes).map(\.id.rawValue)
        let working = framework.elements.flatMap(\.workingElements).map(\.id.rawValue)
        #expect(Set(themes).count == themes.count)
        #expect(Set(working).count == working.count)
    }

    @Test func everyTextIsWrittenInBothLanguages() {
        var texts: [LocalizedText] = [framework.name]
        texts += framework.elements.flatMap { [$0.name, $0.description] }
        texts += framework.elements.flatMap(\.themes).map(\.name)
        texts += framework.elements.flatMap(\.workingElements).map(\.statement)
        texts += framework.phases.flatMap { [$0.name, $0.description] }
        texts += framework.perspectives.flatMap { [$0.name, $0.description] }
        texts += framework.roles.flatMap { [$0.name, $0.description] }
        for text in texts {
            #expect(!text.nl.isEmpty && !text.en.isEmpty, "\(text)")
        }
        let descriptions = framework.elements.map(\.description)
        #expect(descriptions.allSatisfy { $0.nl != $0.en })
    }

    @Test func thePhasingElementParaphrasesTheSite() throws {
        let phasing = try #require(framework.element("phasing"))
        let siteThemes = phasing.themes.filter { $0.provenance == .site }
        #expect(siteThemes.map(\.id.rawValue).contains("phasing.continued-development"))
        #expect(siteThemes.flatMap(\.workingElements).allSatisfy { $0.provenance == .site && $0.basis != nil })
    }

    @Test func siteAndDerivedContentAreBothPresentAndDerivedContentStatesItsBasis() {
        let working = framework.elements.flatMap(\.workingElements)
        #expect(working.contains { $0.provenance == .site })
        #expect(working.contains { $0.provenance == .derived })
        #expect(working.filter { $0.provenance == .derived }.allSatisfy { $0.basis != nil })
    }

    @Test func phasesPerspectivesAndRolesHaveTheIssuesIds() {
        #expect(framework.phases.map(\.id.rawValue) == ["forming", "maintaining", "institutionalising"])
        #expect(
            framework.perspectives.map(\.id.rawValue) == ["policy", "education", "practice", "research", "families"])
        #expect(
            framework.roles.map(\.id.rawValue) == [
                "trekker", "initiator", "kwartiermaker", "coordinator", "member", "vision-group",
            ])
    }

    @Test func phaseRelevanceNamesExistingElementsAndWorkingElementsAndIsDerived() {
        for phase in framework.phases {
            let relevance = phase.relevance
            #expect(relevance.provenance == .derived)
            #expect(!relevance.elements.isEmpty && !relevance.workingElements.isEmpty, "\(phase.id)")
            for id in relevance.elements { #expect(framework.element(id) != nil, "\(id)") }
            for id in relevance.workingElements { #expect(framework.workingElement(id) != nil, "\(id)") }
            #expect(Set(relevance.workingElements).count == relevance.workingElements.count)
        }
    }

    @Test func lookupsFindNestedContentAndMissNothingElse() {
        #expect(framework.theme("synergy.shared-goal")?.isTopThree == true)
        #expect(framework.workingElement("results.value-for-members.learning-yield")?.provenance == .site)
        #expect(framework.theme("synergy.nothing") == nil)
        #expect(framework.workingElement("synergy.shared-goal") == nil)
        #expect(EvaluationFramework.builtIn["liso-2023"] == framework)
    }
}
