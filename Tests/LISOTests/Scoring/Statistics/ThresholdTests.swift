import Testing

@testable import LISO

@Suite struct ThresholdTests {
    /// The mean of `values` by plain left-to-right summation, as naive code computes it.
    static func plainMean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

    @Test func aMeanOfThreePointSixComputedOneBitLowReachesThreePointSix() {
        // Four element scores (3, 3, 23/5, 19/5) whose exact mean is 3.6; summed in this order
        // the mean is 3.5999999999999996.
        let mean = Self.plainMean([3.0, 3.0, 4.6, 3.8])
        #expect(mean == 3.5999999999999996)
        // Five scores on five items each: 3.599999999999999.
        let five = Self.plainMean([2.8, 4.6, 4.0, 4.2, 2.4])
        #expect(five < mean)
        #expect(Threshold(3.6).isReached(by: five))
        #expect(Threshold(3.6).isReached(by: mean))
        #expect(!Threshold(3.6).isBelow(mean))
    }

    @Test func tenTimesATenthReachesOne() {
        var sum = 0.0
        for _ in 0..<10 { sum += 0.1 }
        #expect(sum < 1)
        #expect(Threshold(1).isReached(by: sum))
    }

    @Test func aSpreadOfPerspectiveMeansOfOneFlagsAtTheDivergenceThreshold() {
        // Two perspective means, 4.6 and 3.6, each computed by summation from element scores.
        let high = Self.plainMean([4.6, 4.6, 4.6])
        let low = Self.plainMean([3.6, 3.6, 3.6, 3.6, 3.6])
        #expect(high - low < 1)
        #expect(Threshold(1).isReached(byDifferenceOf: high, minus: low))
        #expect(Threshold(1).isReached(byGapBetween: low, and: high))
        // A real shortfall is still a shortfall.
        #expect(!Threshold(1).isReached(byDifferenceOf: 4.59, minus: 3.6))
    }

    @Test func aTrekkerGapOfExactlyOnePointComputedFromMergedSumsFlags() {
        // Trekkers' mean from their own sum; the others' mean from the network's sum minus the
        // trekkers', as the scorer computes it.
        let trekkers = [3.8, 5.0, 4.2]
        let others = [2.4, 4.0, 2.6, 4.0, 4.2, 2.8]
        let networkSum = (trekkers + others).reduce(0, +)
        let trekkerSum = trekkers.reduce(0, +)
        let trekkerMean = trekkerSum / 3
        let otherMean = (networkSum - trekkerSum) / 6
        #expect(trekkerMean - otherMean == 0.9999999999999996)
        #expect(Threshold(1).isReached(byGapBetween: trekkerMean, and: otherMean))
        #expect(Threshold(1).isReached(byGapBetween: otherMean, and: trekkerMean))
    }

    @Test func bandBoundariesReachedByMeansComputedInAnyOrder() {
        var generator = SplitMix64(seed: 7)
        // Scores that average exactly 4.0 and 3.0, summed in many shuffled orders.
        let four = [3.2, 4.8, 4.4, 3.6, 4.2, 3.8, 4.6, 3.4]
        let three = [2.2, 3.8, 3.4, 2.6, 3.2, 2.8, 3.6, 2.4]
        var below = 0
        for _ in 0..<200 {
            let high = Self.plainMean(four.shuffled(using: &generator))
            let low = Self.plainMean(three.shuffled(using: &generator))
            if high < 4 || low < 3 { below += 1 }
            #expect(Threshold(4).isReached(by: high))
            #expect(Threshold(3).isReached(by: low))
        }
        #expect(below > 0, "some orders round below the boundary")
    }

    @Test func theToleranceIsFarBelowAnyHonestGap() {
        // A million respondents, five items: a mean can lie 1 / (10 × 10⁶ × 60) below 3.6.
        let honest = 3.6 - 1.0 / (10 * 1_000_000 * 60)
        #expect(!Threshold(3.6).isReached(by: honest))
        #expect(!Threshold(1).isReached(by: .nan))
        #expect(Threshold(0).isReached(by: -1e-17) && Threshold(0).isBelow(-1e-9))
        #expect(Threshold(-2).isReached(by: -2.0000000000000004))
    }
}
