import Testing

@testable import LISO

@Suite struct ReportStringsTests {
    static func texts(_ strings: ReportStrings) -> [(String, String)] {
        Mirror(reflecting: strings).children.flatMap { child -> [(String, String)] in
            if let text = child.value as? String { return [(child.label ?? "", text)] }
            if let texts = child.value as? [String] { return texts.map { (child.label ?? "", $0) } }
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

    @Test func everyFixedTextExistsInDutchAndInEnglish() {
        let dutch = Self.texts(.dutch)
        let english = Self.texts(.english)
        #expect(dutch.count == english.count)
        for (name, text) in dutch + english { #expect(!text.isEmpty, "'\(name)' is empty") }
    }

    @Test func everyTemplateHasTheSameBlanksInBothLanguages() {
        for ((name, dutch), (_, english)) in zip(Self.texts(.dutch), Self.texts(.english)) {
            #expect(Self.blanks(dutch) == Self.blanks(english), "'\(name)' has different blanks")
        }
    }

    @Test func theProvenanceNoteSaysTheItemsAreDerived() {
        #expect(ReportStrings.english.provenance.contains("Items derived from LISO working elements"))
        #expect(ReportStrings.dutch.provenance.contains("afgeleid van de werkzame elementen van LISO"))
        for (_, text) in Self.texts(.english) { #expect(!text.lowercased().contains("official")) }
    }

    @Test func bracesInAFilledInValueAreNotReadAsBlanks() {
        #expect("{before} → {after}".filled(["before": "{after}", "after": "b"]) == "{after} → b")
    }

    @Test func aTemplateFillsEveryBlank() {
        #expect("a {x} b {y}".filled(["x": "1", "y": "2"]) == "a 1 b 2")
        #expect("{x}{z}".filled(["x": "1"]) == "1{z}")
    }
}
