import Foundation
import Testing

@testable import LISO

@Suite struct InstrumentDecodingTests {
    typealias Support = InstrumentTestSupport

    @Test func theSharedExampleLoadsAsItIs() throws {
        guard let url = Support.sharedExample() else { return }
        let example = try Instrument.load(contentsOf: url)
        #expect(example.id == "example-network-pulse")
        #expect(example.items.count == 8)
        #expect(example.items.filter(\.reverse).map(\.id) == ["pulse-2"])
        #expect(example.items[0].columns == ["P1", "pulse[1]"])
        #expect(example.fields.perspective?.values["families"]?.contains("Ervaringsdeskundige") == true)
        #expect(example.fields.network?.values.isEmpty == true)
        #expect(example.scales.first?.missing.first?.codes == ["8", "9", "A8", "A9"])
    }

    @Test func optionalKeysTakeTheirDefaults() throws {
        let instrument = try Instrument.load(contentsOf: Support.fixture("minimal.json"))
        let item = try #require(instrument.items.first)
        #expect(item.scale == "yes-no")
        #expect(item.reverse == false)
        #expect(item.columns.isEmpty && item.theme == nil && item.workingElement == nil)
        #expect(instrument.fields == InstrumentFields())
        #expect(instrument.scales[0].missing.isEmpty && instrument.scales[0].values[0].codes.isEmpty)
    }

    @Test func aValidFileGivesNoDiagnostics() {
        #expect(Support.messages(Support.file()).isEmpty)
    }

