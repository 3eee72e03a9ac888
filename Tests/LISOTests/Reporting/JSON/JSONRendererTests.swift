import Foundation
import Testing

@testable import LISO

@Suite struct JSONRendererTests {
    let fixture = ReportFixture()

    func object(_ result: EvaluationResult) throws -> [String: Any] {
        let text = JSONRenderer().render(Report(result: result, instrument: fixture.instrument, language: .english))
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func theJSONDecodesBackIntoAnEqualResult() throws {
        let text = JSONRenderer().render(fixture.report(.dutch))
        let decoded = try JSONDecoder().decode(EvaluationResult.self, from: Data(text.utf8))
        #expect(decoded == fixture.result)
    }

    @Test func absentValuesAreWrittenAsNullNotOmitted() throws {
        let json = try object(fixture.result)
        let overall = try #require(json["overall"] as? [String: Any])
        let elements = try #require(overall["elements"] as? [[String: Any]])
        let phasing = try #require(elements.last)
        #expect(phasing.keys.contains("alpha"))
        #expect(phasing["alpha"] is NSNull)
        let synergy = try #require(elements.dropFirst(3).first)
        #expect(synergy["rwg"] is NSNull)
        let divergence = try #require(json["divergence"] as? [[String: Any]])
        #expect(divergence.first?["network"] is NSNull)
    }

    @Test func aResultWithoutComparisonWritesComparisonAsNull() throws {
        var result = fixture.result
        result.comparison = nil
        #expect(try object(result)["comparison"] is NSNull)
    }

    @Test func numbersThatAreNotFiniteAreWrittenAsNullNeverAsNaN() throws {
        var result = fixture.result
        result.overall.elements[0].mean = .nan
        result.overall.elements[0].ci95 = ConfidenceInterval(low: .nan, high: 2)
        result.overall.elements[1].sd = .infinity
        let text = JSONRenderer().render(Report(result: result, instrument: fixture.instrument, language: .english))
        #expect(!text.contains("NaN") && !text.lowercased().contains("inf"))
        let overall = try #require(try object(result)["overall"] as? [String: Any])
        let elements = try #require(overall["elements"] as? [[String: Any]])
        #expect(elements[0]["mean"] is NSNull && elements[0]["ci95"] is NSNull && elements[1]["sd"] is NSNull)
    }

    @Test func aPolicyNumberThatIsNotFiniteIsNullForThatValueOnly() throws {
        var result = fixture.result
        result.policy.divergenceThreshold = .infinity
        result.policy.minimumAnsweredFraction = .nan
        let json = try object(result)
        let policy = try #require(json["policy"] as? [String: Any])
        #expect(policy["divergenceThreshold"] is NSNull && policy["minimumAnsweredFraction"] is NSNull)
        #expect(policy["minimumGroupSize"] as? Int == 5)
        #expect(json["respondents"] as? Int == result.respondents)
        #expect((json["groups"] as? [Any])?.count == result.groups.count)
    }

    @Test func numbersUseAPointWhateverTheLanguage() {
        let text = JSONRenderer().render(fixture.report(.dutch))
        #expect(text.contains("\"mean\" : 4.31") || text.contains("\"mean\":4.31"))
        #expect(!text.contains("4,31"))
    }

    @Test func aSuppressedGroupWritesItsCountButNoStatistic() throws {
        var result = fixture.result
        let index = try #require(result.groups.firstIndex { $0.suppressed })
        result.groups[index].elements = fixture.elements(shift: 0, n: 3)
        result.groups[index].items = fixture.items(n: 3)
        result.groups[index].phase = "forming"
        let groups = try #require(try object(result)["groups"] as? [[String: Any]])
        let group = groups[index]
        #expect(group["respondents"] as? Int == 3)
        #expect((group["elements"] as? [Any])?.isEmpty == true)
        #expect((group["items"] as? [Any])?.isEmpty == true)
        #expect(group["phase"] is NSNull)
    }
}
