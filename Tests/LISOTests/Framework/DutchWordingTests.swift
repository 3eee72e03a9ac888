import Testing

@testable import LISO

/// The Dutch a parent understands (B1): no English words, no jargon a tester stumbled over,
/// plain phase names with a one-line explanation, and counts that agree with their nouns.
@Suite struct DutchWordingTests {
    /// English words and jargon that must not appear in Dutch text, each a whole word.
    static let forbiddenWords: Set<String> = [
        "community", "context", "json", "generic", "layout", "deadline", "deadlines", "factsheet", "e-magazines",
        "goodwill", "item", "items", "empty-row", "invalid-value", "expliciteren", "vatten", "institutionaliseren",
        "formeren", "fasering", "leerlessen", "implementeren", "synergie", "leerrendement", "waardecreatie",
        "mandaat", "urgent", "kennisproducten", "reflectieverslagen", "capaciteit",
    ]
    /// Phrases a tester found hard, as they were written.
    static let forbiddenPhrases = [
        "min andere deelnemers", "waarschijnlijk echt", "belemmert", "in het json-rapport", "respondent-id",
    ]

    /// Every Dutch text of the library's tables, the framework and the built-in questionnaire.
    static var dutchTexts: [(place: String, text: String)] {
        var texts: [(String, String)] = []
        let tables: [(String, [(name: String, text: LocalizedText)])] = LocalizedTableTests.tables
        for (table, entries) in tables {
            texts += entries.map { ("\(table).\($0.name)", $0.text.nl) }
        }
        let framework = EvaluationFramework.liso2023
        for element in framework.elements {
            texts += [(element.id.rawValue, element.name.nl), (element.id.rawValue, element.description.nl)]
            for theme in element.themes {
                texts.append((theme.id.rawValue, theme.name.nl))
                texts += theme.workingElements.map { ($0.id.rawValue, $0.statement.nl) }
            }
        }
        texts += framework.phases.flatMap { [($0.id.rawValue, $0.name.nl), ($0.id.rawValue, $0.description.nl)] }
        texts += framework.perspectives.flatMap { [($0.id.rawValue, $0.name.nl), ($0.id.rawValue, $0.description.nl)] }
        texts += framework.roles.flatMap { [($0.id.rawValue, $0.name.nl), ($0.id.rawValue, $0.description.nl)] }
        texts += Instrument.builtIn(form: .full).items.map { ($0.id.rawValue, $0.text.nl) }
        return texts
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0 == "-") }.map(String.init)
    }

    @Test func noDutchTextHasEnglishWordsOrTheJargonATesterFound() {
        for (place, text) in Self.dutchTexts {
            let found = Self.words(text).filter { Self.forbiddenWords.contains($0) }
            #expect(found.isEmpty, "\(place): \(found) in ‘\(text)’")
            for phrase in Self.forbiddenPhrases {
                #expect(!text.lowercased().contains(phrase), "\(place): ‘\(phrase)’ in ‘\(text)’")
            }
        }
    }

    @Test func theElementsAndPhasesHavePlainDutchNamesAndKeepTheirIds() {
        let framework = EvaluationFramework.liso2023
        #expect(
            framework.elements.map(\.id.rawValue) == [
                "community-context", "learning-network", "organisation", "synergy", "results",
                "making-lessons-explicit",
                "implementing-lessons", "phasing",
            ])
        #expect(framework.element("community-context")?.name.nl == "Omgeving van het netwerk")
        #expect(framework.element("making-lessons-explicit")?.name.nl == "Lessen benoemen en vastleggen")
        #expect(framework.phases.map(\.name.nl) == ["Opstarten", "Onderhouden", "Verankeren"])
        #expect(framework.phases.map(\.id.rawValue) == ["forming", "maintaining", "institutionalising"])
    }

    @Test func eachPhaseIsExplainedInOneLine() {
        for phase in EvaluationFramework.liso2023.phases {
            let explanation = phase.description.nl
            #expect(explanation.hasSuffix("."))
            #expect(!explanation.dropLast().contains(". "), "\(phase.id): more than one sentence")
            #expect(explanation.count <= 140, "\(phase.id): \(explanation.count) characters")
        }
    }

    @Test func exportsWithTheFormerPhaseNamesAndStatementsAreStillRead() throws {
        let instrument = Instrument.builtIn(form: .full)
        let phases = try #require(instrument.fields.phase?.values)
        #expect(phases["forming"]?.contains("Formeren") == true && phases["forming"]?.first == "Opstarten")
        #expect(phases["institutionalising"]?.contains("Institutionaliseren") == true)
        let res4 = try #require(instrument.items.first { $0.id == "res-4" })
        #expect(res4.columns.contains { $0.contains("factsheet") })
    }

    @Test func countsAgreeWithTheirNouns() {
        let report = ReportStrings(.dutch)
        #expect(report.phrase(\.moreWorkingElements, 1) == "1 werkzaam element")
        #expect(report.phrase(\.moreWorkingElements, 2) == "2 werkzame elementen")
        #expect(report.phrase(\.respondentCount, 1) == "1 respondent")
        let notice = PrivacyNotice(
            for: GroupResult(
                dimensions: [], values: [], respondents: 2, suppressionReason: .smallGroup, elements: [], items: []),
            minimumGroupSize: 5, language: .dutch)
        #expect(notice?.explanation.hasPrefix("Er zijn 2 vragenlijsten ingevuld.") == true)
        let one = PrivacyNotice(
            for: GroupResult(
                dimensions: [], values: [], respondents: 1, suppressionReason: .smallGroup, elements: [], items: []),
            minimumGroupSize: 5, language: .dutch)
        #expect(one?.explanation.hasPrefix("Er is 1 vragenlijst ingevuld.") == true)
    }

    @Test func diagnosticKindsAndLayoutsAreNamedInDutch() {
        #expect(Diagnostic.Kind.emptyRow.label(in: .dutch) == "lege rij")
        #expect(Diagnostic.Kind.emptyRow.label(in: .english) == "empty-row")
        for label in Diagnostic.Kind.dutchLabels.values {
            #expect(Self.words(label).allSatisfy { !Self.forbiddenWords.contains($0) })
        }
        let report = ReportFixture().report(.dutch)
        let markdown = MarkdownRenderer().render(report)
        #expect(!markdown.contains("empty-row") && markdown.contains("lege rij"))
    }
}
