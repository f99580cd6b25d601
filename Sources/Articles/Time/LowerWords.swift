/// A sentence's words in lower case for the time rules, each made the first time a rule reads it: most words of
/// most sentences start no time expression and are never read, and making every word's string up front was a
/// seventh of the recogniser's work.
final class LowerWords: RandomAccessCollection {
    private let tokens: TokenList
    private let base: Int
    // (written from a getter: unchecked for exclusive access, which a read checked at run time each time and
    // cost more than the strings it saved; only this class's own subscript writes it)
    @exclusivity(unchecked) private var words: [String?]

    /// The words of `tokens[range]`, none made yet.
    init(_ tokens: TokenList, _ range: Range<Int>) {
        self.tokens = tokens
        base = range.lowerBound
        words = Array(repeating: nil, count: range.count)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { words.count }

    /// The word at `k` (from the sentence's start) in lower case.
    subscript(k: Int) -> String {
        precondition(k >= 0 && k < words.count, "word index out of range")
        if let w = words[k] { return w }
        let w = tokens[base + k].lower
        words[k] = w
        return w
    }

    /// Whether the word at `k` in lower case is in `set`, asked of the token's bytes when its string is not made.
    func isIn(_ k: Int, _ set: WordSet) -> Bool {
        precondition(k >= 0 && k < words.count, "word index out of range")
        if let w = words[k] { return set.contains(w) }
        return set.contains(lowerOf: tokens[base + k])
    }

    /// The value of the word at `k` in lower case in `map`, asked of the token's bytes when its string is not made.
    func value<Value>(_ k: Int, in map: WordMap<Value>) -> Value? {
        precondition(k >= 0 && k < words.count, "word index out of range")
        if let w = words[k] { return map[w] }
        return map[lowerOf: tokens[base + k]]
    }

    /// Whether the token at `k` ends in the ASCII letters `suffix`, either case, read on its bytes. Where it does
    /// not, its word in lower case does not either, for an ending of letters other than `i` and `k` (only the
    /// Kelvin sign, `k`, and `İ`, `i` and a dot, lower-case to ASCII letters): a rule that needs the ending can let
    /// the word go before its string is made.
    func tokenEnds(_ k: Int, with suffix: StaticString) -> Bool {
        precondition(k >= 0 && k < words.count, "word index out of range")
        let n = suffix.utf8CodeUnitCount
        return tokens[base + k].withBytes { b in
            guard b.count >= n else { return false }
            return suffix.withUTF8Buffer { s in
                for i in 0..<n {
                    let c = b[b.count - n + i]
                    if (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != s[i] { return false }
                }
                return true
            }
        }
    }

    /// Whether the word at `k` in lower case is `word`, compared as bytes when its string is not made.
    func isWord(_ k: Int, _ word: StaticString) -> Bool {
        precondition(k >= 0 && k < words.count, "word index out of range")
        if let w = words[k] { return w.hasBytes(of: word) }
        return tokens[base + k].lowerEquals(word)
    }
}
