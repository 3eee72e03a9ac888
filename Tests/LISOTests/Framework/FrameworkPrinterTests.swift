import Foundation
import Testing

@testable import LISO

@Suite struct FrameworkPrinterTests {
    let framework = EvaluationFramework.liso2023

    /// The text with line breaks and indentation collapsed to single spaces.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: Language.allCases)
    func theTextFitsAnEightyColumnTerminalAndNamesEverything(language: Language) {
        let text = FrameworkPrinter(format: .text, language: language).render(framework)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(!text.contains("\u{00A0}"))
        let flat = Self.flattened(text)
        for element in framework.elements {
            #expect(flat.contains(Self.flattened(element.name[language])))
            for working in element.workingElements {
                #expect(flat.contains(Self.flattened(working.statement[language])), "\(working.id)")
            }
        }
        for perspective in framework.perspectives { #expect(flat.contains(perspective.name[language])) }
        for role in framework.roles { #expect(flat.contains(role.name[language])) }
    }

    @Test func dutchAndEnglishTextDiffer() {
        let dutch = FrameworkPrinter(format: .text, language: .dutch).render(framework)
        let english = FrameworkPrinter(format: .text, language: .english).render(framework)
        #expect(dutch.contains("KERNELEMENTEN") && english.contains("CORE ELEMENTS"))
        #expect(dutch.contains("[afgeleid") && english.contains("[derived"))
    }

    @Test func markdownHasAHeadingPerElementAndPhase() {
        let markdown = FrameworkPrinter(format: .markdown, language: .english).render(framework)
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("### ") }
        #expect(headings.count == framework.elements.count + framework.phases.count)
        let themes = markdown.split(separator: "\n").filter { $0.hasPrefix("#### ") }
        #expect(themes.count == framework.elements.flatMap(\.themes).count)
    }

    @Test func jsonListsElementsThemesWorkingElementsPhasesPerspectivesAndRoles() throws {
        let text = FrameworkPrinter(format: .json, language: .english).render(framework)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["format"] as? String == "liso-framework" && root["id"] as? String == "liso-2023")
        let elements = try #require(root["elements"] as? [[String: Any]])
        #expect(elements.count == 8)
        var workingCount = 0
        for element in elements {
            for theme in try #require(element["themes"] as? [[String: Any]]) {
                #expect(["site", "derived"].contains(theme["provenance"] as? String))
                #expect(theme["topThree"] is Bool)
                for working in try #require(theme["workingElements"] as? [[String: Any]]) {
                    workingCount += 1
                    #expect(["site", "derived"].contains(working["provenance"] as? String))
                    #expect(
                        working["basis"] is NSNull || ["expert", "literature"].contains(working["basis"] as? String))
                    #expect((working["statement"] as? [String: String])?.keys.sorted() == ["en", "nl"])
                }
            }
        }
        #expect(workingCount == framework.elements.flatMap(\.workingElements).count)
        let phases = try #require(root["phases"] as? [[String: Any]])
        #expect(phases.compactMap { $0["id"] as? String } == ["forming", "maintaining", "institutionalising"])
        let relevance = try #require(phases.first?["relevance"] as? [String: Any])
        #expect(relevance["provenance"] as? String == "derived")
        #expect((relevance["workingElements"] as? [String])?.isEmpty == false)
        #expect((root["perspectives"] as? [Any])?.count == 5 && (root["roles"] as? [Any])?.count == 6)
    }
}
