import Foundation
import LISO
import LISOCommandLine

/// Writes a line to standard error.
func logLine(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    if arguments.first == "csv-reader-pass", arguments.count == 2 {
        // One pass of the reader over FILE, for `perf stat`.
        var reader = try CSVReader(contentsOf: URL(fileURLWithPath: arguments[1]), displayName: arguments[1])
        var fields = 0
        try reader.forEachRecord { fields += $0.count }
        print("\(reader.recordCount) records, \(fields) fields")
        exit(0)
    }
    if arguments.first == "csv-reader" {
        // csv-reader [FILE] [--megabytes N] [--parts N]: the reader alone, against wc -l
        var file: String?
        var megabytes = 100
        var parts = 2
        var rest = arguments.dropFirst().makeIterator()
        while let argument = rest.next() {
            switch argument {
            case "--megabytes": megabytes = Int(rest.next() ?? "") ?? megabytes
            case "--parts": parts = Int(rest.next() ?? "") ?? parts
            default: file = argument
            }
        }
        print(try CSVReaderBenchmark.run(file: file, megabytes: megabytes, parts: parts))
        exit(0)
    }
    if arguments.first == "workbook" {
        // workbook [FILE] [--rows N]: the workbook reader alone and with the export pipeline
        var file: String?
        var rows = 100_000
        var rest = arguments.dropFirst().makeIterator()
        while let argument = rest.next() {
            if argument == "--rows" { rows = Int(rest.next() ?? "") ?? rows } else { file = argument }
        }
        print(try WorkbookBenchmark.run(file: file, rows: rows))
        exit(0)
    }
    let options = try BenchmarkOptions(arguments: arguments)
    if let arguments = options.cli {
        let status = await LISOCommandLine.run(arguments: arguments)
        ChildProcess.reportPeakToParent()
        exit(status)
    } else if let stage = options.stage {
        guard let file = options.file else { throw BenchmarkError.usage("'--stage' needs '--file'") }
        let outcome = try await StageBodies.run(
            stage, file: URL(fileURLWithPath: file), rows: options.sizes[0], runs: options.runs ?? 1, seed: options.seed
        )
        print(String(decoding: try JSONEncoder().encode(outcome), as: UTF8.self))
    } else if let path = options.generate {
        let rows = options.sizes.count == 1 ? options.sizes[0] : 1_000_000
        let export = SyntheticExport(instrument: Instrument.lisoFull, rows: rows, seed: options.seed)
        try export.write(to: URL(fileURLWithPath: path))
    } else {
        let report = try Harness(options: options, log: logLine).run()
        print(options.json ? try ReportPrinter.json(report) : ReportPrinter.table(report))
    }
} catch let error as BenchmarkError {
    logLine(error.description)
    if case .help = error { exit(0) }
    exit(error.isUsage ? 64 : 1)
} catch {
    logLine("error: \(error)")
    exit(1)
}
