/// The HTML form of ``QuestionnairePrinter``: one self-contained page that members fill in in
/// any browser. It loads nothing (a Content-Security-Policy allows only its own inline script
/// and style sheet, by hash), works from `file://`, and is a plain `<form>`: one radio group
/// per item (`name` = the item id, `value` = the scale value or the scale's first missing
/// label), radio groups `perspective`, `role` and `phase` with canonical ids as values, and the
/// network as a text field or, when given, fixed. ``QuestionnaireFormScript`` adds progress,
/// keeps the answers on the device and saves them as one CSV row under the blank template's
/// header (``QuestionnairePrinter/templateHeader(_:)``).
struct QuestionnaireHTMLPrinter {
    let language: Language
    let instrument: Instrument
    let framework: EvaluationFramework
    /// The network the questionnaire is for, shown and saved with every answer; `nil` asks for it.
    let network: String?
    var words: QuestionnaireFormWords { QuestionnaireFormWords(language) }

    func render() -> String {
        let style = QuestionnaireFormStyle.css
        let script = QuestionnaireFormScript.javaScript
        let title = instrument.title[language] + (network.map { " – " + $0 } ?? "")
        var out = "<!doctype html>\n<html lang=\"\(language == .dutch ? "nl" : "en")\">\n<head>\n"
        out += "<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        let policy = Self.contentSecurityPolicy(script: script, style: style)
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">\n"
        out += "<meta name=\"referrer\" content=\"no-referrer\">\n"
        out += "<title>\(escape(title))</title>\n<style>\(style)</style>\n</head>\n<body>\n"
        out += "<div class=\"progress\" id=\"progress\" hidden>"
        out += "<span id=\"progress-text\" role=\"status\"></span>"
        out += "<progress id=\"progress-bar\" max=\"\(instrument.items.count)\" value=\"0\" aria-hidden=\"true\">"
        out += "</progress>"
        out += "</div>\n<main>\n"
        out += introduction()
        out += formStart()
        out += BackgroundQuestions(words: words, instrument: instrument, framework: framework, network: network).html()
        out += statements()
        out += saveSection()
        out += "</form>\n"
        out += "<footer><p class=\"note\">\(escape(PrinterWords(language).derivedNote))</p></footer>\n"
        out += "</main>\n<script>\(script)</script>\n</body>\n</html>\n"
        return out
    }

    /// The page's policy: nothing may load or be sent; only the page's own script and style sheet
    /// run, named by their SHA-256 hashes.
    static func contentSecurityPolicy(script: String, style: String) -> String {
        "default-src 'none'; script-src \(SHA256.cspSource(of: script)); style-src \(SHA256.cspSource(of: style)); "
            + "form-action 'none'; base-uri 'none'"
    }

    private func introduction() -> String {
        let dontKnow = dontKnowLabel(of: instrument.scales.first)
        var out = "<header>\n<h1>\(escape(instrument.title[language]))</h1>\n"
        if let network {
            out += "<p class=\"network\">\(escape(words.networkLabel)): <strong>\(escape(network))</strong></p>\n"
        }
        out += "</header>\n"
        out += "<p>\(escape(words.purpose))</p>\n"
        let size = words.size(items: instrument.items.count)
        out += "<p>\(escape(size)) \(escape(words.howToAnswer(dontKnow: dontKnow)))</p>\n"
        out += "<div class=\"box\">\n<h2>\(escape(words.privacyHeading))</h2>\n"
        out += "<p>\(escape(words.privacyText))</p>\n</div>\n"
        out += "<noscript><p class=\"notice\">\(escape(words.noScript))</p></noscript>\n"
        out += "<p class=\"notice\" id=\"restored\" role=\"status\" hidden></p>\n"
        return out
    }

    private func formStart() -> String {
        let names = instrument.fields.present.compactMap { $0.field.columns.isEmpty ? nil : $0.key }
        let pairs = zip(QuestionnairePrinter.templateHeader(instrument), names + instrument.items.map(\.id.rawValue))
        let columns =
            "[" + pairs.map { "[\(JSONWriter.quoted($0)),\(JSONWriter.quoted($1))]" }.joined(separator: ",") + "]"
        let key = "liso-questionnaire:" + instrument.id.rawValue + ":" + (network ?? "")
        let data = [("columns", columns), ("storage-key", key)] + words.scriptTexts()
        let attributes = data.map { " data-\($0.0)=\"\(escape($0.1))\"" }.joined()
        return "<form id=\"questionnaire\" method=\"post\" autocomplete=\"off\"\(attributes)>\n"
    }

    private func statements() -> String {
        var out = ""
        var number = 0
        for (element, items) in QuestionnairePrinter.itemsByElement(instrument, framework) {
            let name = framework.element(element)?.name[language] ?? element.rawValue
            out += "<fieldset class=\"element\" id=\"element-\(escape(element.rawValue))\">\n"
            out += "<legend><h2>\(escape(name))</h2></legend>\n"
            for item in items {
                number += 1
                out += question(item, number: number)
            }
            out += "</fieldset>\n"
        }
        return out
    }

    private func question(_ item: Item, number: Int) -> String {
        let scale = instrument.scale(of: item)
        let name = escape(item.id.rawValue)
        var out = "<fieldset class=\"question\" data-item=\"\(name)\">\n"
        out += "<legend><span class=\"number\">\(number).</span> \(escape(item.text[language]))</legend>\n"
        out += "<div class=\"options scale\">\n"
        for value in scale?.values ?? [] {
            out += option(
                name: name, value: ResponseScale.text(of: value.value), label: value.label[language]
            )
        }
        let missingValue = scale?.missing.first?.labels.first ?? Self.alwaysRecognisedDontKnow
        out += option(name: name, value: missingValue, label: dontKnowLabel(of: scale), kind: "dont-know")
        out += "</div>\n</fieldset>\n"
        return out
    }

    private func option(name: String, value: String, label: String, kind: String? = nil) -> String {
        let attribute = kind.map { " class=\"\($0)\"" } ?? ""
        return "<label\(attribute)><input type=\"radio\" name=\"\(name)\" value=\"\(escape(value))\">"
            + "<span>\(escape(label))</span></label>\n"
    }

    private func dontKnowLabel(of scale: ResponseScale?) -> String {
        scale?.missing.first.map { $0.label[language] } ?? words.fallbackDontKnow
    }

    private func saveSection() -> String {
        var out = "<section class=\"save\" aria-labelledby=\"save-heading\">\n"
        out += "<h2 id=\"save-heading\">\(escape(words.saveHeading))</h2>\n"
        out += "<p>\(escape(words.saveExplanationText))</p>\n"
        out += "<div class=\"actions\"><button type=\"submit\" class=\"primary\">\(escape(words.save))</button></div>\n"
        out += "<div id=\"save-status\" role=\"status\" tabindex=\"-1\"></div>\n"
        out += "<div class=\"actions\"><button type=\"button\" class=\"secondary\" id=\"clear\" hidden>"
        out += "\(escape(words.clear))</button></div>\n</section>\n"
        return out
    }

    /// The value of "don't know" on a scale without missing answers: a word the reader
    /// recognises on every scale.
    static let alwaysRecognisedDontKnow = "weet niet"

    private func escape(_ text: String) -> String { HTMLText.escape(text) }
}
