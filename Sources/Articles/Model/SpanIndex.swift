/// A set of spans that answers "does any of them overlap / enclose this one?" in logarithmic time, so that a
/// stage asking it once per mention stays linear in the article (a scan of all spans per mention was quadratic).
struct SpanIndex {
    /// Span starts, ascending.
    private let starts: [Int]
    /// `maxEnd[i]`: the largest end among the first `i + 1` spans in start order.
    private let maxEnd: [Int]

    init<S: Sequence>(_ spans: S) where S.Element == ByteSpan {
        var sorted = Array(spans)
        // (most come in text order already: sorted only when they do not)
        if sorted.indices.dropFirst().contains(where: { sorted[$0].start < sorted[$0 - 1].start }) { sorted.sort { $0.start < $1.start } }
        var starts: [Int] = [], maxEnd: [Int] = []
        starts.reserveCapacity(sorted.count)
        maxEnd.reserveCapacity(sorted.count)
        var m = Int.min
        for s in sorted {
            starts.append(s.start)
            m = max(m, s.end)
            maxEnd.append(m)
        }
        self.starts = starts
        self.maxEnd = maxEnd
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
