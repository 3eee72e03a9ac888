import Foundation

/// Prints a benchmark report as a table or as JSON.
enum ReportPrinter {
    /// The report as JSON, keys sorted.
    static func json(_ report: BenchmarkReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    /// The report as a text table.
    static func table(_ report: BenchmarkReport) -> String {
        var lines = [
            "LISOBenchmarks \(report.date)  \(report.machine)  processors: \(report.processors)",
            "",
            row("rows", "stage", "median s", "min s", "max s", "MB/s", "rows/s", "peak MiB", "× wc -l", "CPU s/run"),
        ]
        for measurement in report.measurements {
            lines.append(
                row(
                    grouped(measurement.rows), measurement.stage, fixed(measurement.medianSeconds, 4),
                    fixed(measurement.minSeconds, 4), fixed(measurement.maxSeconds, 4),
                    measurement.megabytesPerSecond.map { fixed($0, 0) } ?? "–",
                    measurement.rowsPerSecond.map { grouped(Int($0)) } ?? "–",
                    measurement.peakMemoryMiB.map { fixed($0, 1) } ?? "–",
                    measurement.ratioToFloor.map { fixed($0, 2) } ?? "–",
                    measurement.cpuSecondsPerRun.map { fixed($0, 4) } ?? "–"))
        }
        if !report.ratios.isEmpty {
            lines.append("")
            for ratio in report.ratios {
                lines.append("\(ratio.name) at \(grouped(ratio.rows)) rows: \(fixed(ratio.value, 2))×")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ cells: String...) -> String {
        let widths = [10, 28, 9, 9, 9, 7, 12, 9, 8, 9]
        return zip(cells, widths).enumerated().map { index, pair in
            let (cell, width) = pair
            let padding = String(repeating: " ", count: max(width - cell.count, 0))
            return index == 1 ? cell + padding : padding + cell
        }.joined(separator: " ")
    }

    private static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    private static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}
