#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Independent pieces of work spread over the machine's cores: annotation is per article, and within a long
/// article per run of paragraphs, so a story of many articles or one huge file uses every core, not one.
package enum Parallel {
    /// How many threads work at once: the cores online (at most 8), or `TIKTOK_READER_THREADS` when set.
    package static var workers: Int {
        if let raw = getenv("TIKTOK_READER_THREADS"), let n = Int(String(cString: raw)), n > 0 { return min(n, 64) }
        return max(1, min(8, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
    }

    /// How many small pieces of work (files, articles) make threads worth starting before the first screen: fewer
    /// (the seeds, one story) are done on the caller's thread alone.
    package static let manyPieces = 64

    /// `body(i)` for every `i` in `0..<count`, on up to `workers` threads (the caller's among them), in the
    /// order of `i`. Pieces are handed out one at a time, so a long one does not hold back the others.
    package static func map<T: Sendable>(_ count: Int, workers: Int = Parallel.workers, _ body: @Sendable (Int) -> T) -> [T] {
        if min(max(1, workers), count) <= 1 { return (0..<count).map(body) }
        let results = Results<T>(count)
        spread(count, workers: workers) { i in results.store(body(i), at: i) }
        return results.values()
    }

    /// `body(&items[i])` for every item, in place, on up to `workers` threads (each item changed by the one thread
    /// that took its index): what `map` does without copying every item out and back, which an item's arrays
    /// then had to be copied for.
    package static func update<T: Sendable>(_ items: inout [T], workers: Int = Parallel.workers, _ body: @Sendable (inout T) -> Void) {
        if min(max(1, workers), items.count) <= 1 {
            for i in items.indices { body(&items[i]) }
            return
        }
        items.withUnsafeMutableBufferPointer { buffer in
            // (each index is taken by one thread, and every thread is joined before the buffer is let go)
            let shared = UncheckedBox(buffer)
            spread(buffer.count, workers: workers) { i in body(&shared.value[i]) }
        }
    }

    /// `side()` on a thread of its own while `main()` runs on the caller's (and the threads it starts), the two
    /// results once both are done: a corpus step, which runs on one core, beside a step spread over every core,
    /// so that no core waits while the one-core step runs. With one worker, or no thread to be had, one after
    /// the other.
    package static func alongside<S: Sendable, M>(_ side: @escaping @Sendable () -> S, workers: Int = Parallel.workers,
                                                  _ main: () -> M) -> (side: S, main: M) {
        guard workers > 1 else { return (side(), main()) }
        let result = Results<S>(1)
        guard let thread = Thread.start({ result.store(side(), at: 0) }) else { return (side(), main()) }
        let m = main()
        thread.join()
        return (result.values()[0], m)
    }

    /// `body(i)` for every `i` in `0..<count` on up to `workers` threads, the caller's among them, each index taken
    /// by the one thread that takes it next; returns when every thread has finished.
    private static func spread(_ count: Int, workers: Int, _ body: @Sendable (Int) -> Void) {
        let threads = min(max(1, workers), count)
        let next = Counter()
        withoutActuallyEscaping(body) { body in
            // the closure never outlives this call: every thread is joined before it returns
            let shared = UncheckedBox(body)
            let work: @Sendable () -> Void = {
                while true {
                    let i = next.value.add(1, ordering: .relaxed).oldValue
                    guard i < count else { return }
                    shared.value(i)
                }
            }
            let started = (1..<threads).compactMap { _ in Thread.start(work) }
            work()
            for t in started { t.join() }
        }
    }
}

/// The next index to hand out, shared by the threads of `Parallel.spread`.
private final class Counter: Sendable {
    let value = Atomic<Int>(0)
}

/// A value handed to other threads whose safety the caller sees to (`Parallel.map` joins them all).
private struct UncheckedBox<V>: @unchecked Sendable {
    let value: V
    init(_ value: V) { self.value = value }
}

/// The results of `Parallel.map`, each slot written by the one thread that took its index.
private final class Results<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(_ count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    func store(_ value: T, at i: Int) { slots[i] = value }

    /// The values in order; called once every thread has finished, when every slot holds one (each index is
    /// taken by exactly one thread, the caller's included, so none is left empty).
    func values() -> [T] {
        slots.map { slot in
            guard let value = slot else { preconditionFailure("Parallel.map left a piece undone") }
            return value
        }
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
}
