import LISO
import Testing

@Suite struct ColumnMappingTests {
    let instrument = PulseInstrument.instrument

    func mapping(_ rows: [[String]], layout: ExportLayout? = nil) throws -> ColumnMapping {
        let header = try #require(ExportHeader.detect(records(rows), override: layout))
        return try ColumnMapping(header: header, instrument: instrument, file: "a.csv")
    }

    @Test func columnsMatchItemsByIDByAliasAndByText() throws {
        let result = try mapping([
            [
                "pulse-1", "P2", "PULSE[3]", "samen bereiken we meer dan ieder afzonderlijk",
                "The network produces things I use in my work", "Vraag [Wat we leren, schrijven we op.]",
                "Vraag - Lessen uit het netwerk worden toegepast in de praktijk.", "pulse-8",
            ]
        ])
        #expect(result.itemColumns == [0, 1, 2, 3, 4, 5, 6, 7])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func fieldsIdentifyingAndToolColumnsAreRecognised() throws {
        let result = try mapping([
            [
                "Tijdstempel", "E-mailadres", "Netwerk", "Perspectief", "Rol", "Fase", "Meting", "Naam", "pulse-1",
            ]
        ])
        #expect(
            result.targets == [
                .metadata, .identifying, .field(.network), .field(.perspective), .field(.role), .field(.phase),
                .field(.wave), .identifying, .item(0),
            ])
        let identifying = result.diagnostics.filter { $0.kind == .identifyingColumn }
        #expect(
            identifying.map(\.description) == [
                "a.csv:1: note: columns 'E-mailadres', 'Naam' identify people and are not read"
            ])
    }

    @Test func anUnusedColumnIsANoteAtItsPlaceAndAMissingItemAWarning() throws {
        let result = try mapping([["pulse-1", "Opmerkingen", "pulse-2", ""]])
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains("a.csv:1:2: note: column 'Opmerkingen' matches no item or field and is not read"))
        #expect(
            messages.contains("a.csv:1:4: note: column 4 has no header and matches no item or field and is not read"))
        #expect(
            messages.contains(
                "a.csv: warning: no column for 6 items: 'pulse-3', 'pulse-4', 'pulse-5', 'pulse-6', 'pulse-7', 'pulse-8'"
            ))
    }

    /// One line for all missing items, so that a file with a part of the instrument does not
    /// push its cell warnings past the command's cap on printed diagnostics.
    @Test func missingItemsAreOneWarningThatNamesTheFirstEight() throws {
        let one = try mapping([["pulse-1", "pulse-2", "pulse-3", "pulse-4", "pulse-5", "pulse-6", "pulse-7"]])
        #expect(
            one.diagnostics.filter { $0.kind == .missingItem }.map(\.description) == [
                "a.csv: warning: no column for item 'pulse-8'"
            ])
        let full = Instrument.builtIn(form: .full)
        let many = try ColumnMapping(
            header: try #require(ExportHeader.detect(records([["cc-1"]]))), instrument: full, file: "a.csv")
        let missing = many.diagnostics.filter { $0.kind == .missingItem }
        #expect(missing.count == 1)
        #expect(missing.first?.message.hasPrefix("no column for \(full.items.count - 1) items: 'cc-2', ") == true)
        #expect(missing.first?.message.hasSuffix(" and \(full.items.count - 9) more") == true)
    }

    @Test func aSecondColumnForTheSameItemIsAWarningAndNotRead() throws {
        let result = try mapping([["pulse-1", "P1"]])
        #expect(result.targets == [.item(0), .unmapped])
        #expect(
            result.diagnostics.first?.description
                == "a.csv:1:2: warning: column 'P1' also matches item 'pulse-1'; only column 1 is read")
    }

    @Test func noItemMappedIsAnErrorShowingTheFirstHeadersAndTheClosestItemTexts() throws {
        let error = #expect(throws: LISOError.self) {
            try mapping([["Tijdstempel", "Samen bereiken we meer dan ieder apart", "Kolom"]])
        }
        #expect(error?.kind == .inputUnusable)
        let lines = error?.diagnostics.map(\.description) ?? []
        #expect(
            lines.first
                == "a.csv:1: error: no column matches an item of the instrument; first headers: 'Samen bereiken we meer dan ieder apart', 'Kolom'"
        )
        #expect(
            lines.dropFirst().first
                == "a.csv:1:2: note: header 'Samen bereiken we meer dan ieder apart' is closest to item 'pulse-4': 'Samen bereiken we meer dan ieder afzonderlijk.'"
        )
    }

    @Test func textsSharedByTwoItemsMatchNeither() throws {
        var twins = instrument
        twins.items[1].text = twins.items[0].text
        let header = try #require(ExportHeader.detect(records([[twins.items[0].text.nl, "pulse-3"]])))
        let result = try ColumnMapping(header: header, instrument: twins, file: "a.csv")
        #expect(result.targets == [.unmapped, .item(2)])
    }
}
