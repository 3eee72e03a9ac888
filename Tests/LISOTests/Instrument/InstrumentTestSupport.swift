import Foundation
import Testing

@testable import LISO

/// Places and helpers the instrument tests share.
enum InstrumentTestSupport {
    /// A fixture of `Fixtures/Instruments`.
    static func fixture(_ name: String) -> URL {
        PackagePaths.root.appendingPathComponent("Fixtures/Instruments").appendingPathComponent(name)
    }

    /// The shared example instrument, or nil (with a printed reason) when `../shared` is absent.
    static func sharedExample() -> URL? {
        let url = PackagePaths.shared.appendingPathComponent("examples/custom-instrument.json")
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("skipped: \(url.path) is absent (the shared folder is not next to the package)")
            return nil
        }
        return url
    }

    /// The diagnostics decoding `text` gives, empty when it decodes.
    static func diagnostics(_ text: String, fileName: String = "test.json") -> [Diagnostic] {
        do {
            _ = try Instrument(jsonData: Data(text.utf8), fileName: fileName)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// The messages decoding `text` gives.
    static func messages(_ text: String) -> [String] { diagnostics(text).map(\.message) }

    /// A valid file with one scale and one item; `item` and `extra` are spliced in as JSON text.
    static func file(
        item: String = #""id": "q1", "text": {"nl": "Een", "en": "One"}, "element": "synergy""#,
        extra: String = "", version: String = "1", format: String = #""liso-instrument""#
    ) -> String {
        """
        {
          "format": \(format),
          "version": \(version),
          "id": "t",
          "title": {"nl": "Toets", "en": "Test"},
          "framework": "liso-2023",
          "scales": [
            {"id": "agree5", "values": [{"value": 1, "labels": ["Oneens"], "codes": ["1"]},
                                        {"value": 2, "labels": ["Eens"], "codes": ["2"]}]}
          ],
          "items": [{\(item)}]\(extra)
        }
        """
    }
}
