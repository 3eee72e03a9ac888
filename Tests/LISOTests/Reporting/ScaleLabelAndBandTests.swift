import Foundation
import Testing

@testable import LISO

/// Scale labels come from the instrument in the report's language, and bands are relative to a
/// scale's range unless the instrument sets them.
@Suite struct ScaleLabelAndBandTests {
    /// A scale from Dutch and English labels, numbered from 1.
    static func scale(_ id: ResponseScale.ID, _ labels: [(String, String)], bands: ResponseScale.Bands? = nil)
        -> ResponseScale
    {
        ResponseScale(
            id: id,
            values: labels.enumerated().map { index, label in
                ResponseScale.Value(value: Double(index + 1), labels: [label.0, label.1])
            }, missing: [ResponseScale.Missing(labels: ["Weet niet", "Don't know"])], bands: bands)
    }

    static let frequency = scale(
        "frequency5",
        [("Nooit", "Never"), ("Zelden", "Rarely"), ("Soms", "Sometimes"), ("Vaak", "Often"), ("Altijd", "Always")])

    static let agree7 = scale(
        "agree7",
        [
            ("Zeer oneens", "Strongly disagree"), ("Oneens", "Disagree"), ("Enigszins oneens", "Somewhat disagree"),
            ("Neutraal", "Neutral"), ("Enigszins eens", "Somewhat agree"), ("Eens", "Agree"),
            ("Zeer eens", "Strongly agree"),
        ])

    /// An instrument with one synergy item on `scale`.
    static func instrument(_ scale: ResponseScale) -> Instrument {
        Instrument(
            id: "test", title: LocalizedText("test"), framework: "liso-2023", scales: [scale],
            items: [Item(id: "syn-1", text: LocalizedText("stelling"), element: "synergy", scale: scale.id)],
            fields: InstrumentFields())
    }

    /// The whole set's synergy result for answers on `scale`.
    static func synergy(
        _ values: [Double], on scale: ResponseScale, policy: ScoringPolicy = ScoringPolicy(minimumGroupSize: 1)
    )
        -> (result: EvaluationResult, element: ElementResult?)
    {
        var scorer = Scorer(instrument: instrument(scale), policy: policy)
        for value in values { scorer.add(Response(answers: [.value(value)])) }
        let result = scorer.result()
        return (result, result.overall.elements.first { $0.id == "synergy" })
    }

    static func report(_ scale: ResponseScale, _ language: Language) -> Report {
        Report(result: synergy([1, 2, 3, 4, 5], on: scale).result, instrument: instrument(scale), language: language)
    }

    @Test func aFrequencyScaleIsLabelledWithItsOwnWordsNotAsAgreement() {
        #expect(
            Self.report(Self.frequency, .english).scale.map(\.label) == [
                "Never", "Rarely", "Sometimes", "Often", "Always",
            ])
        #expect(
            Self.report(Self.frequency, .dutch).scale.map(\.label) == ["Nooit", "Zelden", "Soms", "Vaak", "Altijd"])
        let markdown = MarkdownRenderer().render(Self.report(Self.frequency, .english))
        #expect(markdown.contains("Never") && !markdown.contains("Strongly disagree"))
    }

    @Test func anEnglishReportShowsTheEnglishLabelsOfAnyScale() {
        let english = Self.report(Self.agree7, .english).scale.map(\.label)
        #expect(english == Self.agree7.values.map { $0.labels[1] })
        #expect(Self.report(Self.agree7, .dutch).scale.map(\.label) == Self.agree7.values.map { $0.labels[0] })
    }

    @Test func theBuiltInScaleKeepsItsBandsAtFourAndThree() throws {
        let scale = try #require(Instrument.lisoFull.scales.first)
        #expect(scale.bands == ResponseScale.Bands(strength: 4.0, attention: 3.0))
        #expect(ResponseScale.Bands(minimum: 1, maximum: 5) == ResponseScale.Bands(strength: 4.0, attention: 3.0))
        let agree5 = Self.scale("agree5", (1...5).map { ("\($0)", "\($0)") })
        #expect(Self.synergy([4, 4], on: agree5).element?.band == .strength)
        #expect(Self.synergy([3, 3], on: agree5).element?.band == .attention)
        #expect(Self.synergy([3, 2], on: agree5).element?.band == .concern)
        let policy = Self.synergy([4], on: agree5).result.policy
        #expect(policy.strengthThreshold == 4.0 && policy.attentionThreshold == 3.0)
    }

    @Test func aSevenPointScaleHasItsBandsAtThreeQuartersAndHalfItsRange() {
        #expect(Self.agree7.bands == ResponseScale.Bands(strength: 5.5, attention: 4.0))
        #expect(Self.synergy([5, 5], on: Self.agree7).element?.band == .attention)
        #expect(Self.synergy([6, 5], on: Self.agree7).element?.band == .strength)
        #expect(Self.synergy([4, 3], on: Self.agree7).element?.band == .concern)
        let report = Self.report(Self.agree7, .english)
        #expect(report.bands == ResponseScale.Bands(strength: 5.5, attention: 4.0))
        let markdown = MarkdownRenderer().render(report)
        #expect(
            markdown.contains("on the 1–7 scale") && markdown.contains("Strength from 5.5, needs attention from 4.0"))
    }

    @Test func anInstrumentMaySetAScalesBands() {
        let strict = Self.scale(
            "agree7", Self.agree7.values.map { ($0.labels[0], $0.labels[1]) },
            bands: ResponseScale.Bands(strength: 6, attention: 5))
        #expect(Self.synergy([5, 6], on: strict).element?.band == .attention)
        #expect(Self.synergy([4, 5], on: strict).element?.band == .concern)
        #expect(Self.synergy([6, 6], on: strict).element?.band == .strength)
    }

    @Test func aPolicyThresholdOverridesEveryScalesBand() {
        let policy = ScoringPolicy(minimumGroupSize: 1, strengthThreshold: 6.5)
        #expect(Self.synergy([6, 6], on: Self.agree7, policy: policy).element?.band == .attention)
        #expect(Self.synergy([6, 6], on: Self.agree7, policy: policy).result.policy.strengthThreshold == 6.5)
    }
}
