import Synchronization

/// Counts the elementary steps of an annotation: the tokens each article's steps read, and the entries the corpus
/// steps visit (names, index postings, events, rows). Where no instruction counter can be read (a test, a virtual
/// machine), the ratio of two counts says whether the work grows with the corpus or faster: a step that compared
/// every pair of articles or names would visit the square of them. Sorts count their elements, not comparisons.
public final class WorkCount: Sendable {
    private let steps = Atomic<Int>(0)

    public init() {}

    /// `n` more steps done.
    func add(_ n: Int) { steps.add(n, ordering: .relaxed) }

    /// The steps counted so far.
    public var value: Int { steps.load(ordering: .relaxed) }
}
