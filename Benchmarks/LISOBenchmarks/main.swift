import Foundation
import LISO

print("LISOBenchmarks \(LISOVersion.current)")
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "csv-reader-pass", arguments.count == 2 {
    // One pass of the reader over FILE, for `perf stat`.
    var reader = try CSVReader(contentsOf: URL(fileURLWithPath: arguments[1]), displayName: arguments[1])
    var fields = 0
    try reader.forEachRecord { fields += $0.count }
    print("\(reader.recordCount) records, \(fields) fields")
} else if arguments.first == "csv-reader" {
    // csv-reader [FILE] [--megabytes N] [--parts N]
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
}
