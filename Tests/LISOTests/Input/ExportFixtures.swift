import Foundation

@testable import LISO

/// The realistic exports in `Fixtures/Exports`, one per survey tool, all of the same three
/// respondents answering the built-in short form; see `Fixtures/Exports/README.md`.
struct ExportFixture: Sendable, CustomStringConvertible {
    var file: String
    var layout: ExportLayout
    var headerRows: Int
    /// The respondent ids the export carries, `nil` where the tool has none.
    var respondentIDs: [String?]
    /// Whether the second respondent's two perspectives fit the export (a single list
    /// question in LimeSurvey holds one).
    var multiSelect: Bool
    /// Whether the export asks for the wave.
    var hasWave: Bool = true
    /// Identifying values that must not survive reading.
    var identifying: [String]

    var description: String { file }

    var url: URL { PackagePaths.root.appendingPathComponent("Fixtures/Exports/\(file)") }

    /// The 1-based line of each respondent's row: the first comment spans two lines.
    var lines: [Int] { [headerRows + 1, headerRows + 3, headerRows + 4] }

    static let people = [
        "Anna", "de Boer", "anna.deboer@example.nl", "192.0.2.10", "Pieter", "Jansen", "p.jansen@example.org",
        "198.51.100.7", "Fatima", "El Amrani", "fatima@example.com", "203.0.113.42", "52.0705",
    ]

    static let all: [ExportFixture] = [
        ExportFixture(
            file: "limesurvey-codes.csv", layout: .limeSurvey, headerRows: 1, respondentIDs: ["1", "2", "3"],
            multiSelect: false, identifying: ["192.0.2.10", "https://www.example.nl"]),
        ExportFixture(
            file: "limesurvey-text.csv", layout: .limeSurvey, headerRows: 1, respondentIDs: [nil, nil, nil],
            multiSelect: false, identifying: ["192.0.2.10", "https://www.example.nl"]),
        ExportFixture(
            file: "qualtrics.csv", layout: .qualtrics, headerRows: 3,
            respondentIDs: ["R_1q2W3e4R5t6Y7u8", "R_2a3S4d5F6g7H8j9", "R_3z4X5c6V7b8N9m0"], multiSelect: true,
            identifying: people),
        ExportFixture(
            file: "qualtrics-legacy.csv", layout: .qualtrics, headerRows: 2,
            respondentIDs: ["R_1q2W3e4R5t6Y7u8", "R_2a3S4d5F6g7H8j9", "R_3z4X5c6V7b8N9m0"], multiSelect: true,
            hasWave: false, identifying: people),
        ExportFixture(
            file: "surveymonkey.csv", layout: .surveyMonkey, headerRows: 2,
            respondentIDs: ["114823456701", "114823457702", "114823461203"], multiSelect: true, identifying: people),
        ExportFixture(
            file: "google-forms.csv", layout: .googleForms, headerRows: 1, respondentIDs: [nil, nil, nil],
            multiSelect: true, identifying: ["anna.deboer@example.nl", "p.jansen@example.org", "fatima@example.com"]),
        ExportFixture(
            file: "microsoft-forms.csv", layout: .microsoftForms, headerRows: 1, respondentIDs: ["1", "2", "3"],
            multiSelect: true, identifying: people),
        ExportFixture(
            file: "generic.csv", layout: .generic, headerRows: 1, respondentIDs: ["r1", "r2", "r3"], multiSelect: true,
            identifying: people),
    ]

    /// The answers of the three respondents to the short form, in its item order.
    static let answers: [[Answer]] = [
        [4, 5, 2, 4, 3, 4, 5, 4, 4, 3, nil, 4, 4, 3, 5, 4].map(answer),
        [5, 4, 1, 5, 4, 3, 4, 5, 5, 4, 4, 3, 5, 4, 4, nil].map(answer),
        [3, 2, 3, 4, 0, 2, 3, 4, 2, 2, 3, 3, nil, 2, 3, 3].map(answer),
    ]

    /// `nil` is "weet niet", `0` an empty cell.
    private static func answer(_ value: Double?) -> Answer {
        guard let value else { return .dontKnow }
        return value == 0 ? .unanswered : .value(value)
    }
}
