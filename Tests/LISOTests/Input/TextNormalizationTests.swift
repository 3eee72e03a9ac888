import Testing

@testable import LISO

@Suite struct TextNormalizationTests {
    @Test func caseAccentsWhitespaceAndPunctuationDoNotMatter() {
        #expect(TextNormalization.normalized("  Coördinator ") == "coordinator")
        #expect(TextNormalization.normalized("N.v.t.") == "n v t")
        #expect(TextNormalization.normalized("Wat we leren,\n schrijven  we op.") == "wat we leren schrijven we op")
        #expect(TextNormalization.normalized("Don’t know") == TextNormalization.normalized("don't KNOW"))
        #expect(TextNormalization.normalized("Q1[SQ001]") == "q1 sq001")
    }

    @Test func theByteFormAgreesWithTheStringForm() {
        for text in ["Mee eens", "  HELEMAAL mee-eens!! ", "Coördinator", "n.v.t.", "A4", "", "É é", "don't"] {
            var scratch: [UInt8] = [1, 2, 3]
            Array(text.utf8).withUnsafeBufferPointer { TextNormalization.normalize(utf8: $0, into: &scratch) }
            #expect(String(decoding: scratch, as: UTF8.self) == TextNormalization.normalized(text), "\(text)")
        }
    }

    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        // Textbook values.
        #expect(TextNormalization.editDistance("kitten", "sitting") == 3)
        #expect(TextNormalization.editDistance("flaw", "lawn") == 2)
        #expect(TextNormalization.editDistance("", "abc") == 3)
        #expect(TextNormalization.editDistance("same", "same") == 0)
    }
}
