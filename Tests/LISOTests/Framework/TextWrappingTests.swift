import Testing

@testable import LISO

@Suite struct TextWrappingTests {
    @Test func linesBreakAtSpacesWithinTheWidthAndKeepEveryWord() {
        let text = "the quick brown fox jumps over the lazy dog again and again"
        let lines = TextWrapping.wrap(text, width: 20, first: "- ", rest: "  ")
        #expect(lines.allSatisfy { $0.count <= 20 })
        #expect(lines.first?.hasPrefix("- ") == true && lines.dropFirst().allSatisfy { $0.hasPrefix("  ") })
        #expect(lines.joined(separator: " ").split(separator: " ").filter { $0 != "-" }.joined(separator: " ") == text)
    }

    @Test func aWordLongerThanTheLineStaysWhole() {
        #expect(
            TextWrapping.wrap("a verylongwordthatdoesnotfit b", width: 10, first: "", rest: "") == [
                "a", "verylongwordthatdoesnotfit", "b",
            ])
    }

    @Test func gluedWordsWrapTogetherAndPrintWithPlainSpaces() {
        let lines = TextWrapping.wrap("one two " + TextWrapping.glued("[derived, E]"), width: 12, first: "", rest: "")
        #expect(lines == ["one two", "[derived, E]"])
    }
}