    @Test func anUnknownKeyIsNamedByItsPath() {
        let messages = Support.messages(
            Support.file(item: #""id": "q1", "text": {"nl": "a", "en": "b"}, "element": "synergy", "colour": "red""#))
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("items[0].colour: unknown key (expected 'id', 'columns',") == true)
    }

    @Test func aNearMissOfAKeyGetsASuggestion() {
        let messages = Support.messages(
            Support.file(item: #""id": "q1", "text": {"nl": "a", "en": "b"}, "element": "synergy", "scael": "agree5""#))
        #expect(messages == ["items[0].scael: unknown key; did you mean 'scale'?"])
    }

    @Test func aWrongTypeDeepInsideIsNamedByItsPathLineAndColumn() throws {
        let text = Support.file().replacingOccurrences(of: #""labels": ["Eens"]"#, with: #""labels": "Eens""#)
        let diagnostics = Support.diagnostics(text)
        #expect(diagnostics.map(\.message) == ["scales[0].values[1].labels: expected an array, found a string"])
        let lines = text.components(separatedBy: "\n")
        let lineIndex = try #require(lines.firstIndex { $0.contains(#""labels": "Eens""#) })
        let column = try #require(lines[lineIndex].range(of: #""Eens""#)).lowerBound
        #expect(diagnostics.first?.line == lineIndex + 1)
        #expect(
            diagnostics.first?.column == lines[lineIndex].distance(from: lines[lineIndex].startIndex, to: column) + 1)
        #expect(diagnostics.first?.file == "test.json")
    }

    @Test func aWrongTypeOfAnOptionalKeyIsReported() {
        let messages = Support.messages(
            Support.file(item: #""id": "q1", "text": {"nl": "a", "en": "b"}, "element": "synergy", "reverse": "yes""#))
        #expect(messages == ["items[0].reverse: expected true or false, found a string"])
    }

    @Test func aMissingRequiredKeyIsNamedByItsPath() {
        #expect(
            Support.messages(Support.file(item: #""id": "q1", "element": "synergy""#)) == [
                "items[0].text: required key is missing"
            ])
        #expect(
            Support.messages(Support.file(item: #""id": "q1", "text": {"nl": "a"}, "element": "synergy""#)) == [
                "items[0].text.en: required key is missing"
            ])
    }

    @Test func aNewerVersionIsRefusedWithOneClearMessage() {
        let diagnostics = Support.diagnostics(Support.file(extra: #", "newFeature": true"#, version: "2"))
        #expect(
            diagnostics.map(\.message) == [
                "version: instrument file version 2 is newer than this liso understands (1); update liso"
            ])
        #expect(diagnostics.first?.kind == .instrumentVersion)
    }

    @Test func aVersionThatIsNotAWholeNumberIsRefused() {
        #expect(
            Support.messages(Support.file(version: "\"1\"")).first?.hasPrefix("version: expected a whole number")
                == true)
        #expect(
            Support.messages(Support.file(version: "1.5")).first?.hasPrefix("version: expected a whole number") == true)
        #expect(
            Support.messages(Support.file(version: "0")) == ["version: expected a whole number of at least 1, found 0"])
        #expect(
            Support.messages(Support.file(version: "1.5")) == [
                "version: expected a whole number of at least 1, found 1.5"
            ])
    }

    @Test func anotherFormatIsRefused() {
        #expect(
            Support.messages(Support.file(format: #""liso-report""#)) == [
                "format: expected 'liso-instrument', found 'liso-report'"
            ])
        #expect(Support.messages("[]") == ["expected a JSON object at the top level, found an array"])
    }

    @Test func invalidJSONIsOneSyntaxErrorWithItsPlace() {
        let diagnostics = Support.diagnostics("{\n  \"format\": \"liso-instrument\",\n  \"version\": 1,,\n}")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "invalid JSON: unexpected ',', expected a key")
        #expect(diagnostics.first?.line == 3 && diagnostics.first?.column == 16)
    }

    @Test func aKeyWrittenTwiceIsAnError() {
        let messages = Support.messages(
            Support.file(item: #""id": "q1", "id": "q2", "text": {"nl": "a", "en": "b"}, "element": "synergy""#))
        #expect(messages == ["items[0].id: key appears more than once"])
    }

    @Test func everyReferenceProblemIsReportedTogether() throws {
        let url = Support.fixture("several-problems.json")
        let error = #expect(throws: LISOError.self) { try Instrument.load(contentsOf: url, fileName: "bad.json") }
        #expect(error?.kind == .inputUnusable)
        #expect(
            error?.diagnostics.allSatisfy { $0.file == "bad.json" && $0.severity == .error && $0.line != nil } == true)
        #expect(
            error?.diagnostics.map(\.message) == [
                "scales[0].missing[0].codes[0]: '1' means both value 1 and a missing answer",
                "items[0].element: unknown element 'synergie' in framework 'liso-2023'; did you mean 'synergy'?",
                "items[1].scale: unknown scale 'agree7'; did you mean 'agree5'?",
                "items[2].id: duplicate item id 'a' (first at items[0])",
                "items[2].theme: theme 'synergy.shared-goal' belongs to element 'synergy', not 'results'",
                "items[3].workingElement: working element 'synergy.added-value.more-together' does not belong to "
                    + "theme 'synergy.shared-goal'",
                "items[3].columns[0]: column 'B' is also a column of item 'b'",
                "fields.network.columns[1]: column 'd' is also a column of item 'd'",
                "fields.role.values.members: unknown role 'members' in framework 'liso-2023'; did you mean 'member'?",
            ])
    }

    @Test func structuralAndReferenceProblemsAreReportedTogether() {
        let text = Support.file(
            item:
                #""id": "q1", "text": {"nl": "a", "en": "b"}, "element": "synergy"}, {"id": 7, "text": {"nl": "a", "en": "b"}, "element": "nope""#
        )
        #expect(Support.messages(text) == ["items[1].id: expected a string, found a number"])
        let both = Support.file(
            item: #""id": "q1", "text": {"nl": "a", "en": "b"}, "element": "nope"}, {"id": "q2", "element": "synergy""#)
        #expect(
            Support.messages(both) == [
                "items[1].text: required key is missing",
                "items[0].element: unknown element 'nope' in framework 'liso-2023'",
            ])
    }

    @Test func anUnknownFrameworkIsNamed() {
        let text = Support.file().replacingOccurrences(of: "\"liso-2023\"", with: "\"liso-2025\"")
        #expect(Support.messages(text) == ["framework: unknown framework 'liso-2025' (known: 'liso-2023')"])
    }

    @Test func aMissingFileAndADirectoryAreInputMissing() {
        let missing = #expect(throws: LISOError.self) {
            try Instrument.load(contentsOf: Support.fixture("no-such-file.json"), fileName: "x.json")
        }
        #expect(missing?.kind == .inputMissing)
        #expect(missing?.description == "x.json: error: no such file")
        let directory = #expect(throws: LISOError.self) {
            try Instrument.load(contentsOf: Support.fixture(""), fileName: "dir")
        }
        #expect(directory?.kind == .inputMissing)
    }

    @Test func theBuiltInInstrumentsHaveNoReferenceProblems() {
        #expect(Instrument.lisoFull.referenceProblems().isEmpty)
        #expect(Instrument.lisoShort.referenceProblems().isEmpty)
    }

    @Test func referenceProblemsOfAnInstrumentBuiltInMemoryCarryTheirPath() {
        var instrument = Instrument.lisoShort
        instrument.items[1].element = "nowhere"
        #expect(
            instrument.referenceProblems().map(\.message) == [
                "items[1].element: unknown element 'nowhere' in framework 'liso-2023'"
            ])
    }
}
