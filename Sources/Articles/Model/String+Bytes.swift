#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether the string has at least `n` characters, counted by bytes when it is ASCII: `count` walks the
    /// grapheme clusters, some two hundred instructions for a short word the time rules ask of many. (A CR LF
    /// is one character of two ASCII bytes; it is asked only of words, which hold no line breaks.)
    func hasAtLeast(_ n: Int) -> Bool {
        let bytes = utf8.count
        if bytes < n { return false }   // a character takes at least one byte
        if utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return count >= n
    }

    /// Whether the string's bytes are `word`'s (no canonical equivalence: `==` holds a precomposed and a
    /// decomposed accent, or `;` and the Greek question mark, as equal, where the word tables tell them apart).
    func hasBytes(of word: StaticString) -> Bool {
        utf8.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    /// Whether the two strings hold the same bytes (not `==`, which holds canonically equivalent spellings equal),
    /// compared in place: `utf8.elementsEqual` walked both views a byte at a time through their indices, a thousand
    /// instructions for a long name.
    func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        return WordTable.withBytes(of: self) { a in
            WordTable.withBytes(of: other) { b in
                guard let pa = a.baseAddress, let pb = b.baseAddress else { return a.count == b.count }
                return memcmp(pa, pb, a.count) == 0
            }
        }
    }
}
