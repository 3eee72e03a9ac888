import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs programs for the harness (this executable again, `wc -l`), optionally pinned to one
/// core, with `posix_spawn` and `wait4`: the wait returns at once when the child exits, and its
/// resource usage gives the child's own CPU time.
///
/// The child's `ru_maxrss` is not used for memory: Linux carries the parent's peak into it at
/// `exec` after a `vfork`-style spawn. A `--cli` child writes its own `VmHWM` to the file named
/// by ``peakFileVariable`` instead.
enum ChildProcess {
    /// The environment variable naming the file where a `--cli` child writes its peak memory.
    static let peakFileVariable = "LISO_BENCHMARK_PEAK_FILE"

    /// The path of this executable.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    /// What one run of a program gave.
    struct Result {
        /// Wall-clock seconds from launch to exit.
        var seconds: Double
        /// CPU seconds of the process (user + system).
        var cpuSeconds: Double
        /// The peak resident memory the child reported in the peak file, if it did.
        var peakResidentBytes: Int?
        /// Standard output, when captured.
        var output: Data
    }

    /// Runs `executable` with `arguments`, pinned to core 0 when `oneCore`, and waits for it.
    /// Standard output is captured, or discarded when `captureOutput` is false; standard error
    /// goes to a scratch file that becomes the error message when the program fails.
    static func run(
        _ executable: String, _ arguments: [String], oneCore: Bool = false, captureOutput: Bool = true
    ) throws -> Result {
        #if os(Linux)
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("liso-bench-\(UUID())")
            let outputPath = captureOutput ? scratch.path + ".stdout" : "/dev/null"
            let errorPath = scratch.path + ".stderr"
            let peakPath = scratch.path + ".peak"
            defer {
                try? FileManager.default.removeItem(atPath: errorPath)
                try? FileManager.default.removeItem(atPath: peakPath)
                if captureOutput { try? FileManager.default.removeItem(atPath: outputPath) }
            }
            let command = oneCore ? ["/usr/bin/taskset", "-c", "0", executable] + arguments : [executable] + arguments
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            let argv = command.map { strdup($0) } + [nil]
            var environment = ProcessInfo.processInfo.environment
            environment[peakFileVariable] = peakPath
            let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { (argv + envp).forEach { free($0) } }
            var pid: pid_t = 0
            var status: Int32 = 0
            var usage = rusage()
            var spawned: Int32 = 0
            let seconds = ProcessMetrics.time {
                spawned = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
                if spawned == 0 { _ = wait4(pid, &status, 0, &usage) }
            }
            guard spawned == 0 else {
                throw BenchmarkError.child("cannot run '\(command[0])': \(String(cString: strerror(spawned)))")
            }
            let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            guard exitCode == 0 else {
                let message = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
                throw BenchmarkError.child(
                    "'\(command.joined(separator: " "))' exited with status \(exitCode)"
                        + (message.isEmpty ? "" : ":\n\(message)"))
            }
            func time(_ value: timeval) -> Double { Double(value.tv_sec) + Double(value.tv_usec) / 1e6 }
            return Result(
                seconds: seconds, cpuSeconds: time(usage.ru_utime) + time(usage.ru_stime),
                peakResidentBytes: (try? String(contentsOfFile: peakPath, encoding: .utf8)).flatMap {
                    Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
                },
                output: captureOutput ? (FileManager.default.contents(atPath: outputPath) ?? Data()) : Data())
        #else
            throw BenchmarkError.child("the benchmark harness runs on Linux")
        #endif
    }

    /// Writes this process's peak memory to the file the parent named, if it named one.
    static func reportPeakToParent() {
        guard let path = ProcessInfo.processInfo.environment[peakFileVariable],
            let peak = ProcessMetrics.peakResidentBytes()
        else { return }
        try? String(peak).write(toFile: path, atomically: false, encoding: .utf8)
    }
}
