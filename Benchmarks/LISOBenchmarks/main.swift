import Foundation
import LISO

print("LISOBenchmarks \(LISOVersion.current)")
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "csv-reader" {
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
