import LISO
import Testing

@testable import LISOCommandLine

@Suite struct ExitCodeTests {
    @Test func theContractsNumbersAreKept() {
        #expect(ExitCode.allCases.map(\.rawValue) == [0, 1, 64, 65, 66, 74])
    }

    @Test func everyLibraryErrorKindMapsToItsStatus() {
        #expect(ExitCode(LISOError.Kind.inputUnusable) == .inputUnusable)
        #expect(ExitCode(LISOError.Kind.inputMissing) == .inputMissing)
        #expect(ExitCode(LISOError.Kind.outputUnwritable) == .outputUnwritable)
    }
}
