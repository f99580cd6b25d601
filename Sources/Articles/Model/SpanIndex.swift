/// A set of spans that answers "does any of them overlap / enclose this one?" in logarithmic time, so that a
/// stage asking it once per mention stays linear in the article (a scan of all spans per mention was quadratic).
struct SpanIndex {
    /// Span starts, ascending.
    private let starts: [Int]
    /// `maxEnd[i]`: the largest end among the first `i + 1` spans in start order.
    private let maxEnd: [Int]

    init<S: Sequence>(_ spans: S) where S.Element == ByteSpan {
        let sorted = spans.sorted { $0.start < $1.start }
        starts = sorted.map { $0.start }
        var m = Int.min
        maxEnd = sorted.map { s in m = max(m, s.end); return m }
    }

    /// How many spans start before `offset` (the index of the first that starts at or after it).
    private func countStarting(before offset: Int) -> Int { starts.countBelow(offset) }

    /// Whether some span shares a byte with `s` (as `ByteSpan.overlaps`).
    func anyOverlaps(_ s: ByteSpan) -> Bool {
        let n = countStarting(before: s.end)
        return n > 0 && maxEnd[n - 1] > s.start
    }

    /// Whether some span encloses `s` (as `ByteSpan.encloses`).
    func anyEncloses(_ s: ByteSpan) -> Bool {
        let n = countStarting(before: s.start + 1)
        return n > 0 && maxEnd[n - 1] >= s.end
    }
}
