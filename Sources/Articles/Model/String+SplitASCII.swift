extension StringProtocol {
    /// The pieces between `separator` bytes (an ASCII character), as `split(separator:)` gives them, but split on
    /// the bytes: a split on `Character` reads every grapheme cluster of the text to find the spaces, and names,
    /// dates and values are split that way many times an article.
    func splitASCII(_ separator: UInt8, maxSplits: Int = .max, omittingEmpty: Bool = true) -> [Substring] {
        let s = Substring(self)
        return s.utf8.split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmpty).map { Substring($0) }
    }
}

extension String {
    /// `splitASCII` of a string, its bytes read in place and each piece cut at its offsets: the collection's
    /// generic `split` made an array of views and then one of substrings, some two thousand instructions for a
    /// date's value.
    func splitASCII(_ separator: UInt8, maxSplits: Int = .max, omittingEmpty: Bool = true) -> [Substring] {
        let u = utf8
        let pieces: [Substring]? = u.withContiguousStorageIfAvailable { b in
            // the pieces counted first and the array made at its size: grown from empty it was allocated again at
            // each doubling, most of a short split's cost
            var separators = 0
            for c in b where c == separator { separators += 1 }
            var out: [Substring] = []
            out.reserveCapacity(Swift.min(separators, maxSplits) + 1)
            func piece(_ from: Int, _ to: Int) -> Substring {
                self[u.index(u.startIndex, offsetBy: from)..<u.index(u.startIndex, offsetBy: to)]
            }
            // as `split(separator:maxSplits:omittingEmptySubsequences:)` counts: a piece left out is no split
            var start = 0
            if maxSplits > 0 && !b.isEmpty {
                for i in 0..<b.count where b[i] == separator {
                    let appended = !(omittingEmpty && start == i)
                    if appended { out.append(piece(start, i)) }
                    start = i + 1
                    if appended && out.count == maxSplits { break }
                }
            }
            if start != b.count || !omittingEmpty { out.append(piece(start, b.count)) }
            return out
        }
        return pieces ?? Substring(self).splitASCII(separator, maxSplits: maxSplits, omittingEmpty: omittingEmpty)
    }
}

extension StringProtocol {
    /// The text on one line: every run of white space (line breaks too) as one space, none at either end.
    public var onOneLine: String {
        // ASCII text, most of it, on its bytes: split into grapheme clusters and joined, a description of a few
        // words cost tens of thousands of instructions
        let ascii: String?? = utf8.withContiguousStorageIfAvailable { b -> String? in
            guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0, space = false
                for c in b {
                    // tab, line feed, vertical tab, form feed, carriage return, space: ASCII's white space
                    if c == 0x20 || (c >= 0x09 && c <= 0x0D) { space = n > 0; continue }
                    if space { out[n] = 0x20; n += 1; space = false }
                    out[n] = c
                    n += 1
                }
                return n
            }
        }
        if let ascii = ascii ?? nil { return ascii }
        return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension String {
    /// `splitASCII(separator)`'s first and last pieces, and whether there are two or more, found on the bytes
    /// without making the array of every piece (a name's first and last words are asked of every mention); nil when
    /// there are none.
    func outerPiecesASCII(_ separator: UInt8) -> (first: Substring, last: Substring, several: Bool)? {
        let u = utf8
        let found: (s: Int, e: Int, lo: Int, hi: Int)?? = u.withContiguousStorageIfAvailable { b in
            var s = 0
            while s < b.count && b[s] == separator { s += 1 }
            guard s < b.count else { return nil }
            var e = s
            while e < b.count && b[e] != separator { e += 1 }
            var hi = b.count
            while hi > s && b[hi - 1] == separator { hi -= 1 }
            var lo = hi
            while lo > s && b[lo - 1] != separator { lo -= 1 }
            return (s, e, lo, hi)
        }
        guard let read = found else {
            let pieces = splitASCII(separator)
            guard let first = pieces.first, let last = pieces.last else { return nil }
            return (first, last, pieces.count > 1)
        }
        guard let r = read else { return nil }
        func at(_ k: Int) -> String.Index { u.index(u.startIndex, offsetBy: k) }
        return (self[at(r.s)..<at(r.e)], self[at(r.lo)..<at(r.hi)], r.lo > r.s)
    }
}
