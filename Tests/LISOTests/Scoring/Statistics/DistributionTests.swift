import Foundation
import Testing

@testable import LISO

/// F quantiles and chi-square tails against R's `qf` and `pchisq`, printed by `statistics.R`.
@Suite struct DistributionTests {
    /// `qf/p/df1/df2` → (p, d₁, d₂, R's quantile).
    static var quantiles: [(Double, Double, Double, Double)] {
        StatisticsReference.paths(prefix: "qf/", suffix: "").compactMap { path in
            let parts = path.split(separator: "/").dropFirst().compactMap { Double($0) }
            guard parts.count == 3, let value = StatisticsReference.values[path]?.first ?? nil else { return nil }
            return (parts[0], parts[1], parts[2], value)
        }
    }

    @Test func fQuantilesMatchRToNineDigitsInBothTailsAndForFractionalDegreesOfFreedom() throws {
        let cases = Self.quantiles
        #expect(cases.count == 55)
        for (p, d1, d2, expected) in cases {
            let found = try #require(FDistribution.quantile(p, degreesOfFreedom: d1, d2))
            #expect(abs(found - expected) <= 1e-9 * expected, "qf(\(p), \(d1), \(d2)): \(found) vs R \(expected)")
        }
    }

    @Test func theFQuantileInvertsTheDistributionFunction() throws {
        for (d1, d2) in [(1.0, 1.0), (2, 7), (19, 76), (0.5, 3.5), (300, 1200)] {
            for p in [1e-6, 0.01, 0.3, 0.5, 0.9, 0.999_999] {
                let f = try #require(FDistribution.quantile(p, degreesOfFreedom: d1, d2))
                let back = try #require(FDistribution.cdf(f, degreesOfFreedom: d1, d2))
                #expect(abs(back - p) <= 1e-12 * max(p, 1 - p) + 1e-15, "pf(qf(\(p), \(d1), \(d2)))")
            }
        }
    }

    @Test func theInverseIncompleteBetaKeepsBothSidesAccurate() throws {
        // I_x(2, 3) = 6x² − 8x³ + 3x⁴ by hand; at x = 0.25 that is 0.26171875 exactly.
        let root = try #require(IncompleteBeta.inverse(lower: 0.261_718_75, upper: 0.738_281_25, a: 2, b: 3))
        #expect(abs(root.x - 0.25) <= 1e-15)
        #expect(abs(root.y - 0.75) <= 1e-15)
        // Far in the upper tail x is close to 1 and y carries the digits: I_x(1, 1) = x.
        let tail = try #require(IncompleteBeta.inverse(lower: 1 - 1e-13, upper: 1e-13, a: 1, b: 1))
        #expect(abs(tail.y - 1e-13) <= 1e-13 * 1e-12)
    }

    @Test func impossibleArgumentsGiveNilNotNaN() {
        #expect(FDistribution.quantile(0, degreesOfFreedom: 2, 3) == nil)
        #expect(FDistribution.quantile(1, degreesOfFreedom: 2, 3) == nil)
        #expect(FDistribution.quantile(0.5, degreesOfFreedom: 0, 3) == nil)
        #expect(FDistribution.quantile(0.5, degreesOfFreedom: 2, .infinity) == nil)
        #expect(FDistribution.quantile(.nan, degreesOfFreedom: 2, 3) == nil)
        #expect(FDistribution.cdf(.nan, degreesOfFreedom: 2, 3) == nil)
        #expect(FDistribution.cdf(-1, degreesOfFreedom: 2, 3) == 0)
        #expect(IncompleteBeta.inverse(lower: 0.3, upper: 0.3, a: 1, b: 1) == nil)
        #expect(IncompleteGamma.upper(a: 0, x: 1) == nil)
        #expect(IncompleteGamma.chiSquareUpperTail(.nan, degreesOfFreedom: 2) == nil)
        #expect(IncompleteGamma.chiSquareUpperTail(3, degreesOfFreedom: 0) == nil)
    }

    @Test func chiSquareTailsMatchRIncludingTinyTails() throws {
        let paths = StatisticsReference.paths(prefix: "pchisq/", suffix: "")
        #expect(paths.count == 63)
        for path in paths {
            let parts = path.split(separator: "/").dropFirst().compactMap { Double($0) }
            let expected = try #require(StatisticsReference.value(path))
            let found = try #require(IncompleteGamma.chiSquareUpperTail(parts[0], degreesOfFreedom: parts[1]))
            #expect(
                abs(found - expected) <= 1e-9 * expected, "pchisq(\(parts[0]), \(parts[1])): \(found) vs \(expected)")
        }
    }

    @Test func theLowerAndUpperIncompleteGammaAddUpToOneAndMatchClosedForms() throws {
        for a in [0.5, 1, 2.5, 10, 150] {
            for x in [0.01, 0.9, 3, 12, 160] {
                let lower = try #require(IncompleteGamma.lower(a: a, x: x))
                let upper = try #require(IncompleteGamma.upper(a: a, x: x))
                #expect(abs(lower + upper - 1) <= 1e-14)
            }
        }
        // For a = 1 the upper tail is e^(−x); for two degrees of freedom P(χ² > x) = e^(−x/2).
        for x in [0.1, 1, 7, 40] {
            let upper = try #require(IncompleteGamma.upper(a: 1, x: x))
            #expect(abs(upper - exp(-x)) <= 1e-14 * exp(-x))
        }
    }
}
