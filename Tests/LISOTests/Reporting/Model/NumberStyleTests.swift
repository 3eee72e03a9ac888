import Testing

@testable import LISO

@Suite struct NumberStyleTests {
    @Test func dutchUsesADecimalCommaAndEnglishADecimalPoint() {
        #expect(NumberStyle(.dutch).decimal(3.8449) == "3,84")
        #expect(NumberStyle(.english).decimal(3.8449) == "3.84")
        #expect(NumberStyle(.dutch).decimal(3.8, digits: 1) == "3,8")
    }

    @Test func largeWholeNumbersAreGroupedByThousandsInTheLanguagesWay() {
        #expect(NumberStyle(.dutch).integer(12345) == "12.345")
        #expect(NumberStyle(.english).integer(1_234_567) == "1,234,567")
        #expect(NumberStyle(.english).integer(1234) == "1234")
        #expect(NumberStyle(.dutch).decimal(-12345.5, digits: 1) == "-12.345,5")
    }

    @Test func negativeZeroPrintsWithoutASign() {
        #expect(NumberStyle(.english).decimal(-0.001) == "0.00")
        #expect(NumberStyle(.english).signed(-0.001) == "0.00")
    }

    @Test func changesCarryAnExplicitSign() {
        #expect(NumberStyle(.dutch).signed(0.4) == "+0,40")
        #expect(NumberStyle(.dutch).signed(-0.25) == "-0,25")
    }

    @Test func dutchIntervalsSeparateTheirBoundsWithASemicolon() {
        #expect(NumberStyle(.dutch).interval(ConfidenceInterval(low: 3.1, high: 4.2)) == "[3,10; 4,20]")
        #expect(NumberStyle(.english).interval(ConfidenceInterval(low: 3.1, high: 4.2)) == "[3.10, 4.20]")
    }

    @Test func numbersThatAreNotFiniteNeverPrintAsNaN() {
        #expect(NumberStyle(.english).decimal(.nan) == "–")
        #expect(NumberStyle(.english).percent(.infinity) == "–")
    }

    @Test func fractionsPrintAsWholePercentages() {
        #expect(NumberStyle(.english).percent(0.126) == "13%")
        #expect(NumberStyle(.dutch).percent(0.5) == "50%")
    }
}
