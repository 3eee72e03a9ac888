/// Item distributions as 100% stacked bars: one bar per item, one segment per scale point from
/// disagree to agree, then "don't know"; counts printed inside wide enough segments.
struct DistributionChart {
    /// One item of the chart.
    struct Row {
        var label: String
        var counts: [Int]
        var dontKnow: Int
    }

    var scale: [String]
    var dontKnowLabel: String
    var rows: [Row]
    var label: String

    private let labelWidth = 300.0
    private let rowHeight = 44.0

    /// The chart as inline SVG.
    func svg() -> String {
        let width = 700.0
        let legend = scale + [dontKnowLabel]
        let legendRows = (legend.count + 2) / 3
        let top = 12.0 + 20 * Double(legendRows)
        let (left, right) = (labelWidth + 10, width - 10)
        var svg = svgOpen(width: width, height: top + rowHeight * Double(rows.count) + 4, label: label)
        for (index, name) in legend.enumerated() {
            let x = 20 + Double(index % 3) * 225
            let y = 12 + 20 * Double(index / 3)
            svg +=
                "<rect x=\"\(HTMLText.coordinate(x))\" y=\"\(HTMLText.coordinate(y - 10))\" width=\"12\" height=\"12\" fill=\"\(colour(index))\" class=\"swatch\"/>"
            svg +=
                "<text x=\"\(HTMLText.coordinate(x + 18))\" y=\"\(HTMLText.coordinate(y))\" class=\"legend\">\(HTMLText.escape(name))</text>"
        }
        for (rowIndex, row) in rows.enumerated() {
            let y = top + rowHeight * Double(rowIndex)
            let lines = HTMLText.wrap(row.label, width: 46, limit: 3)
            for (lineIndex, line) in lines.enumerated() {
                let lineY = y + rowHeight / 2 + 4 + (Double(lineIndex) - Double(lines.count - 1) / 2) * 13
                svg +=
                    "<text x=\"\(HTMLText.coordinate(labelWidth))\" y=\"\(HTMLText.coordinate(lineY))\" text-anchor=\"end\" class=\"label small\">\(HTMLText.escape(line))</text>"
            }
            let counts = row.counts + [row.dontKnow]
            let total = counts.reduce(0, +)
            guard total > 0 else { continue }
            var x = left
            for (index, count) in counts.enumerated() where count > 0 {
                let segment = Double(count) / Double(total) * (right - left)
                svg +=
                    "<rect x=\"\(HTMLText.coordinate(x))\" y=\"\(HTMLText.coordinate(y + 10))\" width=\"\(HTMLText.coordinate(segment))\" height=\"24\" fill=\"\(colour(index))\" class=\"segment\"/>"
                if segment >= 18 {
                    let ink = index == 0 || index == scale.count - 1 ? "light" : "dark"
                    svg +=
                        "<text x=\"\(HTMLText.coordinate(x + segment / 2))\" y=\"\(HTMLText.coordinate(y + 26))\" text-anchor=\"middle\" class=\"count \(ink)\">\(count)</text>"
                }
                x += segment
            }
        }
        return svg + "</svg>"
    }

    private func colour(_ index: Int) -> String {
        index < scale.count ? Palette.scalePoint(index, of: scale.count) : Palette.dontKnow
    }
}
