import Testing

@testable import LISO

@Suite struct ChartTests {
    @Test func theAxisMapsValuesLinearlyAndClampsThoseOutside() {
        let axis = ChartAxis(low: 1, high: 5, left: 100, right: 500)
        #expect(axis.x(1) == 100)
        #expect(axis.x(3) == 300)
        #expect(axis.x(4.5) == 450)
        #expect(axis.x(0) == 100)
        #expect(axis.x(9) == 500)
    }

    @Test func theLollipopPlacesEachDotAtItsMeanAndLabelsItInTheLanguage() {
        let chart = LollipopChart(
            rows: [.init(label: "A & B", mean: 3, ci95: ConfidenceInterval(low: 2.5, high: 3.5), band: .attention)],
            low: 1, high: 5,
            bands: ResponseScale.Bands(strength: 4, attention: 3), numbers: NumberStyle(.dutch), label: "caption")
        let svg = chart.svg()
        let axis = ChartAxis(low: 1, high: 5, left: 260, right: 640)
        #expect(svg.contains("<circle cx=\"\(HTMLText.coordinate(axis.x(3)))\""))
        #expect(svg.contains(">3,00</text>"))
        #expect(svg.contains(">A &amp; B</text>"))
        #expect(svg.contains("fill=\"#E69F00\""))
    }

    @Test func aRowWithoutAMeanHasALabelButNoDot() {
        let chart = LollipopChart(
            rows: [.init(label: "x", mean: nil, ci95: nil, band: nil)], low: 1, high: 5,
            bands: ResponseScale.Bands(strength: 4, attention: 3),
            numbers: NumberStyle(.english), label: "caption")
        #expect(!chart.svg().contains("<circle"))
        #expect(chart.svg().contains(">x</text>"))
    }

    @Test func stackedBarsSplitTheirWidthInProportionToTheCounts() {
        let chart = DistributionChart(
            scale: ["1", "2", "3", "4", "5"], dontKnowLabel: "?",
            rows: [.init(label: "item", counts: [1, 0, 0, 2, 1], dontKnow: 0)],
            label: "caption")
        let widths = chart.svg().components(separatedBy: "class=\"segment\"").dropLast().compactMap { part in
            part.components(separatedBy: "width=\"").last?.split(separator: "\"").first.flatMap { Double($0) }
        }
        #expect(widths == [95.0, 190.0, 95.0])
    }

    @Test func everyGroupHasItsOwnMarkerShape() {
        let shapes = (0..<6).map { ComparisonChart.marker($0, x: 0, y: 0).prefix(6) }
        #expect(Set(shapes.map { String($0) }).count >= 3)
        #expect(Set((0..<6).map { ComparisonChart.marker($0, x: 0, y: 0) }).count == 6)
    }
}
