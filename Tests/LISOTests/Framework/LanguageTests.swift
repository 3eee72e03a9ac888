import Testing

@testable import LISO

@Suite struct LanguageTests {
    @Test func dutchIsChosenWhenLangStartsWithNl() {
        #expect(Language.preferred(in: ["LANG": "nl_NL.UTF-8"]) == .dutch)
    }

    @Test func lcAllWinsOverLang() {
        #expect(Language.preferred(in: ["LC_ALL": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"]) == .english)
    }

    @Test func englishIsTheFallback() {
        #expect(Language.preferred(in: [:]) == .english)
        #expect(Language.preferred(in: ["LANG": "C"]) == .english)
    }
}
