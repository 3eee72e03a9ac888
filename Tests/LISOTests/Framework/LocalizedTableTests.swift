import Testing

@testable import LISO

/// Checks every table of fixed texts: both languages present, the same blanks in each.
@Suite struct LocalizedTableTests {
    /// Every ``LocalizedText`` of a table, with its name; a counted word gives its two forms.
    static func texts(_ table: some LocalizedTable) -> [(name: String, text: LocalizedText)] {
        Mirror(reflecting: table).children.flatMap { child -> [(name: String, text: LocalizedText)] in
            let name = child.label ?? ""
            if let text = child.value as? LocalizedText { return [(name, text)] }
            if let word = child.value as? CountedWord { return [(name, word.singular), (name, word.plural)] }
            return []
        }
    }

    static func blanks(_ text: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    static let tables: [(String, [(name: String, text: LocalizedText)])] = [
        ("report", texts(ReportText.shared)), ("printer", texts(PrinterText.shared)),
        ("meeting", texts(MeetingText.shared)), ("personal", texts(PersonalText.shared)),
        ("discussion", texts(DiscussionText.shared)), ("privacy notice", texts(PrivacyNoticeText.shared)),
        ("questionnaire form", texts(QuestionnaireFormText.shared)),
    ]

    @Test(arguments: tables.map(\.0))
    func everyFixedTextExistsInDutchAndInEnglish(_ table: String) throws {
        let texts = try #require(Self.tables.first { $0.0 == table }).1
        #expect(texts.count > 5)
        for (name, text) in texts {
            #expect(!text.nl.isEmpty && !text.en.isEmpty, "'\(name)' is empty in a language")
        }
    }

    @Test(arguments: tables.map(\.0))
    func everyTemplateHasTheSameBlanksInBothLanguages(_ table: String) throws {
        for (name, text) in try #require(Self.tables.first { $0.0 == table }).1 {
            #expect(Self.blanks(text.nl) == Self.blanks(text.en), "'\(name)' has different blanks")
        }
    }

    @Test func theProvenanceNoteSaysTheItemsAreDerived() {
        #expect(ReportStrings(.english).provenance.contains("Items derived from LISO working elements"))
        #expect(ReportStrings(.dutch).provenance.contains("afgeleid van de werkzame elementen van LISO"))
        for (_, text) in Self.texts(ReportText.shared) { #expect(!text.en.lowercased().contains("official")) }
    }

    @Test func bracesInAFilledInValueAreNotReadAsBlanks() {
        #expect("{before} → {after}".filled(["before": "{after}", "after": "b"]) == "{after} → b")
    }

    @Test func aTemplateFillsEveryBlank() {
        #expect("a {x} b {y}".filled(["x": "1", "y": "2"]) == "a 1 b 2")
        #expect("{x}{z}".filled(["x": "1"]) == "1{z}")
    }
}
