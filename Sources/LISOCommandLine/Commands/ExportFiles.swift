import Foundation
import LISO

/// Reads export files for `score`, `compare` and `validate`: opens each file (or standard
/// input for `-`) with the library's CSV reader, streams it through the export reader, and
/// hands each response on. No scoring here.
struct ExportFiles {
    /// The pipeline that maps columns and decodes rows.
    var reader: ExportReader
    /// The CSV dialect (`--delimiter`).
    var dialect: CSVDialect
    /// Progress on standard error.
    var progress: ProgressReporter

    /// Creates the reader for `instrument` with the command's `--layout` and `--delimiter`.
    init(instrument: Instrument, arguments: ParsedArguments, context: CommandContext) {
        reader = ExportReader(
            instrument: instrument, layout: arguments.value("layout").flatMap(ExportLayout.init(rawValue:)))
        switch arguments.value("delimiter") {
        case "comma": dialect = .comma
        case "semicolon": dialect = .semicolon
        case "tab": dialect = .tab
        default: dialect = .automatic
        }
        progress = ProgressReporter(channel: context.errors, enabled: context.errorsIsTerminal)
    }

    /// Checks that standard input (`-`) is named at most once: it can be read only once.
    ///
    /// - Throws: a `UsageError` for `command` when `-` appears more than once.
    static func checkStandardInputOnce(_ paths: [String], command: String) throws(UsageError) {
        if paths.count(where: { $0 == "-" }) > 1 {
            throw UsageError("'-' (standard input) can be given only once", command: command)
        }
    }

    /// Checks that every named file exists and is a file, before any work is done.
    ///
    /// - Throws: `LISOError(.inputMissing)` naming the first file that is missing or a folder.
    static func checkPresent(_ paths: [String], context: CommandContext) throws(LISOError) {
        for path in paths where path != "-" {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: context.url(for: path).path, isDirectory: &isDirectory)
            if !exists || isDirectory.boolValue {
                let reason = exists ? "it is a directory" : "no such file or directory"
                throw LISOError(
                    .inputMissing,
                    Diagnostic(.error, kind: "input-missing", "cannot read '\(path)': \(reason)", file: path))
            }
        }
    }

    /// Reads one file completely, calling `body` with each response; returns what was read,
    /// with the CSV reader's own diagnostics (encoding fallback, ragged rows) included, and the
    /// text encoding used.
    func read(
        _ path: String, context: CommandContext, _ body: (Response) throws -> Void
    ) throws -> (summary: ExportReader.Summary, encoding: TextEncoding) {
        var csv: CSVReader
        var totalBytes: Int?
        if path == "-" {
            csv = CSVReader(fileHandle: context.standardInput, displayName: path, dialect: dialect)
        } else {
            let url = context.url(for: path)
            csv = try CSVReader(contentsOf: url, displayName: path, dialect: dialect)
            totalBytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        }
        progress.begin(file: path, totalBytes: totalBytes)
        defer { progress.finish() }
        var rows = 0
        var summary: ExportReader.Summary
        if progress.isEnabled {
            let progress = progress
            summary = try reader.read(
                records: { each in
                    while let record = try csv.next() {
                        try each(record)
                        rows += 1
                        if rows & 1023 == 0 { progress.update(rows: rows, bytes: csv.endOffset) }
                    }
                }, file: path, body)
        } else {
            summary = try reader.read(records: { each in try csv.forEachRecord(each) }, file: path, body)
        }
        var diagnostics = summary.diagnostics
        diagnostics.append(contentsOf: csv.diagnostics)
        summary.diagnostics = diagnostics
        return (summary, csv.encoding)
    }
}
