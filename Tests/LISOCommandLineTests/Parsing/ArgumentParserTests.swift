import LISO
import Testing

@testable import LISOCommandLine

@Suite struct ArgumentParserTests {
    static let format = Option<ReportFormat>("format", valueName: "format", help: "Format.")
    static let output = Option<String>("output", short: "o", valueName: "file", help: "Output.")
    static let by = ListOption<GroupDimension>("by", valueName: "dims", help: "Groups.")
    static let size = DefaultedOption<GroupSize>("min-group-size", valueName: "n", default: GroupSize(5), help: "Size.")
    static let note = Option<String>("note", valueName: "text", help: "Any text.")
    static let strict = Flag("strict", help: "Strict.")

    let spec = CommandSpec(
        name: "score", abstract: "Score.",
        arguments: [ArgumentSpec(name: "file", isVariadic: true, minimumCount: 1, help: "Files.")],
        options: [format.spec, output.spec, by.spec, size.spec, note.spec, strict.spec])

    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        try ArgumentParser.parse(arguments, for: spec)
    }

    func error(_ arguments: [String]) -> UsageError? {
        do {
            _ = try parse(arguments)
            return nil
        } catch {
            return error
        }
    }

    @Test func positionalsOptionsAndFlagsCanBeMixedInAnyOrder() throws {
        let parsed = try parse(["a.csv", "--format", "json", "b.csv", "--strict", "-o", "out.json"])
        #expect(parsed.positionals == ["a.csv", "b.csv"])
        #expect(parsed.value(Self.format) == .json)
        #expect(parsed.value(Self.output) == "out.json")
        #expect(parsed.isSet(Self.strict))
    }

    @Test func anOptionValueMayFollowAnEqualsSign() throws {
        #expect(try parse(["a.csv", "--format=json"]).value(Self.format) == .json)
    }

    @Test func aSingleDashIsStandardInputNotAnOption() throws {
        #expect(try parse(["-", "--output", "-"]).positionals == ["-"])
    }

    @Test func aDoubleDashEndsTheOptions() throws {
        #expect(try parse(["--", "--strict"]).positionals == ["--strict"])
    }

    @Test func byIsRepeatableAndKeepsEachCombinationTogether() throws {
        let parsed = try parse(["a.csv", "--by", "network,perspective", "--by", "role"])
        #expect(parsed.lists(Self.by) == [[.network, .perspective], [.role]])
    }

    @Test func aNegativeNumberIsAValue() throws {
        #expect(try parse(["a.csv", "--note", "-1"]).value(Self.note) == "-1")
    }

    @Test func anAbsentOptionHasItsDefaultAndAGivenOneItsValue() throws {
        #expect(try parse(["a.csv"]).value(Self.size) == GroupSize(5))
        #expect(try parse(["a.csv", "--min-group-size", "12"]).value(Self.size) == GroupSize(12))
        #expect(try parse(["a.csv"]).value(Self.format) == nil)
    }

    @Test func aValueItsTypeCannotReadSaysWhatIsExpected() {
        #expect(
            error(["a.csv", "--min-group-size", "-1"])?.message
                == "invalid value '-1' for option '--min-group-size'; expected a whole number of at least 1")
    }

    @Test func allowedValuesComeFromTheLibrarysEnumInItsOrder() {
        #expect(Self.format.spec.allowedValues == ReportFormat.allCases.map(\.rawValue))
        #expect(Self.by.spec.allowedValues == ["network", "perspective", "role", "phase", "wave"])
        #expect(Self.size.spec.defaultValue == "5")
    }

    @Test func aMistypedOptionIsUnknownAndGetsASuggestion() {
        let error = error(["a.csv", "--fromat", "json"])
        #expect(error?.message == "unknown option '--fromat'")
        #expect(error?.hint == "did you mean '--format'?")
    }

    @Test func anOptionFarFromEveryOtherGetsNoSuggestion() {
        let error = error(["a.csv", "--colour"])
        #expect(error?.message == "unknown option '--colour'")
        #expect(error?.hint == nil)
    }

    @Test func anOptionWithoutItsValueIsAnError() {
        #expect(error(["a.csv", "--format"])?.message == "missing value for option '--format'")
        #expect(error(["a.csv", "--output", "--strict"])?.message == "missing value for option '--output'")
    }

    @Test func aValueOutsideTheAllowedOnesListsThem() {
        let error = error(["a.csv", "--format", "xml"])
        #expect(
            error?.message == "invalid value 'xml' for option '--format'; allowed values: markdown, html, json, csv")
    }

    @Test func eachPartOfACommaListIsChecked() {
        let error = error(["a.csv", "--by", "network,perspektive"])
        #expect(error?.message.hasPrefix("invalid value 'perspektive' for option '--by'") == true)
        #expect(error?.hint == "did you mean 'perspective'?")
    }

    @Test func aFlagTakesNoValue() {
        #expect(error(["a.csv", "--strict=yes"])?.message == "option '--strict' takes no value")
    }

    @Test func aMissingRequiredArgumentIsNamed() {
        #expect(error(["--strict"])?.message == "missing expected argument '<file>'")
    }

    @Test func anExtraArgumentIsNamed() throws {
        let single = CommandSpec(
            name: "compare", abstract: "Compare.",
            arguments: [ArgumentSpec(name: "before", isVariadic: false, minimumCount: 1, help: "Before.")],
            options: [])
        let expected = UsageError(
            LocalizedText(nl: "onverwacht argument 'c.csv'", en: "unexpected argument 'c.csv'"), command: "compare")
        #expect(throws: expected) {
            try ArgumentParser.parse(["b.csv", "c.csv"], for: single)
        }
    }

    @Test func helpWinsOverEveryOtherMistake() throws {
        #expect(try parse(["--fromat", "-h"]).isSet(.help))
        #expect(try parse(["--help"]).isSet(.help))
    }
}
