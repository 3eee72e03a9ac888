import LISO

/// What `liso validate` reports after reading every file: rows, respondents and problems by
/// kind, and whether any problem was found (exit status 1).
struct ValidationSummary: Hashable, Sendable, CustomStringConvertible {
    /// The number of files read completely.
    var files: Int = 0
    /// The number of files that could not be used, missing ones included.
    var unusableFiles: Int = 0
    /// The number of files that are missing, or are folders.
    var missingFiles: Int = 0
    /// The number of data rows, rejected rows included.
    var rowsRead: Int = 0
    /// The number of data rows that are not respondents.
    var rowsRejected: Int = 0
    /// The number of respondents.
    var respondents: Int = 0
    /// How many warnings and errors of each kind were found.
    var problemsByKind: [Diagnostic.Kind: Int] = [:]

    /// Creates an empty summary.
    init() {}

    /// Creates the summary of the given files' readings.
    init(_ summaries: some Sequence<ExportReader.Summary>) {
        for summary in summaries { add(summary) }
    }

    /// The exit status of `validate`: 66 when a file is missing, else 65 when one is unusable,
    /// else 1 when a problem was found, else 0.
    var status: ExitCode {
        if missingFiles > 0 { return .inputMissing }
        if unusableFiles > 0 { return .inputUnusable }
        return hasProblems ? .dataProblems : .success
    }

    /// Adds one file's reading.
    mutating func add(_ summary: ExportReader.Summary) {
        files += 1
        rowsRead += summary.rowsRead
        rowsRejected += summary.rowsRejected
        respondents += summary.respondents
        problemsByKind.merge(summary.diagnostics.problemsByKind, uniquingKeysWith: +)
    }

    /// Adds a file that could not be used, counting its error's problems.
    mutating func add(unusable error: LISOError) {
        unusableFiles += 1
        if error.kind == .inputMissing { missingFiles += 1 }
        for diagnostic in error.diagnostics where diagnostic.severity >= .warning {
            problemsByKind[diagnostic.kind, default: 0] += 1
        }
    }

    /// The total number of problems.
    var problems: Int { problemsByKind.values.reduce(0, +) }

    /// Whether any warning or error was found.
    var hasProblems: Bool { problems > 0 }

    /// The summary line, for example
    /// `2 files, 120 rows (1 rejected), 118 respondents, 3 problems: 2 invalid-value, 1 missing-item`.
    var description: String { text(in: .english) }

    /// The summary line in a language; in Dutch the kinds of problem are named in words:
    /// `2 bestanden, 120 rijen (1 niet meegeteld), 118 respondenten, 3 problemen: 2 ongeldig antwoord, …`.
    func text(in language: Language) -> String {
        let dutch = language == .dutch
        var parts = [Self.fileWord.phrase(files, in: language)]
        if unusableFiles > 0 { parts.append("\(unusableFiles) \(dutch ? "onbruikbaar" : "unusable")") }
        let rejected = rowsRejected > 0 ? " (\(rowsRejected) \(dutch ? "niet meegeteld" : "rejected"))" : ""
        parts.append(Self.rowWord.phrase(rowsRead, in: language) + rejected)
        parts.append(Self.respondentWord.phrase(respondents, in: language))
        var line = parts.joined(separator: ", ")
        if hasProblems {
            let kinds = problemsByKind.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { dutch ? "\($0.key.label(in: language)) (\($0.value))" : "\($0.value) \($0.key)" }
            line += ", \(Self.problemWord.phrase(problems, in: language)): " + kinds.joined(separator: ", ")
        } else {
            line += dutch ? ", geen problemen" : ", no problems"
        }
        return line
    }

    private static let fileWord = CountedWord(nl: ("bestand", "bestanden"), en: ("file", "files"))
    private static let rowWord = CountedWord(nl: ("rij", "rijen"), en: ("row", "rows"))
    private static let respondentWord = CountedWord(
        nl: ("respondent", "respondenten"), en: ("respondent", "respondents"))
    private static let problemWord = CountedWord(nl: ("probleem", "problemen"), en: ("problem", "problems"))
}
