import Foundation
import Testing

@testable import LISO

@Suite struct PulseInstrumentTests {
    /// The parts of an instrument file the input tests use.
    struct Parts: Decodable {
        var scales: [ResponseScale]
        var items: [Item]
        var fields: [String: Field]
    }

    /// A field as the file writes it: `values` may be left out.
    struct Field: Decodable {
        var columns: [String]
        var values: [String: [String]]?

        var model: InstrumentFields.Field { .init(columns: columns, values: values ?? [:]) }
    }

    @Test func theTestInstrumentMatchesTheSharedExample() throws {
        guard let shared = PulseInstrument.sharedFolder else {
            print("skipped: ../shared is absent")
            return
        }
        let data = try Data(contentsOf: shared.appendingPathComponent("examples/custom-instrument.json"))
        let parts = try JSONDecoder().decode(Parts.self, from: data)
        #expect(parts.scales == PulseInstrument.instrument.scales)
        #expect(parts.items == PulseInstrument.instrument.items)
        let fields = parts.fields.mapValues(\.model)
        let expected = PulseInstrument.instrument.fields
        #expect(fields["respondent"] == expected.respondent)
        #expect(fields["network"] == expected.network)
        #expect(fields["perspective"] == expected.perspective)
        #expect(fields["role"] == expected.role)
        #expect(fields["phase"] == expected.phase)
        #expect(fields["wave"] == expected.wave)
        #expect(fields.count == 6)
    }
}
