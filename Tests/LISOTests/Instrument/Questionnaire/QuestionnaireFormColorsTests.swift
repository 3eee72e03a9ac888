import Foundation
import Testing

@testable import LISO

@Suite struct QuestionnaireFormColorsTests {
    typealias Colors = QuestionnaireFormColors

    /// Black on white is 21:1 by definition; WebAIM's contrast checker gives 4.54 for #767676
    /// and 4.48 for #777777 on white, the usual examples of just passing and just failing AA.
    @Test func theContrastRatioMatchesPublishedValues() {
        #expect(abs(Colors.contrast("#000000", "#ffffff") - 21) < 1e-9)
        #expect(abs(Colors.contrast("#ffffff", "#ffffff") - 1) < 1e-9)
        #expect(abs(Colors.contrast("#767676", "#ffffff") - 4.54) < 0.005)
        #expect(abs(Colors.contrast("#777777", "#ffffff") - 4.48) < 0.005)
        #expect(Colors.contrast("#005a8c", "#ffffff") == Colors.contrast("#ffffff", "#005a8c"))
    }

    @Test func everyTextColourHasAtLeastFourAndAHalfToOneOnItsBackground() {
        for (foreground, background) in Colors.textPairs {
            #expect(Colors.contrast(foreground, background) >= 4.5, "\(foreground) on \(background)")
        }
    }

    @Test func bordersAndTheFocusRingHaveAtLeastThreeToOne() {
        for (foreground, background) in Colors.componentPairs {
            #expect(Colors.contrast(foreground, background) >= 3, "\(foreground) against \(background)")
        }
    }

    @Test func theStyleSheetUsesNoColourOutsideThePalette() throws {
        let palette: Set = [
            Colors.ink, Colors.muted, Colors.page, Colors.soft, Colors.selected, Colors.accent, Colors.optionBorder,
            Colors.focus,
        ]
        let css = QuestionnaireFormStyle.css
        let used = css.matches(of: try Regex("#[0-9a-fA-F]{3,8}\\b")).map { String(css[$0.range]).lowercased() }
        #expect(!used.isEmpty)
        #expect(Set(used).isSubset(of: palette), "\(Set(used).subtracting(palette))")
        for word in ["rgb(", "hsl(", "color: black", "color: white", "color: gray", "color: grey"] {
            #expect(!css.contains(word), "\(word)")
        }
    }
}
