import Testing

@testable import LISO

@Suite struct ResponseScaleDisplayTests {
    @Test func theFirstLabelIsDutchAndTheSecondEnglish() throws {
        let scale = try #require(Instrument.lisoFull.scales.first)
        #expect(scale.values.map { $0.label[.dutch] }.first == "Helemaal mee oneens")
        #expect(
            scale.values.map { $0.label[.english] } == [
                "Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree",
            ])
        #expect(scale.missing.first?.label[.english] == "Don't know / not applicable")
    }

    @Test func aValueWithOneLabelShowsItInBothLanguagesAndOneWithoutLabelsShowsItsScore() {
        let single = ResponseScale.Value(value: 2, labels: ["Twee"])
        #expect(single.label[.english] == "Twee" && single.label[.dutch] == "Twee")
        #expect(ResponseScale.Value(value: 2.5, labels: []).label[.english] == "2.5")
    }
}

@Suite struct JSONPathTests {
    @Test func pathsUseDotsForPlainKeysAndBracketsForIndicesAndOtherKeys() {
        #expect(JSONTreeWalker.path("", "items") == "items")
        #expect(JSONTreeWalker.path(JSONTreeWalker.path("items", 3), "scale") == "items[3].scale")
        #expect(JSONTreeWalker.path("fields.role.values", "vision-group") == "fields.role.values.vision-group")
        #expect(JSONTreeWalker.path("fields.role.values", "two words") == "fields.role.values[\"two words\"]")
    }

    @Test func keyHintsSuggestOnlyNearMisses() {
        #expect(KeyHint.closest(to: "workingelement", among: InstrumentFileDecoder.itemKeys) == "workingElement")
        #expect(KeyHint.closest(to: "colour", among: ["id", "scale", "text"]) == nil)
        #expect(KeyHint.editDistance(Array("kitten"), Array("sitting")) == 3)
    }
}
