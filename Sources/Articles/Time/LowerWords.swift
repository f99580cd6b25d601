/// A sentence's words in lower case for the time rules, each made the first time a rule reads it: most words of
/// most sentences start no time expression and are never read, and making every word's string up front was a
/// seventh of the recogniser's work.
final class LowerWords: RandomAccessCollection {
    private let tokens: TokenList
    private let base: Int
    // a buffer of its own, not an array: an array written from a getter was checked for exclusive access and
    // for being shared on every read, which cost more than the strings it saved
    private let words: UnsafeMutableBufferPointer<String?>

    /// The words of `tokens[range]`, none made yet.
    init(_ tokens: TokenList, _ range: Range<Int>) {
        self.tokens = tokens
        base = range.lowerBound
        words = .allocate(capacity: range.count)
        words.initialize(repeating: nil)
    }

    deinit {
        words.deinitialize()
        words.deallocate()
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

    /// Whether the word at `k` in lower case is `word`, compared as bytes when its string is not made.
    func isWord(_ k: Int, _ word: StaticString) -> Bool {
        precondition(k >= 0 && k < words.count, "word index out of range")
        if let w = words[k] { return w.utf8.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)) }
        return tokens[base + k].lowerEquals(word)
    }
}
