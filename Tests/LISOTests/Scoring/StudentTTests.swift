import Testing

@testable import LISO

/// Quantiles and tail probabilities against R 4 (`qt`, `pt`), printed with 17 significant digits
/// by `Fixtures/Reference/reference.R`.
@Suite struct StudentTTests {
    /// (degrees of freedom, qt(0.975), qt(0.001), pt(−3.3)).
    static let reference: [(Double, Double, Double, Double)] = [
        (1, 12.706204736174694, -318.30883898555044, 0.093657770931879311),
        (2, 4.3026527297494619, -22.327124770119873, 0.040423846901833996),
        (3, 3.1824463052837078, -10.214531852407385, 0.02286672531799934),
        (4.5, 2.6589123472044025, -6.4212428842957916, 0.012559735494573026),
        (9, 2.2621571627982049, -4.2968056627299189, 0.0046149541592735068),
        (29, 2.0452296421327034, -3.396240288356803, 0.0012834571146042929),
        (100, 1.9839715185235516, -3.1737394937387826, 0.00067030976098004776),
        (1000, 1.9623390808264076, -3.098402163912922, 0.00050049836250104431),
        (123456.7, 1.9599832001362318, -3.0902983235530623, 0.00048356102067341076),
        (1e7, 1.9599642217672049, -3.0902331211809115, 0.00048342583209648227),
    ]

    @Test func quantilesMatchRToNineDigitsForWholeAndFractionalDegreesOfFreedom() throws {
        for (nu, upper, lower, _) in Self.reference {
            let q975 = try #require(StudentT.quantile(0.975, degreesOfFreedom: nu))
            let q001 = try #require(StudentT.quantile(0.001, degreesOfFreedom: nu))
            #expect(abs(q975 - upper) <= 1e-9 * abs(upper), "qt(0.975, \(nu))")
            #expect(abs(q001 - lower) <= 1e-9 * abs(lower), "qt(0.001, \(nu))")
        }
    }

    @Test func tailProbabilitiesMatchR() throws {
        for (nu, _, _, tail) in Self.reference {
            let cdf = try #require(StudentT.cdf(-3.3, degreesOfFreedom: nu))
            #expect(abs(cdf - tail) <= 1e-9 * tail, "pt(-3.3, \(nu))")
        }
    }

    @Test func theQuantileInvertsTheDistributionFunction() throws {
        for nu in [0.7, 1, 3, 17.25, 250] {
            for p in [0.0001, 0.025, 0.3, 0.5, 0.8, 0.9999] {
                let t = try #require(StudentT.quantile(p, degreesOfFreedom: nu))
                let back = try #require(StudentT.cdf(t, degreesOfFreedom: nu))
                #expect(abs(back - p) <= 1e-12 * max(p, 1 - p))
            }
        }
    }

    @Test func impossibleArgumentsGiveNilNotNaN() {
        #expect(StudentT.quantile(0, degreesOfFreedom: 3) == nil)
        #expect(StudentT.quantile(1, degreesOfFreedom: 3) == nil)
        #expect(StudentT.quantile(0.5, degreesOfFreedom: 0) == nil)
        #expect(StudentT.quantile(.nan, degreesOfFreedom: 3) == nil)
        #expect(StudentT.quantile(0.9, degreesOfFreedom: .infinity) == nil)
    }
}
