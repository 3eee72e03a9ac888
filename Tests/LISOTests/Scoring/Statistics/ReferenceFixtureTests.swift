import Foundation
import Testing

@testable import LISO

/// The inputs `statistics.R` reads stay in step with the library.
@Suite struct ReferenceFixtureTests {
    @Test func theItemListRUsesForTheExampleIsTheBuiltInFullForm() throws {
        let url = PackagePaths.root.appendingPathComponent("Fixtures/Reference/full-form-items.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        let listed = lines.map { $0.split(separator: ",").map(String.init) }
        let items = Instrument.lisoFull.items
        #expect(listed.count == items.count)
        for (row, item) in zip(listed, items) {
            #expect(row == [item.id.rawValue, item.element.rawValue, item.reverse ? "true" : "false"])
        }
    }

    @Test func everySetRPrintedIsReadHereWithTheSameRespondents() throws {
        for name in ["example", "d", "e"] {
            let set = try ReferenceSet.named(name)
            for element in set.elements {
                let scored = set.rows.filter { row in ReferenceSet.score(element.items.map { row.values[$0] }) != nil }
                let groups = StatisticsReference.at("\(name)/\(element.id)/network/icc.groups")
                let inNetworks = scored.filter { !$0.network.isEmpty }.count
                #expect(groups.last == Double(inNetworks), "\(name)/\(element.id)")
            }
        }
    }
}
