import Foundation
import LISO

/// The CSV reader alone on a synthetic export, measured against `wc -l` on the same file in the
/// same run: one pass, several parallel ranges, and the reader's peak memory.
enum CSVReaderBenchmark {
    /// Writes a seeded synthetic export of about `megabytes` MB: an id, 40 columns of digits 1–5,
    /// a network, a role and a comment that is now and then quoted with a comma or a line break.
    static func writeExport(to url: URL, megabytes: Int, seed: UInt64 = 42) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let networks = ["Wijkteam Noord", "Jeugdnetwerk Oost", "Zorgnetwerk Zuid", "Buurtkracht West"]
        let roles = ["trekker", "lid", "ervaringsdeskundige", "beleidsmaker", "uitvoerder"]
        let comments = [
            "", "", "", "goed", "\"traag, maar grondig\"", "\"meer tijd nodig\nvoor overleg\"", "prima samenwerking",
        ]
        var header = "id"
        for item in 1...40 { header += ",q\(item)" }
        header += ",netwerk,rol,opmerking\n"
        var chunk = [UInt8](header.utf8)
        var written = 0
        var row = 0
        let target = megabytes * 1_000_000
        while written + chunk.count < target {
            row += 1
            chunk.append(contentsOf: String(row).utf8)
            for _ in 0..<40 {
                chunk.append(UInt8(ascii: ","))
                chunk.append(UInt8(ascii: "1") + UInt8(next() % 5))
            }
            chunk.append(UInt8(ascii: ","))
            chunk.append(contentsOf: networks[Int(next() % 4)].utf8)
            chunk.append(UInt8(ascii: ","))
            chunk.append(contentsOf: roles[Int(next() % 5)].utf8)
            chunk.append(UInt8(ascii: ","))
            chunk.append(contentsOf: comments[Int(next() % UInt64(comments.count))].utf8)
            chunk.append(UInt8(ascii: "\n"))
            if chunk.count >= 1 << 20 {
                try handle.write(contentsOf: chunk)
                written += chunk.count
                chunk.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: chunk)
    }

    /// Wall-clock and CPU seconds of a run; CPU time is what the machine's other load does not inflate.
    struct Timing {
        var wall = Double.infinity
        var cpu = Double.infinity
    }

    /// This thread's CPU time (user and system) plus that of finished child processes, in seconds.
    static func cpuSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        var children = rusage()
        #if os(Linux)
            getrusage(RUSAGE_CHILDREN.rawValue, &children)
        #else
            getrusage(RUSAGE_CHILDREN, &children)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9 + seconds(children.ru_utime) + seconds(children.ru_stime)
    }

    /// The best wall-clock and the best CPU time of `runs` runs of `body`.
    static func best(of runs: Int, _ body: () throws -> Void) rethrows -> Timing {
        var best = Timing()
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = cpuSeconds()
            try body()
            best.cpu = min(best.cpu, cpuSeconds() - cpuStart)
            best.wall = min(best.wall, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    /// Runs `wc -l` on the file and returns its line count.
    static func wordCountLines(_ url: URL) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["wc", "-l", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Int(String(decoding: output, as: UTF8.self).split(separator: " ").first ?? "") ?? -1
    }

    /// The process's peak resident memory in MiB, from `/proc/self/status` where it exists.
    static func peakMemoryMiB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Double($0) }
            return kilobytes.map { $0 / 1024 }
        }
        return nil
    }

    /// Generates the export (or uses `file`), times the reader and `wc -l`, and returns a report.
    static func run(file: String? = nil, megabytes: Int = 100, runs: Int = 3, parts: Int = 2) throws -> String {
        let url: URL
        if let file {
            url = URL(fileURLWithPath: file)
        } else {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("liso-csv-bench-\(megabytes)mb.csv")
            if !FileManager.default.fileExists(atPath: url.path) { try writeExport(to: url, megabytes: megabytes) }
        }
        let bytes = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        let memoryBefore = peakMemoryMiB()
        var records = 0
        var fields = 0
        let reader = try best(of: runs) {
            var reader = try CSVReader(contentsOf: url, displayName: url.lastPathComponent)
            records = 0
            fields = 0
            try reader.forEachRecord { record in
                records += 1
                fields += record.count
            }
        }
        let memoryAfter = peakMemoryMiB()
        var parallelRecords = 0
        let parallel = try best(of: runs) {
            let counts = try CSVReader.readInParallel(
                contentsOf: url, displayName: url.lastPathComponent, parts: parts
            ) { reader in
                var count = 0
                try reader.forEachRecord { _ in count += 1 }
                return count
            }
            parallelRecords = counts.partials.reduce(0, +)
        }
        var lines = 0
        let wc = try best(of: runs) { lines = try wordCountLines(url) }
        let megabytesRead = Double(bytes) / 1e6
        func line(_ name: String, _ timing: Timing, cpu: Bool = true) -> String {
            let wall = String(format: "%.3f s  %5.0f MB/s wall", timing.wall, megabytesRead / timing.wall)
            let processor = String(format: "%.3f s  %5.0f MB/s cpu", timing.cpu, megabytesRead / timing.cpu)
            let label = name.padding(toLength: 20, withPad: " ", startingAt: 0)
            return "  " + label + wall + (cpu ? "   " + processor : "")
        }
        var report = """
            csv reader on \(url.lastPathComponent): \(String(format: "%.1f", megabytesRead)) MB, \
            \(records) records, \(fields) fields, \(lines) lines (wc -l); best of \(runs)
            \(line("reader, one pass", reader))
            \(line("reader, \(parts) ranges", parallel, cpu: false))  \
            (\(parallelRecords == records ? "same records" : "RECORD COUNT DIFFERS: \(parallelRecords)"))
            \(line("wc -l", wc))
              reader / wc -l:     \(String(format: "%.2f", reader.wall / wc.wall)) wall, \
            \(String(format: "%.2f", reader.cpu / wc.cpu)) cpu
            """
        if let memoryBefore, let memoryAfter {
            report += "\n  peak memory: \(String(format: "%.1f", memoryBefore)) MiB before reading, "
            report += "\(String(format: "%.1f", memoryAfter)) MiB after"
        }
        return report
    }
}
