import Foundation
import LISO
import Testing

@Suite(.enabled(if: BinaryRun.executable != nil, "the 'liso' binary is not built"))
struct UsageEndToEndTests {
    let folder = TemporaryDirectory()

    @Test func versionPrintsTheVersionAndExitsZero() throws {
        let run = try BinaryRun(["--version"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.output == LISOVersion.current + "\n")
        #expect(run.errors.isEmpty)
    }

    @Test func aMistypedOptionExits64WithASuggestionOnStandardError() throws {
        let run = try BinaryRun(["score", "x.csv", "--fromat", "json"], in: folder.url)
        #expect(run.status == 64)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix("error: unknown option '--fromat'\nnote: did you mean '--format'?\n"))
    }

    @Test func aBadValueExits64AndListsTheAllowedOnes() throws {
        let run = try BinaryRun(["framework", "--format", "xml"], in: folder.url)
        #expect(run.status == 64)
        #expect(run.errors.contains("allowed values: text, markdown, json"))
    }

    @Test func aMissingValueExits64() throws {
        let run = try BinaryRun(["questionnaire", "--form"], in: folder.url)
        #expect(run.status == 64)
        #expect(run.errors.hasPrefix("error: missing value for option '--form'"))
    }

    @Test func helpGoesToStandardOutputAndExitsZero() throws {
        let run = try BinaryRun(["score", "--help"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("OVERVIEW: Score questionnaire exports"))
    }
}
