import Foundation
import Testing

@testable import LISO

@Suite struct SyntheticExportTests {
    /// A small instrument: four elements of two items each, the second item of `synergy` reverse-keyed.
    static let instrument: Instrument = {
        let scale = ResponseScale(
            id: "agree5", values: (1...5).map { ResponseScale.Value(value: Double($0), labels: ["\($0)"]) },
            missing: [ResponseScale.Missing(labels: ["Weet niet"])])
        let elements: [CoreElement.ID] = ["community-context", "learning-network", "synergy", "results"]
        var items: [Item] = []
        for element in elements {
            for number in 1...2 {
                items.append(
                    Item(
                        id: Item.ID("\(element.rawValue.prefix(3))-\(number)"), text: LocalizedText(nl: "x", en: "x"),
                        element: element, scale: "agree5", reverse: element == "synergy" && number == 2))
            }
        }
        return Instrument(
            id: "test", title: LocalizedText(nl: "Test", en: "Test"), framework: "liso-2023", scales: [scale],
            items: items, fields: InstrumentFields())
    }()

    /// The rows of a generated file, each split into its fields.
    static func rows(of bytes: [UInt8]) -> [[String]] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func theSameSeedGivesTheSameBytes() {
        let first = SyntheticExport(instrument: Self.instrument, rows: 500, seed: 7).bytes()
        let second = SyntheticExport(instrument: Self.instrument, rows: 500, seed: 7).bytes()
        let other = SyntheticExport(instrument: Self.instrument, rows: 500, seed: 8).bytes()
        #expect(first == second)
        #expect(first != other)
    }

    @Test func aSmallerFileIsAPrefixOfALargerOneWithTheSameSeed() {
        let small = SyntheticExport(instrument: Self.instrument, rows: 100, seed: 3).bytes()
        let large = SyntheticExport(instrument: Self.instrument, rows: 300, seed: 3).bytes()
        #expect(large.starts(with: small))
        #expect(large.count > small.count)
    }

