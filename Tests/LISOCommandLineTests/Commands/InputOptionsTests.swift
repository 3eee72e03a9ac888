import Foundation
import Testing

@testable import LISOCommandLine

@Suite struct InputOptionsTests {
    let folder = TemporaryDirectory()

    @Test(arguments: [["score", "-", "-"], ["validate", "-", "-"], ["compare", "-", "-"]])
    func standardInputNamedTwiceIsAUsageError(arguments: [String]) async {
        let run = await InProcessRun(arguments, directory: folder.url)
        #expect(run.status == .usage)
        #expect(run.errors.hasPrefix("error: '-' (standard input) can be given only once"))
    }
}
