import Testing

@testable import LISOCommandLine

@Suite struct VersionTests {
    @Test func runningWithoutArgumentsSucceeds() {
        #expect(LISOCommandLine.run(arguments: []) == 0)
    }
}
