import Testing

@testable import LISO

@Suite struct CSVRendererTests {
    let fixture = ReportFixture()

    func rows(_ fixture: ReportFixture) -> [[String]] {
        CSVRendererTests.parse(CSVRenderer().render(fixture.report(.dutch)))
    }

    /// A small independent CSV reader: quoted fields with doubled quotes, `,` separators.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" {
                    quoted = false
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                if !field.isEmpty { field.append("\"") }
                quoted = true
            } else if character == "," {
                row.append(field)
                field = ""
            } else if character == "\n" {
                row.append(field)
                rows.append(row)
                (row, field) = ([], "")
            } else {
                field.append(character)
            }
        }
        return rows
    }

    @Test func theHeaderNamesTheLongFormatColumns() {
        #expect(rows(fixture).first == ["dimension", "group", "element", "item", "statistic", "value"])
    }

    @Test func everyRowHasSixCellsAndANumberInTheLastOne() {
        for row in rows(fixture).dropFirst() {
            #expect(row.count == 6)
            #expect(Double(row[5]) != nil, "'\(row[5])' is not a number")
        }
    }

    @Test func numbersUseAPointEvenForADutchReport() {
        let mean = rows(fixture).first { $0[0] == "all" && $0[2] == "community-context" && $0[4] == "mean" }
        #expect(mean?[5] == "4.31")
    }

    @Test func negativeNumbersStayNumbers() {
        let change = rows(fixture).first { $0[0] == "comparison" && $0[2] == "synergy" && $0[4] == "difference" }
        #expect(change.flatMap { Double($0[5]) }.map { $0 < 0 } == true)
        #expect(change?[5].hasPrefix("-") == true)
    }

    @Test func formulasInNetworkNamesAreNeutralised() {
        for formula in ["=HYPERLINK(\"http://x\",\"y\")", "+1", "@SUM(A1:A2)", "-2+3", "\tx", "\rx"] {
            var injected = ReportFixture()
            injected.text = { $0 == "Noord" ? formula : $0 }
            let text = CSVRenderer().render(injected.report(.english))
            let groups = Set(CSVRendererTests.parse(text).dropFirst().filter { $0[0] == "network" }.map { $0[1] })
            #expect(groups.contains("'" + formula), "'\(formula)' was not neutralised")
            #expect(!groups.contains(formula))
        }
    }

    @Test func cellsWithCommasOrQuotesAreQuoted() {
        #expect(CSVRenderer.textCell("a,b") == "\"a,b\"")
        #expect(CSVRenderer.textCell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVRenderer.textCell("=1,2") == "\"'=1,2\"")
    }

    @Test func aSuppressedGroupHasOnlyItsCountAndItsSuppressionFlag() {
        let rows = rows(fixture).filter { $0[0] == "network" && $0[1] == "Kleine kring" }
        #expect(rows.map { $0[4] } == ["respondents", "suppressed"])
        #expect(rows.map { $0[5] } == ["3", "1"])
    }

    @Test func anAbsentValueHasNoRow() {
        let phasing = rows(fixture).filter { $0[0] == "all" && $0[2] == "phasing" && $0[3].isEmpty }.map { $0[4] }
        #expect(!phasing.contains("alpha"))
        #expect(phasing.contains("mean"))
    }
}
