import LISO
import Testing

@testable import LISOCommandLine

@Suite struct CommandLineTests {
    @Test func noArgumentsPrintsTheOverview() async {
        let run = await InProcessRun([])
        #expect(run.status == .success)
        #expect(run.output.hasPrefix("OVERVIEW: "))
    }

    @Test func versionPrintsTheLibraryVersion() async {
        let run = await InProcessRun(["--version"])
        #expect(run.status == .success)
        #expect(run.output == LISOVersion.current + "\n")
    }

    @Test(arguments: ["framework", "questionnaire", "self-evaluate", "score", "compare", "validate"])
    func everyCommandHasHelp(command: String) async {
        let long = await InProcessRun([command, "--help"])
        let short = await InProcessRun([command, "-h"])
        let viaHelp = await InProcessRun(["help", command])
        #expect(long.status == .success)
        #expect(long.output.hasPrefix("OVERVIEW: "))
        #expect(long.output.contains("USAGE: liso \(command)"))
        #expect(short.output == long.output)
        #expect(viaHelp.output == long.output)
        #expect(long.errors.isEmpty)
    }

    @Test func aMistypedCommandExitsWithUsageAndASuggestion() async {
        let run = await InProcessRun(["valdate", "a.csv"])
        #expect(run.status == .usage)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix("error: unknown command 'valdate'\nnote: did you mean 'validate'?\n"))
    }

    @Test func aMistypedTopLevelOptionGetsASuggestion() async {
        let run = await InProcessRun(["--verison"])
        #expect(run.status == .usage)
        #expect(run.errors.contains("did you mean '--version'?"))
    }

    @Test func aMistypedOptionShowsTheCommandsUsage() async {
        let run = await InProcessRun(["score", "a.csv", "--fromat", "json"])
        #expect(run.status == .usage)
        #expect(
            run.errors.hasPrefix("error: unknown option '--fromat'\nnote: did you mean '--format'?\nusage: liso score"))
        #expect(run.errors.hasSuffix("see 'liso score --help' for more\n"))
    }

    @Test func helpForAnUnknownCommandIsAUsageError() async {
        #expect(await InProcessRun(["help", "scroe"]).status == .usage)
    }
}
