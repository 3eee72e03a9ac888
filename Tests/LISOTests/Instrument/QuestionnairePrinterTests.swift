import Foundation
import Testing

@testable import LISO

@Suite struct QuestionnairePrinterTests {
    @Test(arguments: QuestionnaireForm.allCases)
    func theCSVTemplateIsOneHeaderRowOfFieldColumnsAndItemIds(form: QuestionnaireForm) {
        let instrument = Instrument.builtIn(form: form)
        let csv = QuestionnairePrinter(format: .csv, language: .dutch).render(instrument)
        #expect(csv.hasSuffix("\n") && csv.filter { $0 == "\n" }.count == 1)
        let header = csv.dropLast().split(separator: ",").map(String.init)
        #expect(header.prefix(6) == ["respondent", "network", "perspective", "role", "phase", "wave"])
        #expect(Array(header.dropFirst(6)) == instrument.items.map(\.id.rawValue))
    }

    @Test func everyTemplateColumnIsOneTheInstrumentItselfMaps() {
        let instrument = Instrument.lisoFull
        let fields = [
            instrument.fields.respondent, instrument.fields.network, instrument.fields.perspective,
            instrument.fields.role, instrument.fields.phase, instrument.fields.wave,
        ].compactMap { $0 }
        let known = Set(instrument.items.flatMap(\.columns) + fields.flatMap(\.columns))
        #expect(QuestionnairePrinter.templateHeader(instrument).allSatisfy { known.contains($0) })
    }

    @Test func csvFieldsAreQuotedOnlyWhenNeeded() {
        #expect(CSVField.quoted("cc-1") == "cc-1")
        #expect(CSVField.quoted("Naam, netwerk") == "\"Naam, netwerk\"")
        #expect(CSVField.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
    }

    @Test func theJSONIsTheInstrumentFile() throws {
        let text = QuestionnairePrinter(format: .json, language: .english).render(.lisoShort)
        #expect(try Instrument(jsonData: Data(text.utf8), fileName: "q.json") == .lisoShort)
    }

    @Test(arguments: Language.allCases)
    func theTextFitsEightyColumnsAndShowsEveryItemInItsLanguage(language: Language) {
        let instrument = Instrument.lisoFull
        let text = QuestionnairePrinter(format: .text, language: language).render(instrument)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let flat = FrameworkPrinterTests.flattened(text)
        for item in instrument.items {
            #expect(flat.contains("\(item.id) \(FrameworkPrinterTests.flattened(item.text[language]))"), "\(item.id)")
        }
        let note = language == .dutch ? "[omgekeerd gescoord]" : "[reverse-keyed]"
        #expect(flat.components(separatedBy: note).count - 1 == instrument.items.filter(\.reverse).count)
        let scale = language == .dutch ? "5 Helemaal mee eens" : "5 Strongly agree"
        #expect(flat.contains(scale))
    }

    @Test func markdownHasOneTableRowPerItem() {
        let markdown = QuestionnairePrinter(format: .markdown, language: .english).render(.lisoFull)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(rows.count == Instrument.lisoFull.items.count)
        #expect(markdown.contains("not an official LISO questionnaire"))
    }

    @Test func anInstrumentWithoutFieldsOrThemesStillPrints() throws {
        let instrument = try Instrument.load(contentsOf: InstrumentTestSupport.fixture("minimal.json"))
        #expect(QuestionnairePrinter(format: .csv, language: .english).render(instrument) == "q1\n")
        let text = QuestionnairePrinter(format: .text, language: .english).render(instrument)
        #expect(text.contains("0 No · 1 Yes") && text.contains("SYNERGY"))
    }
}
