#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// When each start-up phase ended, in milliseconds since `main`, with the page faults so far (each costs about a
/// microsecond at start-up, and hundreds add up): printed on exit under `TIKTOK_READER_TIMINGS=1`. Off, it reads
/// neither the clock nor the fault count.
struct StartupTimings {
    private let started: MonotonicInstant
    private let enabled: Bool
    private var phases: [(name: String, at: MonotonicInstant, faults: Int)] = []

    init(started: MonotonicInstant, enabled: Bool = getenv("TIKTOK_READER_TIMINGS") != nil) {
        self.started = started
        self.enabled = enabled
    }

    /// Notes that the phase `name` ended now (the first time only).
    mutating func mark(_ name: String) {
        guard enabled, !phases.contains(where: { $0.name == name }) else { return }
        var usage = rusage()
        let faults = getrusage(Int32(RUSAGE_SELF.rawValue), &usage) == 0 ? usage.ru_minflt + usage.ru_majflt : 0
        phases.append((name, MonotonicInstant.now, faults))
    }

    /// The line to print on exit; nil when timings are off.
    var report: String? {
        guard enabled else { return nil }
        let text = phases.map { "\($0.name) \($0.at.milliseconds(since: started)) (\($0.faults))" }
        return "timings (ms since start, page faults): " + text.joined(separator: ", ") + "\n"
    }
}
