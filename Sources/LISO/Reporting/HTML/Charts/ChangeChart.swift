/// The change per element between two waves: a dot at the difference with its 95% confidence
/// interval, around a line at zero; dots filled where the interval excludes zero.
struct ChangeChart {
    /// One element of the chart.
    struct Row {
        var label: String
        var difference: Double?
        var ci95: ConfidenceInterval?
        var likelyReal: Bool
    }

    var rows: [Row]
    var numbers: NumberStyle
    var label: String

    private let labelWidth = 250.0
    private let rowHeight = 30.0
    private let top = 10.0

    /// The chart as inline SVG.
    func svg() -> String {
        let width = 700.0
        let extent =
            rows.flatMap { [$0.ci95?.low, $0.ci95?.high, $0.difference].compactMap { $0 } }.map(abs).max() ?? 1
        let limit = max(1, (extent * 2).rounded(.up) / 2)
        let axis = ChartAxis(low: -limit, high: limit, left: labelWidth + 10, right: width - 30)
        let bottom = top + rowHeight * Double(rows.count)
        var svg = svgOpen(width: width, height: bottom + 26, label: label)
        svg += axis.grid(top: top, bottom: bottom, numbers: numbers, step: 0.5, digits: 1)
        let zero = HTMLText.coordinate(axis.x(0))
        svg +=
            "<line x1=\"\(zero)\" y1=\"\(HTMLText.coordinate(top))\" x2=\"\(zero)\" y2=\"\(HTMLText.coordinate(bottom))\" class=\"zero\"/>"
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * (Double(index) + 0.5)
            svg +=
                svgRowLabel(row.label, right: labelWidth, y: y)
            guard let difference = row.difference else { continue }
            if let ci = row.ci95 {
                let (x0, x1) = (HTMLText.coordinate(axis.x(ci.low)), HTMLText.coordinate(axis.x(ci.high)))
                let (y0, y1, cy) = (HTMLText.coordinate(y - 6), HTMLText.coordinate(y + 6), HTMLText.coordinate(y))
                svg += "<path d=\"M\(x0) \(y0)V\(y1)M\(x0) \(cy)H\(x1)M\(x1) \(y0)V\(y1)\" class=\"whisker\"/>"
            }
            let fill = row.likelyReal ? Palette.groups[0] : "#FFFFFF"
            svg +=
                "<circle cx=\"\(HTMLText.coordinate(axis.x(difference)))\" cy=\"\(HTMLText.coordinate(y))\" r=\"6\" fill=\"\(fill)\" stroke=\"\(Palette.groups[0])\" stroke-width=\"2\"/>"
        }
        return svg + "</svg>"
    }
}
