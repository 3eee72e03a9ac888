import Foundation
import Testing

@testable import LISO

@Suite struct QuestionnaireHTMLPrinterTests {
    static func page(
        _ instrument: Instrument = .lisoShort, language: Language = .dutch, network: String? = "Focus op vaderschap"
    ) -> String {
        QuestionnairePrinter(format: .html, language: language, network: network).render(instrument)
    }

    /// The radio buttons of a page, in order: (name, value), entities decoded.
    static func radios(_ html: String) throws -> [(name: String, value: String)] {
        let pattern = try Regex("<input type=\"radio\" name=\"([^\"]*)\" value=\"([^\"]*)\">")
        return html.matches(of: pattern).map { match in
            (decoded(String(match.output[1].substring ?? "")), decoded(String(match.output[2].substring ?? "")))
        }
    }

    /// The text between the first `<open…>` and the following `</close>`.
    static func inner(_ html: String, open: String, close: String) -> String? {
        guard let start = html.range(of: open), let end = html.range(of: close, range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    static func decoded(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test(arguments: QuestionnaireForm.allCases)
    func everyItemIsOneRadioGroupOfTheScaleValuesAndDontKnow(form: QuestionnaireForm) throws {
        let instrument = Instrument.builtIn(form: form)
        let radios = try Self.radios(Self.page(instrument))
        for item in instrument.items {
            let values = radios.filter { $0.name == item.id.rawValue }.map(\.value)
            #expect(values == ["1", "2", "3", "4", "5", "Weet niet / niet van toepassing"], "\(item.id)")
        }
        let itemNames = Set(instrument.items.map(\.id.rawValue))
        #expect(radios.filter { itemNames.contains($0.name) }.count == instrument.items.count * 6)
        #expect(Self.page(instrument).components(separatedBy: "data-item=").count - 1 == instrument.items.count)
    }

    @Test func backgroundQuestionsAreRadioGroupsWithTheFrameworksCanonicalIds() throws {
        let radios = try Self.radios(Self.page())
        let framework = EvaluationFramework.liso2023
        #expect(radios.filter { $0.name == "perspective" }.map(\.value) == framework.perspectives.map(\.id.rawValue))
        #expect(radios.filter { $0.name == "role" }.map(\.value) == framework.roles.map(\.id.rawValue))
        #expect(radios.filter { $0.name == "phase" }.map(\.value) == framework.phases.map(\.id.rawValue))
    }

    @Test(arguments: Language.allCases)
    func labelsAreInTheChosenLanguageAndThePageSaysWhichItIs(language: Language) {
        let html = Self.page(language: language)
        #expect(html.contains("<html lang=\"\(language == .dutch ? "nl" : "en")\">"))
        let framework = EvaluationFramework.liso2023
        for text in [framework.perspectives[0].name, framework.roles[0].name, framework.phases[0].name] {
            #expect(html.contains(">\(HTMLText.escape(text[language]))<"), "\(text[language])")
        }
        for item in Instrument.lisoShort.items { #expect(html.contains(HTMLText.escape(item.text[language]))) }
        #expect(html.contains(language == .dutch ? ">Helemaal mee oneens<" : ">Strongly disagree<"))
        #expect(html.contains(language == .dutch ? ">Opslaan</button>" : ">Save</button>"))
        #expect(html.contains(language == .dutch ? "Er zijn 16 stellingen." : "There are 16 statements."))
    }

    @Test func everyElementIsAFieldsetWithItsNameAsLegend() {
        let html = Self.page(language: .english)
        for element in EvaluationFramework.liso2023.elements {
            #expect(html.contains("<legend><h2>\(HTMLText.escape(element.name.en))</h2></legend>"), "\(element.id)")
        }
    }

    @Test func aGivenNetworkIsShownAndSavedButNotAskedFor() {
        let html = Self.page(network: "Focus op vaderschap")
        #expect(html.contains("<input type=\"hidden\" name=\"network\" value=\"Focus op vaderschap\">"))
        #expect(html.contains("<strong>Focus op vaderschap</strong>"))
        #expect(!html.contains("type=\"text\""))
        let asked = Self.page(network: nil)
        #expect(asked.contains("<label for=\"network\">Aan welk netwerk doet u mee?</label>"))
        #expect(asked.contains("<input type=\"text\" id=\"network\" name=\"network\""))
        #expect(!asked.contains("type=\"hidden\""))
    }

    @Test func aNetworkNameNeverBecomesMarkupOrScript() {
        let name = "</script><script>alert('x')</script> & \"zo\""
        let html = Self.page(network: name)
        #expect(html.components(separatedBy: "<script>").count == 2)
        #expect(html.components(separatedBy: "</script>").count == 2)
        #expect(html.contains("&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;zo&quot;"))
    }

    @Test func thePageLoadsNothingAndItsPolicyAllowsOnlyItsOwnScriptAndStyle() throws {
        let html = Self.page()
        for reference in ["http:", "https:", "src=", "href=", "@import", "url(", "//cdn", "@font-face"] {
            #expect(!html.contains(reference), "\(reference)")
        }
        let script = try #require(Self.inner(html, open: "<script>", close: "</script>"))
        let style = try #require(Self.inner(html, open: "<style>", close: "</style>"))
        let policy = try #require(
            Self.inner(html, open: "http-equiv=\"Content-Security-Policy\" content=\"", close: "\""))
        #expect(policy.hasPrefix("default-src 'none';"))
        #expect(policy.contains("script-src \(SHA256.cspSource(of: script));"))
        #expect(policy.contains("style-src \(SHA256.cspSource(of: style));"))
        #expect(policy.contains("form-action 'none'"))
        #expect(!html.contains(" style=\"") && !html.contains(" onclick=") && !html.contains("javascript:"))
    }

    @Test(arguments: QuestionnaireForm.allCases)
    func theSavedColumnsAreTheBlankTemplatesHeaderPairedWithTheFormsNames(form: QuestionnaireForm) throws {
        let instrument = Instrument.builtIn(form: form)
        let html = Self.page(instrument)
        let attribute = try #require(Self.inner(html, open: "data-columns=\"", close: "\""))
        let pairs = try #require(
            JSONSerialization.jsonObject(with: Data(Self.decoded(attribute).utf8)) as? [[String]])
        #expect(pairs.map { $0[0] } == QuestionnairePrinter.templateHeader(instrument))
        let names =
            ["respondent", "network", "perspective", "role", "phase", "wave"] + instrument.items.map(\.id.rawValue)
        #expect(pairs.map { $0[1] } == names)
        #expect(html.contains("data-storage-key=\"liso-questionnaire:\(instrument.id):Focus op vaderschap\""))
    }

    /// Every value the form can submit, written under the template's header as the page saves
    /// it, is read by `liso score`: each scale value counted once per item, "weet niet" as
    /// don't know, the background ids as groups, and no warning.
    @Test func everyValueTheFormSubmitsIsOneTheReaderScores() async throws {
        let instrument = Instrument.lisoShort
        let radios = try Self.radios(Self.page(instrument))
        let header = QuestionnairePrinter.templateHeader(instrument)
        let choices = Dictionary(grouping: radios, by: \.name).mapValues { $0.map(\.value) }
        let rows = (0..<6).map { index -> String in
            var cells = ["r\(index)", "Focus op vaderschap"]
            for key in ["perspective", "role", "phase"] {
                let values = try! #require(choices[key])
                cells.append(values[index % values.count])
            }
            cells.append("")
            cells += instrument.items.map { choices[$0.id.rawValue]![index] }
            return CSVField.row(cells)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liso-form-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("antwoorden.csv")
        try Data((([header.joined(separator: ",")] + rows).joined(separator: "\r\n") + "\r\n").utf8).write(to: file)

        let policy = ScoringPolicy(minimumGroupSize: 1, groupings: [[.perspective], [.role], [.phase]])
        let result = try await ExportEvaluation(instrument: instrument, policy: policy).evaluate([.file(file)]).whole
            .result()
        #expect(result.respondents == 6 && result.rowsRejected == 0)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        for item in result.overall.items {
            #expect(item.dontKnow == 1 && item.unanswered == 0 && item.invalid == 0, "\(item.id)")
            #expect(item.counts == ["1": 1, "2": 1, "3": 1, "4": 1, "5": 1], "\(item.id)")
        }
        let perspectives = Set(result.groups.filter { $0.dimensions == [.perspective] }.map(\.value))
        #expect(perspectives == Set(EvaluationFramework.liso2023.perspectives.map(\.id.rawValue)))
        #expect(Set(result.groups.filter { $0.dimensions == [.phase] }.map(\.value)).count == 3)
    }

    @Test func anInstrumentWithoutFieldsOrMissingAnswersStillGetsAForm() async throws {
        let instrument = try Instrument.load(contentsOf: InstrumentTestSupport.fixture("minimal.json"))
        let html = Self.page(instrument, language: .english, network: nil)
        let radios = try Self.radios(html)
        #expect(radios.map(\.name) == ["q1", "q1", "q1"])
        #expect(radios.map(\.value) == ["0", "1", "weet niet"])
        #expect(html.contains(">Don&#39;t know / not applicable<"))
        #expect(!html.contains("background-heading"))
        let attribute = try #require(Self.inner(html, open: "data-columns=\"", close: "\""))
        #expect(Self.decoded(attribute) == "[[\"q1\",\"q1\"]]")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liso-form-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("antwoorden.csv")
        try Data("q1\r\n\(radios[2].value)\r\n1\r\n".utf8).write(to: file)
        let evaluation = try ExportEvaluation(instrument: instrument, policy: ScoringPolicy(minimumGroupSize: 1))
        let result = try await evaluation.evaluate([.file(file)]).whole.result()
        #expect(result.overall.items.map(\.dontKnow) == [1] && result.diagnostics.isEmpty)
    }
}
