import Testing

@testable import LISOCommandLine

@Suite struct ArgumentParserTests {
    let spec = CommandSpec(
        name: "score", abstract: "Score.",
        arguments: [ArgumentSpec(name: "file", isVariadic: true, minimumCount: 1, help: "Files.")],
        options: [
            .value("format", valueName: "format", allowed: ["markdown", "json"], help: "Format."),
            .value("output", short: "o", valueName: "file", help: "Output."),
            OptionSpec(
                name: "by", short: nil, valueName: "dims", allowedValues: ["network", "perspective", "role"],
                isRepeatable: true, splitsOnCommas: true, defaultValue: nil, help: "Groups."),
            .value("min-group-size", valueName: "n", help: "Size."),
            .flag("strict", help: "Strict."),
        ])

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
        #expect(parsed.value("format") == "json")
        #expect(parsed.value("output") == "out.json")
        #expect(parsed.flag("strict"))
    }

    @Test func anOptionValueMayFollowAnEqualsSign() throws {
        #expect(try parse(["a.csv", "--format=json"]).value("format") == "json")
    }

    @Test func aSingleDashIsStandardInputNotAnOption() throws {
        #expect(try parse(["-", "--output", "-"]).positionals == ["-"])
    }

    @Test func aDoubleDashEndsTheOptions() throws {
        #expect(try parse(["--", "--strict"]).positionals == ["--strict"])
    }

    @Test func byIsRepeatableAndKeepsEachCombinationTogether() throws {
        let parsed = try parse(["a.csv", "--by", "network,perspective", "--by", "role"])
        #expect(parsed.allValues("by") == ["network,perspective", "role"])
    }

    @Test func aNegativeNumberIsAValue() throws {
        #expect(try parse(["a.csv", "--min-group-size", "-1"]).value("min-group-size") == "-1")
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
        #expect(error?.message == "invalid value 'xml' for option '--format'; allowed values: markdown, json")
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
        #expect(throws: UsageError("unexpected argument 'c.csv'", command: "compare")) {
            try ArgumentParser.parse(["b.csv", "c.csv"], for: single)
        }
    }

    @Test func helpWinsOverEveryOtherMistake() throws {
        #expect(try parse(["--fromat", "-h"]).flag("help"))
        #expect(try parse(["--help"]).flag("help"))
    }
}