    @Test func theHeaderNamesTheBackgroundColumnsThenTheItemIDs() throws {
        let rows = Self.rows(of: SyntheticExport(instrument: Self.instrument, rows: 1).bytes())
        let header = try #require(rows.first)
        #expect(
            header == ["respondent", "network", "perspective", "role", "phase", "wave"]
                + Self.instrument.items.map(\.id.rawValue))
    }

    @Test func theHeaderOfTheFullFormIsTheBlankResponseTemplate() throws {
        let export = SyntheticExport(instrument: .lisoFull, rows: 3)
        let rows = Self.rows(of: export.bytes())
        #expect(rows.first == QuestionnairePrinter.templateHeader(.lisoFull))
        #expect(rows.first?.count == 6 + Instrument.lisoFull.items.count)
    }

    @Test func backgroundAnswersOfTheFullFormAreLabelsItsFieldsKnow() throws {
        let rows = Self.rows(of: SyntheticExport(instrument: .lisoFull, rows: 500).bytes()).dropFirst()
        let fields = Instrument.lisoFull.fields
        for (column, field) in [(2, fields.perspective), (3, fields.role), (4, fields.phase)] {
            let known = Set(try #require(field).values.values.flatMap { $0 })
            #expect(rows.allSatisfy { known.contains($0[column]) })
        }
    }

    @Test func theCSVReaderReadsEveryRowWithOneFieldPerColumn() throws {
        let bytes = SyntheticExport(instrument: .lisoFull, rows: 1_000).bytes()
        var reader = CSVReader(bytes: bytes, displayName: "synthetic.csv")
        var records = 0
        try reader.forEachRecord { record in
            records += 1
            #expect(record.count == 46)
            #expect(record.line == records)
        }
        #expect(records == 1_001)
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func theHeaderUsesTheFirstColumnNameOfEachInstrumentField() throws {
        var instrument = Self.instrument
        instrument.fields.network = InstrumentFields.Field(columns: ["netwerk", "network"])
        instrument.fields.perspective = InstrumentFields.Field(
            columns: ["perspectief"], values: ["policy": ["Beleid, gemeente", "B"]])
        let bytes = SyntheticExport(instrument: instrument, rows: 400).bytes()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("respondent,netwerk,perspectief,role,phase,wave,com-1,"))
        #expect(text.contains(",\"Beleid, gemeente\","), "the first label, quoted because it holds a comma")
        #expect(!text.contains(",Beleid, gemeente,"))
    }

    @Test func everyRowHasOneFieldPerColumnAndOnlyValuesOfTheScale() throws {
        let rows = Self.rows(of: SyntheticExport(instrument: Self.instrument, rows: 2_000).bytes())
        #expect(rows.count == 2_001)
        let allowed: Set<String> = ["1", "2", "3", "4", "5", "", SyntheticExport.dontKnowText]
        for row in rows.dropFirst() {
            #expect(row.count == 6 + Self.instrument.items.count)
            #expect(row.dropFirst(6).allSatisfy { allowed.contains($0) })
        }
        #expect(Set(rows.dropFirst().map(\.[0])).count == 2_000, "respondent ids are unique")
    }

    @Test func respondentsComeFromTwentyNetworksTwoWavesAndEveryPerspectiveAndRole() {
        let rows = Self.rows(of: SyntheticExport(instrument: Self.instrument, rows: 3_000).bytes()).dropFirst()
        let framework = EvaluationFramework.liso2023
        #expect(Set(rows.map(\.[1])).count == 20)
        #expect(Set(rows.map(\.[2])) == Set(framework.perspectives.map(\.name.nl)))
        #expect(Set(rows.map(\.[3])) == Set(framework.roles.map(\.name.nl)))
        #expect(Set(rows.map(\.[4])) == Set(framework.phases.map(\.name.nl)))
        #expect(Set(rows.map(\.[5])).count == 2)
        let members = rows.filter { $0[3] == "Lid" }.count
        #expect(members > rows.count / 3, "most respondents are members")
    }

    @Test func aboutThreePercentSayWeetNietAndAboutTwoPercentAreEmpty() {
        let rows = Self.rows(of: SyntheticExport(instrument: Self.instrument, rows: 5_000, seed: 11).bytes())
        let cells = rows.dropFirst().flatMap { $0.dropFirst(6) }
        let dontKnow = Double(cells.filter { $0 == SyntheticExport.dontKnowText }.count) / Double(cells.count)
        let empty = Double(cells.filter(\.isEmpty).count) / Double(cells.count)
        // 40,000 cells: the binomial standard deviation is about 0.00085 and 0.0007, so these
        // bounds are more than five of them wide.
        #expect(abs(dontKnow - 0.03) < 0.005)
        #expect(abs(empty - 0.02) < 0.004)
    }

    @Test func itemsOfOneElementAgreeAndReverseKeyedItemsAreMirrored() {
        let rows = Self.rows(of: SyntheticExport(instrument: Self.instrument, rows: 4_000, seed: 5).bytes())
        let header = rows[0]
        func pairs(_ first: String, _ second: String) -> [(Double, Double)] {
            let a = header.firstIndex(of: first)!
            let b = header.firstIndex(of: second)!
            return rows.dropFirst().compactMap { row in
                guard let x = Double(row[a]), let y = Double(row[b]) else { return nil }
                return (x, y)
            }
        }
        #expect(Self.correlation(pairs("com-1", "com-2")) > 0.2)
        #expect(Self.correlation(pairs("syn-1", "syn-2")) < -0.2)
    }

    @Test func writingToAFileGivesTheSameBytesInBlocks() throws {
        let export = SyntheticExport(instrument: Self.instrument, rows: 3_000, seed: 9)
        let url = try export.writeTemporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try Array(Data(contentsOf: url)) == export.bytes())
        var blocks = 0
        export.generate(blockSize: 4_096) { block in
            blocks += 1
            #expect(block.count < 4_096 + 200)
        }
        #expect(blocks > 10)
    }

    /// Pearson's correlation of paired values.
    static func correlation(_ pairs: [(Double, Double)]) -> Double {
        let n = Double(pairs.count)
        let meanX = pairs.map(\.0).reduce(0, +) / n
        let meanY = pairs.map(\.1).reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for (x, y) in pairs {
            sxy += (x - meanX) * (y - meanY)
            sxx += (x - meanX) * (x - meanX)
            syy += (y - meanY) * (y - meanY)
        }
        return sxy / (sxx * syy).squareRoot()
    }
}
