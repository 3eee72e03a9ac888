import Foundation

/// The colours of the HTML questionnaire and the pairs that must meet WCAG 2.1 AA: 4.5:1 for
/// text on its background, 3:1 for borders and the focus ring against what surrounds them.
enum QuestionnaireFormColors {
    /// Body text.
    static let ink = "#1d2433"
    /// Hints and notes.
    static let muted = "#4a5365"
    /// The page.
    static let page = "#ffffff"
    /// Boxes: the introduction's privacy note, the saving area.
    static let soft = "#f3f5f8"
    /// A chosen answer.
    static let selected = "#e8f1f8"
    /// The button, the element headings' rule, a chosen answer's border.
    static let accent = "#005a8c"
    /// The border of an answer that is not chosen.
    static let optionBorder = "#6b7385"
    /// The keyboard focus ring, unlike the accent so that focus and choice look different.
    static let focus = "#b35900"

    /// Text colours on the backgrounds they appear on: each pair needs 4.5:1.
    static let textPairs: [(foreground: String, background: String)] = [
        (ink, page), (ink, soft), (ink, selected), (muted, page), (muted, soft), (muted, selected),
        (page, accent),
    ]

    /// Borders and the focus ring against what surrounds them: each pair needs 3:1.
    static let componentPairs: [(foreground: String, background: String)] = [
        (optionBorder, page), (accent, page), (accent, selected), (focus, page), (focus, selected), (focus, soft),
    ]

    /// The contrast ratio of two `#rrggbb` colours as WCAG 2.1 defines it: (L1 + 0.05) / (L2 + 0.05)
    /// with L1 the lighter relative luminance.
    static func contrast(_ first: String, _ second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// The relative luminance of a `#rrggbb` colour (sRGB, WCAG 2.1).
    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        let channels = stride(from: 0, to: 6, by: 2).map { index -> Double in
            let value = Double(Int(String(digits[index...index + 1]), radix: 16) ?? 0) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
