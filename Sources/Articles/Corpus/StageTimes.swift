#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The wall time and the processor time of each step of an annotation, in the order the steps ran: what the
/// benchmark reads to tell a step that runs on one core while the others wait from one that keeps them all busy
/// (processor time over wall time is the cores a step used, steadier than either on a shared machine).
/// `TIKTOK_READER_TIMINGS=1 tiktok-reader export …` prints them.
public final class StageTimes: Sendable {
    /// One step: its name, its wall time and the processor time of every thread of the process while it ran.
    public struct Step: Sendable {
        public let name: String
        public let milliseconds: Double
        public let processorMilliseconds: Double
    }

    private let laps = Mutex<(wall: UInt64, processor: UInt64, steps: [Step])>((0, 0, []))

    public init() { laps.withLock { $0 = (StageTimes.now(CLOCK_MONOTONIC), StageTimes.now(CLOCK_PROCESS_CPUTIME_ID), []) } }

    /// The step `name` ended now (it began when the one before it ended, or when the clock was made).
    public func lap(_ name: String) {
        let wall = StageTimes.now(CLOCK_MONOTONIC), processor = StageTimes.now(CLOCK_PROCESS_CPUTIME_ID)
        laps.withLock {
            $0.steps.append(Step(name: name, milliseconds: Double(wall &- $0.wall) / 1e6,
                                 processorMilliseconds: Double(processor &- $0.processor) / 1e6))
            $0.wall = wall
            $0.processor = processor
        }
    }

    /// Each step, in order.
    public var steps: [Step] { laps.withLock { $0.steps } }

    private static func now(_ clock: clockid_t) -> UInt64 {
        var t = timespec()
        clock_gettime(clock, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }
}
