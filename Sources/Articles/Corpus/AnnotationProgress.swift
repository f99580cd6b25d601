import Synchronization

/// How far an annotation has come, read by another thread while it runs (the reader's status bar): each step's
/// pieces of work weighed by what they cost (finding names costs most; tokenising little).
public final class AnnotationProgress: Sendable {
    private let done = Atomic<Int>(0)
    private let total = Atomic<Int>(0)

    public init() {}

    /// The whole work, in units; set once its pieces are known.
    func plan(_ units: Int) { total.store(units, ordering: .relaxed) }

    /// A piece of work finished, worth `units`.
    func advance(_ units: Int) { done.add(units, ordering: .relaxed) }

    /// The share done, 0–99 (100 is the annotated corpus itself); nil before the work is planned.
    public var percent: Int? {
        let t = total.load(ordering: .relaxed)
        guard t > 0 else { return nil }
        return min(99, done.load(ordering: .relaxed) * 100 / t)
    }
}
