/// Finds direct quotations by pairing quote marks within paragraphs: curly and straight double marks, and
/// single marks when they open a quotation (not apostrophes such as `customers’` or `TikTok ‘s`).
/// A quotation left open at a paragraph's end runs to that end (it continues in the next paragraph).
public enum QuoteFinder {
    /// A quotation and the token indices of its marks (`close` is nil when the paragraph ends first).
    public struct Found: Sendable {
        public var span: ByteSpan
        public var paragraph: Int
        public var open: Int
        public var close: Int?
    }

    static func isWord(_ t: Token) -> Bool { t.kind != .punctuation }

    public static func find(_ a: Article) -> [Found] {
        var out: [Found] = []
        let tokens = a.tokens
        for (pi, p) in a.paragraphs.enumerated() where [.body, .caption, .bio].contains(p.role) && !p.sentences.isEmpty {
            let lo = a.sentences[p.sentences.lowerBound].tokens.lowerBound
            let hi = a.sentences[p.sentences.upperBound - 1].tokens.upperBound
            var open: (index: Int, single: Bool, straight: Bool)?
            func adjacentBefore(_ k: Int) -> Bool { k > lo && tokens[k].span.start == tokens[k - 1].span.end }
            func adjacentAfter(_ k: Int) -> Bool { k + 1 < hi && tokens[k + 1].span.start == tokens[k].span.end }
            func emit(_ o: Int, _ c: Int?) {
                let start = tokens[o].span.end
                let end = c.map { tokens[$0].span.start } ?? tokens[hi - 1].span.end
                var s = start, e = end
                while s < e, a.bytes[s] == 0x20 { s += 1 }
                while e > s, a.bytes[e - 1] == 0x20 || a.bytes[e - 1] == 0x0A || a.bytes[e - 1] == 0x0D { e -= 1 }
                if e > s { out.append(Found(span: ByteSpan(s, e), paragraph: pi, open: o, close: c)) }
            }
            // The last single mark that can close a quotation: an opening single mark needs one after it. Found
            // once per paragraph, so a paragraph of many single marks is not searched again from each of them.
            var lastClosingSingle = -1
            for k in stride(from: hi - 1, through: lo, by: -1)
            where (tokens[k].equals("\u{2019}") || tokens[k].equals("'")) && adjacentBefore(k) && !adjacentAfterWord(k, tokens, hi) {
                lastClosingSingle = k
                break
            }
            for k in lo..<hi {
                // (a quotation mark is a punctuation token, told by its bytes: a `String` compared with marks
                // outside ASCII is compared the slow way)
                guard tokens[k].kind == .punctuation else { continue }
                let t = Mark(tokens[k])
                switch t {
                case .leftDouble:
                    if open.map({ $0.single }) ?? true { open = (k, false, false) }
                case .rightDouble:
                    if let o = open, !o.single { emit(o.index, k); open = nil }
                case .straightDouble:
                    if let o = open, o.straight, !o.single {
                        emit(o.index, k); open = nil
                    } else if let o = open, !o.single, adjacentBefore(k), !adjacentAfterWord(k, tokens, hi) {
                        // `“…," said X`: a straight mark typed to close a curly one, against the words it ends
                        emit(o.index, k); open = nil
                    } else if open == nil && !adjacentBefore(k) && adjacentAfter(k) {
                        open = (k, false, true)
                    }
                case .leftSingle, .straightSingle:
                    guard open == nil, !adjacentBefore(k) || (k > lo && (tokens[k - 1].equals("(") || tokens[k - 1].equals("-") || tokens[k - 1].equals("\u{2014}"))),
                          adjacentAfter(k), isWord(tokens[k + 1]) else { break }
                    // ‘s followed by a space is an apostrophe typed the wrong way round
                    if tokens[k + 1].lower == "s" && !(k + 2 < hi && tokens[k + 2].span.start == tokens[k + 1].span.end) { break }
                    // a closing single mark must follow in this paragraph
                    if lastClosingSingle > k { open = (k, true, t == .straightSingle) }
                case .rightSingle:
                    if let o = open, o.single, adjacentBefore(k), !adjacentAfterWord(k, tokens, hi) { emit(o.index, k); open = nil }
                    // `“…,’’ says X`: two single marks typed for a closing double one
                    else if let o = open, !o.single, adjacentBefore(k), adjacentAfter(k), tokens[k + 1].equals("\u{2019}"),
                            !adjacentAfterWord(k + 1, tokens, hi) {
                        emit(o.index, k)
                        // the quotation ends before the first mark, what follows it after the second
                        if out.last?.open == o.index { out[out.count - 1].close = k + 1 }
                        open = nil
                    }
                case .other: break
                }
                if t == .straightSingle, let o = open, o.single, o.index != k, adjacentBefore(k), !adjacentAfterWord(k, tokens, hi) {
                    emit(o.index, k); open = nil
                }
            }
            if let o = open, !o.single { emit(o.index, nil) }
        }
        return out
    }

    /// The quotation marks, by their bytes.
    enum Mark {
        case leftDouble, rightDouble, straightDouble, leftSingle, rightSingle, straightSingle, other

        init(_ t: Token) {
            // told by the token's length and bytes at once (asked of every token of every paragraph, six comparisons
            // each): `"` and `'`, or U+201C, U+201D, U+2018, U+2019 (E2 80 9C, 9D, 98, 99)
            self = t.withBytes { b in
                if b.count == 1 { return b[0] == 0x22 ? .straightDouble : b[0] == 0x27 ? .straightSingle : .other }
                guard b.count == 3, b[0] == 0xE2, b[1] == 0x80 else { return .other }
                switch b[2] {
                case 0x9C: return .leftDouble
                case 0x9D: return .rightDouble
                case 0x98: return .leftSingle
                case 0x99: return .rightSingle
                default: return .other
                }
            }
        }

        /// A double mark that can open a quotation: a left one, or a straight one (which opens and closes).
        var opensDouble: Bool { self == .leftDouble || self == .straightDouble }
    }

    static func adjacentAfterWord(_ k: Int, _ tokens: TokenList, _ hi: Int) -> Bool {
        k + 1 < hi && tokens[k + 1].span.start == tokens[k].span.end && tokens[k + 1].kind != .punctuation
    }
}
