import Foundation
import Testing

@testable import LISO

@Suite struct InstrumentEncodingTests {
    @Test(arguments: [QuestionnaireForm.full, .short])
    func theBuiltInFormPrintedAsJSONDecodesBackToAnEqualValue(form: QuestionnaireForm) throws {
        let instrument = Instrument.builtIn(form: form)
        let decoded = try Instrument(jsonData: instrument.jsonData(), fileName: "built-in.json")
        #expect(decoded == instrument)
    }

    @Test func writingIsStable() throws {
        let data = Instrument.lisoFull.jsonData()
        let again = try Instrument(jsonData: data, fileName: "built-in.json").jsonData()
        #expect(data == again)
    }

    @Test func theSharedExampleWrittenOutReadsBackEqual() throws {
        guard let url = InstrumentTestSupport.sharedExample() else { return }
        let example = try Instrument.load(contentsOf: url)
        #expect(try Instrument(jsonData: example.jsonData(), fileName: "x.json") == example)
    }

    @Test func theFileIsValidJSONWithKeysInTheFormatsOrder() throws {
        let text = Instrument.lisoShort.jsonText()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["format", "version", "id", "title", "framework", "scales", "items", "fields"])
        #expect(object["format"] as? String == "liso-instrument")
        let positions = [
            "\"format\"", "\"version\"", "\"id\"", "\"title\"", "\"framework\"", "\"scales\"", "\"items\"",
        ]
        .compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == 7 && positions == positions.sorted())
        #expect(text.hasSuffix("}\n"))
    }

    @Test func linesStayWithinTheLimitUnlessOneStringIsLonger() {
        for line in Instrument.lisoFull.jsonText().split(separator: "\n") where line.count > 120 {
            #expect(line.filter { $0 == "\"" }.count <= 4, "\(line)")
        }
    }

    @Test func optionalItemKeysAreLeftOutWhenAbsent() throws {
        let item = Item(id: "x", text: LocalizedText(nl: "a", en: "b"), element: "synergy", scale: "agree5")
        var instrument = Instrument.lisoShort
        instrument.items = [item]
        let text = instrument.jsonText()
        #expect(!text.contains("\"theme\"") && !text.contains("\"workingElement\""))
        #expect(try Instrument(jsonData: Data(text.utf8), fileName: "x.json") == instrument)
    }
}
