extension QuestionnaireHTMLPrinter {
    /// The background questions of the HTML questionnaire: the network (fixed or a text field),
    /// then one radio group per coded field (perspective, role, phase) with the canonical ids as
    /// values and the framework's names and descriptions as labels. The respondent id is made
    /// by the page's script; the wave is not asked.
    struct BackgroundQuestions {
        let words: QuestionnaireFormWords
        let instrument: Instrument
        let framework: EvaluationFramework
        let network: String?

        /// One answer of a coded field.
        struct Choice {
            let id: String
            let name: String
            let description: String?
        }

        func html() -> String {
            let fields = instrument.fields.present.filter { $0.key != "respondent" && $0.key != "wave" }
            guard !fields.isEmpty else { return "" }
            var out = "<section class=\"part\" aria-labelledby=\"background-heading\">\n"
            out += "<h2 id=\"background-heading\">\(escape(words.backgroundHeading))</h2>\n"
            let printer = PrinterWords(words.language)
            for (key, field) in fields {
                let question = printer.question(forField: key)
                if key == "network" {
                    out += networkQuestion(question)
                } else {
                    out += choiceQuestion(key, question, choices(of: key, field))
                }
            }
            return out + "</section>\n"
        }

        private func networkQuestion(_ question: String) -> String {
            if let network {
                return "<p class=\"field\">\(escape(words.fixedNetwork)) <strong>\(escape(network))</strong>.</p>\n"
                    + "<input type=\"hidden\" name=\"network\" value=\"\(escape(network))\">\n"
            }
            return "<div class=\"field\">\n<label for=\"network\">\(escape(question))</label>\n"
                + "<p class=\"hint\" id=\"network-hint\">\(escape(words.networkHint))</p>\n"
                + "<input type=\"text\" id=\"network\" name=\"network\" autocomplete=\"off\" "
                + "aria-describedby=\"network-hint\">\n</div>\n"
        }

        private func choiceQuestion(_ key: String, _ question: String, _ choices: [Choice]) -> String {
            guard !choices.isEmpty else { return "" }
            var out = "<fieldset class=\"question\">\n<legend>\(escape(question))</legend>\n"
            out += "<div class=\"options choices\">\n"
            for choice in choices {
                out += "<label><input type=\"radio\" name=\"\(escape(key))\" value=\"\(escape(choice.id))\">"
                out += "<span><span class=\"name\">\(escape(choice.name))</span>"
                if let description = choice.description {
                    out += "<span class=\"hint\">\(escape(description))</span>"
                }
                out += "</span></label>\n"
            }
            return out + "</div>\n</fieldset>\n"
        }

        /// The answers of a coded field: the framework's perspectives, roles or phases the field
        /// maps, in the framework's order, then any other canonical ids of the field by name.
        func choices(of key: String, _ field: InstrumentFields.Field) -> [Choice] {
            let language = words.language
            let known: [Choice] =
                switch key {
                case "perspective":
                    framework.perspectives.map {
                        Choice(id: $0.id.rawValue, name: $0.name[language], description: $0.description[language])
                    }
                case "role":
                    framework.roles.map {
                        Choice(id: $0.id.rawValue, name: $0.name[language], description: $0.description[language])
                    }
                case "phase":
                    framework.phases.map {
                        Choice(id: $0.id.rawValue, name: $0.name[language], description: $0.description[language])
                    }
                default: []
                }
            let mapped = known.filter { field.values[$0.id] != nil }
            let others = field.values.keys.filter { id in !known.contains { $0.id == id } }.sorted()
            return mapped + others.map { Choice(id: $0, name: $0, description: nil) }
        }

        private func escape(_ text: String) -> String { HTMLText.escape(text) }
    }
}
