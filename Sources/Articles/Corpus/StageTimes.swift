#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The wall time of each step of an annotation, in the order the steps ran: what the benchmark reads to tell a
/// step that runs on one core while the others wait from one that runs on all of them
/// (`TIKTOK_READER_TIMINGS=1 tiktok-reader export …` prints them).
public final class StageTimes: Sendable {
    private let laps = Mutex<(last: UInt64, steps: [(name: String, milliseconds: Double)])>((0, []))

    public init() { laps.withLock { $0.last = StageTimes.now() } }

    /// The step `name` ended now (it began when the one before it ended, or when the clock was made).
    func lap(_ name: String) {
        let t = StageTimes.now()
        laps.withLock { $0.steps.append((name, Double(t &- $0.last) / 1e6)); $0.last = t }
    }

    /// Each step's name and milliseconds, in order.
    public var steps: [(name: String, milliseconds: Double)] { laps.withLock { $0.steps } }

    private static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }
}
