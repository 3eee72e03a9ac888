/// The small chart in each row of the meeting report's table: the answer scale with its band
/// backgrounds, the 95% interval as a whisker and the mean as a dot in its band's colour.
struct MeetingBar {
    var mean: Double?
    var ci95: ConfidenceInterval?
    var band: Band?
    var low: Double
    var high: Double
    var bands: ResponseScale.Bands
    /// What the chart shows, in words, for screen readers.
    var label: String

    private let width = 180.0
    private let height = 22.0

    /// The chart as inline SVG.
    func svg() -> String {
        let axis = ChartAxis(low: low, high: high, left: 6, right: width - 6)
        var svg = svgOpen(width: width, height: height, label: label)
        svg += axis.bands(top: 3, bottom: height - 3, bands)
        var value = low
        while value <= high + 1e-9 {
            let x = HTMLText.coordinate(axis.x(value))
            svg += "<line x1=\"\(x)\" y1=\"3\" x2=\"\(x)\" y2=\"\(HTMLText.coordinate(height - 3))\" class=\"grid\"/>"
            value += 1
        }
        guard let mean else { return svg + "</svg>" }
        let y = HTMLText.coordinate(height / 2)
        if let ci95 {
            let (x0, x1) = (HTMLText.coordinate(axis.x(ci95.low)), HTMLText.coordinate(axis.x(ci95.high)))
            svg += "<path d=\"M\(x0) 6V16M\(x0) \(y)H\(x1)M\(x1) 6V16\" class=\"whisker\"/>"
        }
        svg +=
            "<circle cx=\"\(HTMLText.coordinate(axis.x(mean)))\" cy=\"\(y)\" r=\"5.5\" fill=\"\(Palette.band(band))\" class=\"dot\"/>"
        return svg + "</svg>"
    }
}
