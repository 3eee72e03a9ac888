import Foundation
import Testing

@testable import LISO

/// Feldt's interval, omega total and the reverse-key check against psych on the bundled example
/// and the seeded sets, for the whole set and every network, fed only with the sums and
/// cross-products of the listwise-complete respondents.
@Suite struct ReliabilityReferenceTests {
    /// The whole set and each network, with the path R printed them under.
    static func groups(_ set: ReferenceSet) -> [(path: String, rows: [ReferenceSet.Row])] {
        [("all", set.rows)] + set.values("network").map { ("network=\($0)", set.rows("network", $0)) }
    }

    static func each(_ name: String, _ body: (String, ReferenceSet.ElementSums) throws -> Void) throws {
        let set = try ReferenceSet.named(name)
        for element in set.elements {
            for group in groups(set) {
                try body("\(name)/\(element.id)/\(group.path)/", set.sums(element, over: group.rows))
            }
        }
    }

    @Test(arguments: ["example", "d", "e"])
    func alphaAndItsFeldtIntervalMatchPsychAlphaCI(set: String) throws {
        var intervals = 0
        try Self.each(set) { path, sums in
            let cases = sums.complete
            #expect(Double(cases.count) == StatisticsReference.value(path + "alphaN"), "\(path)alphaN")
            let alpha = cases.count >= 3 ? cases.covariance.flatMap { Reliability(covariance: $0).alpha } : nil
            StatisticsReference.expectClose(alpha, StatisticsReference.value(path + "alpha"), path + "alpha")
            guard let alpha else { return }
            let interval = try #require(
                Reliability.feldtInterval(alpha: alpha, respondents: cases.count, items: cases.items))
            let expected = StatisticsReference.at(path + "alpha.ci95")
            StatisticsReference.expectClose(interval[0], expected.first ?? nil, path + "alpha.ci95 low")
            StatisticsReference.expectClose(interval[1], expected.last ?? nil, path + "alpha.ci95 high")
            #expect(interval[0] < alpha && alpha < interval[1])
            intervals += 1
        }
        #expect(intervals >= 3)
    }

    @Test func feldtIntervalIsAbsentWithoutEnoughRespondentsOrItems() {
        #expect(Reliability.feldtInterval(alpha: 0.8, respondents: 1, items: 4) == nil)
        #expect(Reliability.feldtInterval(alpha: 0.8, respondents: 20, items: 1) == nil)
        #expect(Reliability.feldtInterval(alpha: .nan, respondents: 20, items: 4) == nil)
        #expect(Reliability.feldtInterval(alpha: 0.8, respondents: 20, items: 4, level: 1) == nil)
    }

    @Test func aWiderLevelGivesAWiderFeldtInterval() throws {
        let ninety = try #require(Reliability.feldtInterval(alpha: 0.8, respondents: 40, items: 5, level: 0.9))
        let ninetyNine = try #require(Reliability.feldtInterval(alpha: 0.8, respondents: 40, items: 5, level: 0.99))
        #expect(ninetyNine[0] < ninety[0] && ninety[1] < ninetyNine[1])
    }

    @Test(arguments: ["example", "d", "e"])
    func omegaTotalMatchesTheExactMinimumResidualSolutionToOneInAMillion(set: String) throws {
        var fitted = 0
        try Self.each(set) { path, sums in
            let omega = OmegaTotal(sums.complete)
            // R prints no omega where alpha is already absent (fewer than 3 complete, no variance).
            let expected = StatisticsReference.values[path + "omega"]?.first ?? nil
            StatisticsReference.expectClose(omega.omega, expected, tolerance: 1e-6, path + "omega")
            guard let loadings = StatisticsReference.values[path + "omega.loadings"] else {
                #expect(omega.omega == nil)
                return
            }
            #expect(omega.loadings.count == loadings.count)
            for (found, expected) in zip(omega.loadings, loadings) {
                StatisticsReference.expectClose(found, expected, tolerance: 1e-6, path + "omega.loadings")
            }
            fitted += 1
        }
        #expect(fitted >= (set == "e" ? 0 : 1))
    }

    @Test func omegaSaysWhyItIsAbsent() throws {
        // Set e has 22 complete respondents on its element: too few.
        let e = try ReferenceSet.named("e")
        #expect(OmegaTotal(e.sums(e.elements[0], over: e.rows).complete).note == "too-few-respondents")
        var twoItems = ItemCrossProducts(items: 2)
        for index in 0..<40 { twoItems.add([Double(index % 5), Double(index % 3)]) }
        #expect(OmegaTotal(twoItems).note == "too-few-items")
        var constant = ItemCrossProducts(items: 3)
        for index in 0..<40 { constant.add([Double(index % 5), 3, Double(index % 4)]) }
        #expect(OmegaTotal(constant).note == "zero-variance")
        let d = try ReferenceSet.named("d")
        let cases = d.sums(d.elements[0], over: d.rows).complete
        let stopped = OmegaTotal(cases, maximumIterations: 2)
        #expect(stopped.omega == nil && stopped.note == "no-convergence")
    }

    @Test func aCommunalityOfAtLeastPointNinetyNineIsAHeywoodCase() {
        // Items 1 and 2 correlate 0.995 and each 0.5 with item 3: the exact fit has
        // λ₁ = λ₂ = √0.995 (communality 0.995) and λ₃ = 0.5 / √0.995.
        let r: [[Double]] = [[1, 0.995, 0.5], [0.995, 1, 0.5], [0.5, 0.5, 1]]
        let omega = OmegaTotal(correlation: r, respondents: 100)
        #expect(omega.omega == nil && omega.note == "heywood-case")
        #expect(abs(omega.loadings[0] * omega.loadings[0] - 0.995) < 1e-9)
        let fine = OmegaTotal(correlation: [[1, 0.9, 0.5], [0.9, 1, 0.5], [0.5, 0.5, 1]], respondents: 100)
        #expect(fine.note == nil && fine.omega != nil)
    }

    @Test func theFittedLoadingsAreAStationaryPointOfTheResidualSumOfSquaresAndBeatPsychsMinres() throws {
        // An independent check of "exact minimum residual": the gradient of
        // Σᵢ<ⱼ (rᵢⱼ − λᵢλⱼ)² vanishes at the solution, and nothing nearby fits better.
        let d = try ReferenceSet.named("d")
        let cases = d.sums(d.elements[0], over: d.rows).complete
        let r = try #require(cases.correlation)
        let omega = OmegaTotal(cases)
        let loadings = omega.loadings
        func residual(_ l: [Double]) -> Double {
            var sum = 0.0
            for i in l.indices { for j in l.indices where j > i { sum += pow(r[i][j] - l[i] * l[j], 2) } }
            return sum
        }
        for i in loadings.indices {
            let gradient = loadings.indices.filter { $0 != i }.reduce(0.0) { sum, j in
                sum - 2 * (r[i][j] - loadings[i] * loadings[j]) * loadings[j]
            }
            #expect(abs(gradient) < 1e-12)
        }
        let best = residual(loadings)
        var generator = SplitMix64(seed: 15)
        for _ in 0..<200 {
            let nudged = loadings.map { $0 + Double.random(in: -1e-4...1e-4, using: &generator) }
            #expect(residual(nudged) >= best)
        }
        // psych's fm = "minres" stops short: its omega differs, ours matches the converged "pa".
        let minres = try #require(StatisticsReference.value("d/a/all/omega.minres"))
        let exact = try #require(StatisticsReference.value("d/a/all/omega"))
        #expect(abs(minres - exact) > 1e-8)
        #expect(abs(try #require(omega.omega) - exact) < abs(minres - exact))
    }

    @Test(arguments: ["example", "d", "e"])
    func theReverseKeyCheckNamesTheItemsWithANegativeItemRestCorrelationAsPsychDoes(set: String) throws {
        try Self.each(set) { path, sums in
            guard let expected = StatisticsReference.values[path + "negativeItemRest"] else { return }
            let found = ReverseKeyCheck.suspects(sums.complete).map { Double($0 + 1) }
            #expect(found == expected.compactMap { $0 }, "\(path)negativeItemRest")
        }
    }

    @Test func theMiscodedItemOfSetDIsTheOnlySuspectInTheWholeSet() throws {
        let d = try ReferenceSet.named("d")
        #expect(ReverseKeyCheck.suspects(d.sums(d.elements[0], over: d.rows).complete).isEmpty)
        // b3 was stored reversed without being declared so.
        #expect(ReverseKeyCheck.suspects(d.sums(d.elements[1], over: d.rows).complete) == [2])
    }

    @Test func aCorrelationOfZeroWithinRoundingIsNoSuspectAndAMissingOneNeither() {
        #expect(ReverseKeyCheck.suspects(itemRest: [0.4, -1e-17, nil, -0.2, 0.1]) == [3])
        #expect(ReverseKeyCheck.suspects(itemRest: []).isEmpty)
        #expect(ReverseKeyCheck.suspects(ItemCrossProducts(items: 3)).isEmpty)
    }
}
