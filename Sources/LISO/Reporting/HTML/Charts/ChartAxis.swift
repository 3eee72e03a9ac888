/// The horizontal axis of a chart on the answer scale: maps values to x positions and draws the
/// band backgrounds, grid lines and tick labels.
struct ChartAxis {
    /// The lowest and highest value shown.
    var low: Double
    var high: Double
    /// The x positions of the lowest and highest value.
    var left: Double
    var right: Double

    /// The x position of a value, clamped to the axis.
    func x(_ value: Double) -> Double {
        let clamped = min(max(value, low), high)
        return left + (clamped - low) / (high - low) * (right - left)
    }

    /// Band backgrounds (concern, attention, strength) from `top` to `bottom`.
    func bands(top: Double, bottom: Double, _ bands: ResponseScale.Bands) -> String {
        let parts: [(Double, Double, String)] = [
            (low, bands.attention, "#FBE6DA"), (bands.attention, bands.strength, "#FCF1D9"),
            (bands.strength, high, "#DDF1EA"),
        ]
        return parts.map { from, to, colour in
            let x0 = x(from)
            let width = x(to) - x0
            return
                "<rect x=\"\(HTMLText.coordinate(x0))\" y=\"\(HTMLText.coordinate(top))\" width=\"\(HTMLText.coordinate(width))\" height=\"\(HTMLText.coordinate(bottom - top))\" fill=\"\(colour)\"/>"
        }.joined()
    }

    /// Vertical grid lines at every whole value with labels below, formatted for the language.
    func grid(top: Double, bottom: Double, numbers: NumberStyle, step: Double = 1, digits: Int = 0) -> String {
        var svg = ""
        var value = low
        while value <= high + 1e-9 {
            let position = HTMLText.coordinate(x(value))
            svg +=
                "<line x1=\"\(position)\" y1=\"\(HTMLText.coordinate(top))\" x2=\"\(position)\" y2=\"\(HTMLText.coordinate(bottom))\" class=\"grid\"/>"
            svg +=
                "<text x=\"\(position)\" y=\"\(HTMLText.coordinate(bottom + 14))\" class=\"tick\" text-anchor=\"middle\">\(numbers.signedIfNeeded(value, digits: digits, signed: low < 0))</text>"
            value += step
        }
        return svg
    }
}

extension NumberStyle {
    /// A tick label: signed on an axis around zero.
    func signedIfNeeded(_ value: Double, digits: Int, signed: Bool) -> String {
        signed ? self.signed(value, digits: digits) : decimal(value, digits: digits)
    }
}

/// Opens an inline SVG that scales to its container and is announced as one image.
func svgOpen(width: Double, height: Double, label: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(HTMLText.coordinate(width)) \(HTMLText.coordinate(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\" preserveAspectRatio=\"xMinYMin meet\"><title>\(HTMLText.escape(label))</title>"
}

/// The label of a chart row: escaped text that ends at `right`, on the row's centre line `y`.
func svgRowLabel(_ text: String, right: Double, y: Double) -> String {
    "<text x=\"\(HTMLText.coordinate(right))\" y=\"\(HTMLText.coordinate(y + 4))\" text-anchor=\"end\" class=\"label\">\(HTMLText.escape(text))</text>"
}
