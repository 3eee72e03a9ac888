/// A dot plot of element means per group: one row per element, one marker per group, each group
/// with its own Okabe–Ito colour and shape so that colour is never the only cue.
struct ComparisonChart {
    /// One element of the chart: one mean per series, `nil` where absent.
    struct Row {
        var label: String
        var means: [Double?]
        var flagged: Bool
    }

    var series: [String]
    var rows: [Row]
    var low: Double
    var high: Double
    var bands: ResponseScale.Bands
    var numbers: NumberStyle
    var label: String

    private let labelWidth = 250.0
    private let rowHeight = 30.0

    /// The chart as inline SVG.
    func svg() -> String {
        let width = 700.0
        let legendRows = (series.count + 2) / 3
        let top = 14.0 + 20 * Double(legendRows)
        let axis = ChartAxis(low: low, high: high, left: labelWidth + 10, right: width - 30)
        let bottom = top + rowHeight * Double(rows.count)
        var svg = svgOpen(width: width, height: bottom + 26, label: label)
        for (index, name) in series.enumerated() {
            let x = 20 + Double(index % 3) * 225
            let y = 14 + 20 * Double(index / 3)
            svg += Self.marker(index, x: x, y: y - 4)
            svg +=
                "<text x=\"\(HTMLText.coordinate(x + 12))\" y=\"\(HTMLText.coordinate(y))\" class=\"legend\">\(HTMLText.escape(name))</text>"
        }
        svg += axis.bands(top: top, bottom: bottom, bands)
        svg += axis.grid(top: top, bottom: bottom, numbers: numbers)
        for (rowIndex, row) in rows.enumerated() {
            let y = top + rowHeight * (Double(rowIndex) + 0.5)
            let flag = row.flagged ? "⚑ " : ""
            svg +=
                svgRowLabel(flag + row.label, right: labelWidth, y: y)
            let present = row.means.compactMap { $0 }
            if let lowest = present.min(), let highest = present.max() {
                svg +=
                    "<line x1=\"\(HTMLText.coordinate(axis.x(lowest)))\" y1=\"\(HTMLText.coordinate(y))\" x2=\"\(HTMLText.coordinate(axis.x(highest)))\" y2=\"\(HTMLText.coordinate(y))\" class=\"range\"/>"
            }
            for (index, mean) in row.means.enumerated() {
                guard let mean else { continue }
                svg += Self.marker(index, x: axis.x(mean), y: y)
            }
        }
        return svg + "</svg>"
    }

    /// The marker of series `index` centred at a point: circle, square, diamond, triangles, cross.
    static func marker(_ index: Int, x: Double, y: Double) -> String {
        let colour = Palette.groups[index % Palette.groups.count]
        let (cx, cy) = (HTMLText.coordinate(x), HTMLText.coordinate(y))
        let r = 5.5
        func point(_ dx: Double, _ dy: Double) -> String {
            HTMLText.coordinate(x + dx) + " " + HTMLText.coordinate(y + dy)
        }
        let style = "fill=\"\(colour)\" class=\"marker\""
        switch index % 6 {
        case 0: return "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"\(r)\" \(style)/>"
        case 1:
            return
                "<rect x=\"\(HTMLText.coordinate(x - r))\" y=\"\(HTMLText.coordinate(y - r))\" width=\"\(r * 2)\" height=\"\(r * 2)\" \(style)/>"
        case 2:
            return
                "<path d=\"M\(point(0, -r - 1.5))L\(point(r + 1.5, 0))L\(point(0, r + 1.5))L\(point(-r - 1.5, 0))Z\" \(style)/>"
        case 3: return "<path d=\"M\(point(0, -r - 1))L\(point(r + 1, r))L\(point(-r - 1, r))Z\" \(style)/>"
        case 4: return "<path d=\"M\(point(0, r + 1))L\(point(r + 1, -r))L\(point(-r - 1, -r))Z\" \(style)/>"
        default:
            return
                "<path d=\"M\(point(-r, -r))L\(point(r, r))M\(point(r, -r))L\(point(-r, r))\" stroke=\"\(colour)\" stroke-width=\"3\" fill=\"none\"/>"
        }
    }
}
