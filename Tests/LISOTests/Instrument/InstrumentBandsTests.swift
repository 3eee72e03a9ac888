import Foundation
import Testing

@testable import LISO

/// The optional `bands` key of a scale in an instrument file: read strictly, written back.
@Suite struct InstrumentBandsTests {
    typealias Support = InstrumentTestSupport

    /// A file whose scale has `bands` spliced in as JSON text.
    static func file(bands: String) -> String {
        Support.file().replacingOccurrences(
            of: #"{"id": "agree5", "values""#, with: #"{"id": "agree5", "bands": \#(bands), "values""#)
    }

    @Test func aScaleWithoutBandsGetsBandsRelativeToItsRange() throws {
        let instrument = try Instrument(jsonData: Data(Support.file().utf8), fileName: "t.json")
        #expect(instrument.scales[0].bandOverride == nil)
        #expect(instrument.scales[0].bands == ResponseScale.Bands(strength: 1.75, attention: 1.5))
    }

    @Test func bandsAreReadAndWrittenBack() throws {
        let instrument = try Instrument(
            jsonData: Data(Self.file(bands: #"{"strength": 2, "attention": 1.5}"#).utf8), fileName: "t.json")
        #expect(instrument.scales[0].bands == ResponseScale.Bands(strength: 2, attention: 1.5))
        #expect(instrument.jsonText().contains("\"bands\""))
        #expect(try Instrument(jsonData: instrument.jsonData(), fileName: "again.json") == instrument)
        #expect(!Instrument.lisoFull.jsonText().contains("\"bands\""))
    }

    @Test func badBandsAreErrorsWithTheirPath() {
        let unknown = Support.diagnostics(Self.file(bands: #"{"strength": 2, "attention": 1, "concern": 1}"#))
        #expect(unknown.map(\.kind) == [.instrumentUnknownKey])
        #expect(unknown.first?.message.hasPrefix("scales[0].bands.concern: unknown key") == true)
        let missing = Support.diagnostics(Self.file(bands: #"{"strength": 2}"#))
        #expect(missing.map(\.kind) == [.instrumentMissingKey])
        #expect(missing.first?.message == "scales[0].bands.attention: required key is missing")
        let outside = Support.diagnostics(Self.file(bands: #"{"strength": 3, "attention": 1}"#))
        #expect(outside.map(\.kind) == [.instrumentBands])
        #expect(outside.first?.message == "scales[0].bands: bands must lie within the scale's range 1–2")
        let reversed = Support.diagnostics(Self.file(bands: #"{"strength": 1, "attention": 2}"#))
        #expect(reversed.first?.message == "scales[0].bands: 'attention' must not be above 'strength'")
        let text = Support.diagnostics(Self.file(bands: #"{"strength": "high", "attention": 1}"#))
        #expect(text.map(\.kind) == [.instrumentType])
    }

    @Test func theSharedExampleStillLoadsAsItIs() throws {
        guard let url = Support.sharedExample() else { return }
        let instrument = try Instrument.load(contentsOf: url)
        #expect(instrument.scales.allSatisfy { $0.bandOverride == nil })
        #expect(
            instrument.scales[0].values[0].label == LocalizedText(nl: "Helemaal mee oneens", en: "Strongly disagree"))
    }
}
