import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Resource figures of this process and its children.
enum ProcessMetrics {
    /// The peak resident memory of this process in bytes (`VmHWM` in `/proc/self/status`), or
    /// `nil` where the system has no such file.
    static func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Int($0) }
            if let kilobytes = digits.first { return kilobytes * 1024 }
        }
        return nil
    }

    /// User plus system CPU time in seconds of this process (`self`) or of its waited-for
    /// children (`children`).
    static func cpuSeconds(children: Bool = false) -> Double {
        var usage = rusage()
        #if canImport(Glibc)
            let who = children ? RUSAGE_CHILDREN : RUSAGE_SELF
            getrusage(__rusage_who_t(who.rawValue), &usage)
        #else
            getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The number of processors the system has online.
    static var processorCount: Int { ProcessInfo.processInfo.processorCount }

    /// Seconds taken by `body`, measured with the monotonic clock.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        seconds(try ContinuousClock().measure(body))
    }

    /// A duration in seconds.
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
