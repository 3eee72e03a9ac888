import Testing

@testable import LISOCommandLine

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("", "abc", 3), ("kitten", "sitting", 3), ("flaw", "lawn", 2), ("score", "score", 0),
        ("scroe", "score", 1), ("--fromat", "--format", 1), ("--frmat", "--format", 1), ("ca", "abc", 3),
    ])
    func distancesMatchTheOptimalStringAlignmentDefinition(a: String, b: String, expected: Int) {
        #expect(EditDistance.between(a, b) == expected)
        #expect(EditDistance.between(b, a) == expected)
    }

    @Test func theClosestCandidateIsSuggested() {
        #expect(EditDistance.suggestion(for: "valdate", among: ["score", "validate", "compare"]) == "validate")
    }

    @Test func nothingIsSuggestedWhenEveryCandidateIsFar() {
        #expect(EditDistance.suggestion(for: "deploy", among: ["score", "validate", "compare"]) == nil)
    }

    @Test func caseDoesNotCountAsAnEdit() {
        #expect(EditDistance.suggestion(for: "SCORE", among: ["score"]) == "score")
    }
}
