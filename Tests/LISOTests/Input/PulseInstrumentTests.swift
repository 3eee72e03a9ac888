import Foundation
import Testing

@testable import LISO

@Suite struct PulseInstrumentTests {
    @Test func theSharedExampleLoadsAsTheTestInstrument() throws {
        guard let shared = PulseInstrument.sharedFolder else {
            print("skipped: ../shared is absent")
            return
        }
        let data = try Data(contentsOf: shared.appendingPathComponent("examples/custom-instrument.json"))
        let loaded = try Instrument(jsonData: data, fileName: "custom-instrument.json")
        #expect(loaded == PulseInstrument.instrument)
    }
}
