import Testing

@testable import LISO

@Suite struct HTMLRendererTests {
    let fixture = ReportFixture()

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func theFileIsSelfContained() {
        let html = HTMLRenderer().render(fixture.report(.english))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains(" src="))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        let external = html.components(separatedBy: "http").dropFirst().filter {
            !$0.hasPrefix("://www.w3.org/2000/svg\"")
        }
        #expect(external.isEmpty, "only the SVG namespace may name a web address")
    }

    @Test func everyChartIsAFigureWithACaptionALabelAndATable() {
        let html = HTMLRenderer().render(fixture.report(.english))
        let charts = count("<svg", in: html)
        #expect(charts >= 1 + 8 + 3 + 1)
        #expect(count("<figure>", in: html) == charts)
        #expect(count("<figcaption>", in: html) == charts)
        #expect(count("role=\"img\" aria-label=\"", in: html) == charts)
        for figure in html.components(separatedBy: "<figure>").dropFirst() {
            let after = figure.components(separatedBy: "</figure>").dropFirst().first ?? ""
            #expect(after.hasPrefix("<div class=\"wide\"><table>"), "a table follows every chart")
        }
    }

    @Test func theDocumentDeclaresItsLanguageAndPrintsOnA4() {
        let dutch = HTMLRenderer().render(fixture.report(.dutch))
        #expect(dutch.contains("<html lang=\"nl\">"))
        #expect(dutch.contains("@page { size: A4"))
        #expect(dutch.contains("break-inside: avoid"))
    }

    @Test func dutchReportsUseDecimalCommasInTextButPointsInSVGCoordinates() {
        let html = HTMLRenderer().render(fixture.report(.dutch))
        #expect(html.contains(">4,31<"))
        #expect(!html.contains(">4.31<"))
        #expect(html.contains("viewBox=\"0 0 700.0 "))
    }

    @Test func bandsAndGroupsUseTheOkabeItoPalette() {
        let html = HTMLRenderer().render(fixture.report(.english))
        for colour in ["#009E73", "#E69F00", "#D55E00", "#0072B2", "#56B4E9"] { #expect(html.contains(colour)) }
    }

    @Test func theEscapeFunctionReplacesEveryMarkupCharacter() {
        #expect(
            HTMLText.escape("<a href=\"x\" title='y'>&amp;</a>")
                == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;")
    }

    @Test func longLabelsWrapAtSpacesAndAreShortenedBeyondTheLimit() {
        #expect(HTMLText.wrap("one two three four", width: 9, limit: 3) == ["one two", "three", "four"])
        #expect(HTMLText.wrap("one two three four", width: 9, limit: 2) == ["one two", "three…"])
    }
}
