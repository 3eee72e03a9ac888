import Foundation

/// The header rows of an export, read: which layout it has, how many rows the header takes, and
/// for each column the texts its header offers to match an item or a field by.
public struct ExportHeader: Hashable, Sendable {
    /// One column's header.
    public struct Column: Hashable, Sendable {
        /// The 0-based position of the column.
        public var index: Int
        /// The header texts to match, most specific first: ids, then statement parts, then the
        /// whole question text. Never empty; a blank header is `""`.
        public var candidates: [String]

        /// Creates a column header.
        public init(index: Int, candidates: [String]) {
            self.index = index
            self.candidates = candidates.isEmpty ? [""] : candidates
        }

        /// The header as people see it, for messages: the first candidate.
        public var title: String { candidates[0] }
    }

    /// The layout of the export.
    public var layout: ExportLayout
    /// How many rows the header takes; data starts after them.
    public var rowCount: Int
    /// The 1-based physical line where the header starts.
    public var line: Int
    /// One entry per column of the header.
    public var columns: [Column]

    /// Creates a header.
    public init(layout: ExportLayout, rowCount: Int, line: Int, columns: [Column]) {
        self.layout = layout
        self.rowCount = rowCount
        self.line = line
        self.columns = columns
    }

    /// The largest number of records ``detect(_:override:)`` looks at.
    public static let recordsNeeded = 3

    /// Reads the header from the first records of an export (up to ``recordsNeeded``; fewer
    /// when the file is that short), detecting the layout unless `override` names it.
    ///
    /// Returns `nil` when there are no records at all.
    public static func detect(_ records: [CSVRecord], override: ExportLayout? = nil) -> ExportHeader? {
        guard let first = records.first else { return nil }
        let rows = records.prefix(recordsNeeded).map(\.fields)
        let layout = override ?? detectLayout(rows)
        switch layout {
        case .qualtrics:
            let hasImportIDs = rows.count > 2 && rows[2].contains { isImportID($0) }
            return qualtrics(rows, rowCount: hasImportIDs ? 3 : 2, line: first.line)
        case .surveyMonkey:
            return surveyMonkey(rows, line: first.line)
        case .limeSurvey, .googleForms, .microsoftForms, .generic:
            let columns = rows[0].enumerated().map { index, text in
                Column(index: index, candidates: uniqued([text, statement(of: text), question(of: text)]))
            }
            return ExportHeader(layout: layout, rowCount: 1, line: first.line, columns: columns)
        }
    }

    /// The layout whose signature columns the first rows carry; generic when none does.
    static func detectLayout(_ rows: [[String]]) -> ExportLayout {
        let first = Set(rows[0].map(TextNormalization.normalized))
        let second = rows.count > 1 ? Set(rows[1].map(TextNormalization.normalized)) : []
        func has(_ names: String..., in row: Set<String>) -> Bool {
            names.allSatisfy { row.contains(TextNormalization.normalized($0)) }
        }
        if has("ResponseId", in: first) || has("ResponseId", in: second)
            || has("StartDate", "EndDate", "Finished", in: first)
        {
            return .qualtrics
        }
        if has("Respondent ID", "Collector ID", in: first) { return .surveyMonkey }
        if has("submitdate", in: first) || has("lastpage", in: first) || has("startlanguage", in: first)
            || has("Date submitted", in: first) || has("Last page", in: first)
            || has("Datum verstuurd", in: first) || has("Laatste pagina", in: first)
        {
            return .limeSurvey
        }
        let leading = rows[0].first.map(TextNormalization.normalized)
        if leading == "timestamp" || leading == "tijdstempel" { return .googleForms }
        if leading == "id"
            && (has("Start time", "Completion time", in: first) || has("Begintijd", "Tijd van voltooien", in: first))
        {
            return .microsoftForms
        }
        return .generic
    }

    /// Qualtrics: ids in row 1; in the three-row form the question texts in row 2 and ImportId
    /// JSON in row 3; in the legacy form the texts in row 2.
    private static func qualtrics(_ rows: [[String]], rowCount: Int, line: Int) -> ExportHeader {
        let width = rows.prefix(rowCount).map(\.count).max() ?? 0
        let columns = (0..<width).map { index in
            let ids = cell(rows, 0, index)
            let text = rowCount > 1 ? cell(rows, 1, index) : ""
            let importID = rowCount > 2 ? importID(cell(rows, 2, index)) : ""
            return Column(
                index: index, candidates: uniqued([ids, importID, statement(of: text), text, question(of: text)]))
        }
        return ExportHeader(layout: .qualtrics, rowCount: min(rowCount, rows.count), line: line, columns: columns)
    }

    /// SurveyMonkey: the question in row 1 (blank cells continue the previous question), the
    /// statement or `Response` in row 2.
    private static func surveyMonkey(_ rows: [[String]], line: Int) -> ExportHeader {
        let width = rows.prefix(2).map(\.count).max() ?? 0
        var question = ""
        let columns = (0..<width).map { index in
            let top = cell(rows, 0, index)
            if !top.isEmpty { question = top }
            let sub = cell(rows, 1, index)
            let generic = ["response", "open ended response", "antwoord", "open antwoord"]
            if sub.isEmpty || generic.contains(TextNormalization.normalized(sub)) {
                return Column(index: index, candidates: uniqued([question, statement(of: question)]))
            }
            return Column(index: index, candidates: uniqued([sub, question]))
        }
        return ExportHeader(layout: .surveyMonkey, rowCount: min(2, rows.count), line: line, columns: columns)
    }

    /// The statement part of a matrix header: `Vraag [Stelling]` or `Vraag - Stelling` give
    /// `Stelling`; any other header gives `""`.
    static func statement(of header: String) -> String {
        let text = header.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
            return String(text[text.index(after: open)..<text.index(before: text.endIndex)])
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        for separator in [" - ", " – ", " — "] {
            if let range = text.range(of: separator, options: .backwards) {
                return String(text[range.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return ""
    }

    /// The question part of a matrix header: `Vraag [Stelling]` or `Vraag - Stelling` give
    /// `Vraag`; any other header gives `""`.
    static func question(of header: String) -> String {
        let text = header.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
            return String(text[..<open]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        for separator in [" - ", " – ", " — "] {
            if let range = text.range(of: separator, options: .backwards) {
                return String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return ""
    }

    /// Whether a cell is Qualtrics ImportId JSON: `{"ImportId":"QID1_1"}`.
    static func isImportID(_ cell: String) -> Bool {
        cell.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{\"ImportId\"")
    }

    /// The value of an ImportId JSON cell, or `""`.
    static func importID(_ cell: String) -> String {
        guard isImportID(cell), let colon = cell.firstIndex(of: ":") else { return "" }
        let rest = cell[cell.index(after: colon)...]
        guard let open = rest.firstIndex(of: "\"") else { return "" }
        let value = rest[rest.index(after: open)...]
        guard let close = value.firstIndex(of: "\"") else { return "" }
        return String(value[..<close])
    }

    private static func cell(_ rows: [[String]], _ row: Int, _ column: Int) -> String {
        row < rows.count && column < rows[row].count
            ? rows[row][column].trimmingCharacters(in: .whitespacesAndNewlines) : ""
    }

    private static func uniqued(_ texts: [String]) -> [String] {
        var result: [String] = []
        for text in texts where !text.isEmpty && !result.contains(text) { result.append(text) }
        return result
    }
}
