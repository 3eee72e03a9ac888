import Foundation
import Testing

@testable import LISOCommandLine

@Suite struct ValidateCommandTests {
    let folder = TemporaryDirectory()

    @Test(arguments: ["gone.csv", "folder"])
    func theSummaryCountsAFileThatCannotBeReadAsAProblem(path: String) async throws {
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("folder"), withIntermediateDirectories: true)
        let run = await InProcessRun(["validate", path], directory: folder.url)
        #expect(run.status == .inputMissing)
        #expect(!run.errors.contains("no problems"))
        #expect(run.errors.hasSuffix("1 problem: 1 input-missing\n"))
    }
}
