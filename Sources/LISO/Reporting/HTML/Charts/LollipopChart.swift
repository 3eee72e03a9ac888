/// A lollipop chart of element means on the instrument's scale: a stem from the scale's minimum to the
/// mean, a dot coloured by band, and the 95% confidence interval as a whisker, over the band
/// backgrounds.
struct LollipopChart {
    /// One element of the chart.
    struct Row {
        var label: String
        var mean: Double?
        var ci95: ConfidenceInterval?
        var band: Band?
    }

    var rows: [Row]
    var low: Double
    var high: Double
    var bands: ResponseScale.Bands
    var numbers: NumberStyle
    var label: String

    private let labelWidth = 250.0
    private let rowHeight = 34.0
    private let top = 10.0

    /// The chart as inline SVG.
    func svg() -> String {
        let width = 700.0
        let axis = ChartAxis(low: low, high: high, left: labelWidth + 10, right: width - 60)
        let bottom = top + rowHeight * Double(rows.count)
        var svg = svgOpen(width: width, height: bottom + 26, label: label)
        svg += axis.bands(top: top, bottom: bottom, bands)
        svg += axis.grid(top: top, bottom: bottom, numbers: numbers)
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * (Double(index) + 0.5)
            let cy = HTMLText.coordinate(y)
            svg +=
                svgRowLabel(row.label, right: labelWidth, y: y)
            guard let mean = row.mean else { continue }
            let x = axis.x(mean)
            svg +=
                "<line x1=\"\(HTMLText.coordinate(axis.left))\" y1=\"\(cy)\" x2=\"\(HTMLText.coordinate(x))\" y2=\"\(cy)\" class=\"stem\"/>"
            if let ci = row.ci95 {
                let (x0, x1) = (HTMLText.coordinate(axis.x(ci.low)), HTMLText.coordinate(axis.x(ci.high)))
                let (y0, y1) = (HTMLText.coordinate(y - 7), HTMLText.coordinate(y + 7))
                svg += "<path d=\"M\(x0) \(y0)V\(y1)M\(x0) \(cy)H\(x1)M\(x1) \(y0)V\(y1)\" class=\"whisker\"/>"
            }
            svg +=
                "<circle cx=\"\(HTMLText.coordinate(x))\" cy=\"\(cy)\" r=\"7\" fill=\"\(Palette.band(row.band))\" class=\"dot\"/>"
            let textX = HTMLText.coordinate(max(axis.x(row.ci95?.high ?? mean), x) + 10)
            svg +=
                "<text x=\"\(textX)\" y=\"\(HTMLText.coordinate(y + 4))\" class=\"value\">\(numbers.decimal(mean))</text>"
        }
        return svg + "</svg>"
    }
}
