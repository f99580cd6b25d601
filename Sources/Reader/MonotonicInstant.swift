#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A moment on the monotonic clock, for start-up timings: read straight from the C library, since Swift's clocks
/// live in the Concurrency library, which the reader does not otherwise use (it costs start-up work of its own).
struct MonotonicInstant {
    let nanoseconds: UInt64

    static var now: MonotonicInstant {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return MonotonicInstant(nanoseconds: UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec))
    }

    /// Milliseconds from `earlier` to this moment.
    func milliseconds(since earlier: MonotonicInstant) -> Double { Double(Int64(bitPattern: nanoseconds &- earlier.nanoseconds)) / 1e6 }
}
