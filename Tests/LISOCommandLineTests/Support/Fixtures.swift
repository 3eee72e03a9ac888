import Foundation
import LISO

/// Small exports written by the tests themselves, in the generic template layout.
enum Fixtures {
    /// The bundled example export, `Fixtures/Exports/example-leernetwerken.csv`.
    static let example = BinaryRun.packageRoot.appendingPathComponent("Fixtures/Exports/example-leernetwerken.csv")

    /// A generic export of the short form: one row per answer list, all items answered with
    /// the listed values in turn.
    static func shortExport(rows: [(network: String, wave: String, values: [String])]) -> String {
        let instrument = Instrument.builtIn(form: .short)
        let header =
            ["respondent", "network", "perspective", "role", "phase", "wave"] + instrument.items.map(\.id.rawValue)
        var lines = [header.joined(separator: ",")]
        for (index, row) in rows.enumerated() {
            let answers = instrument.items.indices.map { row.values[$0 % row.values.count] }
            lines.append(
                (["r\(index)", row.network, "practice", "member", "forming", row.wave] + answers).joined(separator: ",")
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Six clean respondents of one network in one wave.
    static let clean = shortExport(rows: (0..<6).map { i in ("Integraal werken", "w1", ["\(1 + i % 5)", "4", "3"]) })
}
