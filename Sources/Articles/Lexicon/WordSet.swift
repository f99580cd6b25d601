/// A fixed set of words, looked up by their UTF-8 bytes: no `String` is made to ask, and the hash is a few
/// multiplications rather than a seeded SipHash. The annotators ask word lists millions of times a corpus, and
/// `Set<String>` spent most of each look-up hashing (a fifth of all annotation).
///
/// Words are kept as given; `contains(lowerOf:)` asks for a token in lower case, folding ASCII letters as it
/// hashes and compares (other tokens are lower-cased as strings first).
public struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    /// The words, each with nothing (a set is a table without values).
    private let words: WordMap<Void>

    /// How many distinct words the set holds.
    public var count: Int { words.count }

    public init<S: Sequence>(_ words: S) where S.Element == String { self.words = WordMap(words.map { ($0, ()) }) }

    public init(arrayLiteral words: String...) { self.init(words) }

    /// The words, in the order first given.
    public func makeIterator() -> IndexingIterator<[String]> { words.keys.makeIterator() }

    /// Whether `word` is in the set, as written.
    public func contains(_ word: String) -> Bool { words[word] != nil }

    /// Whether the bytes `key` spell a word of the set.
    public func contains(bytes key: UnsafeBufferPointer<UInt8>) -> Bool { words.value(of: key, fold: false) != nil }

    /// Whether the bytes `key`, their ASCII capitals in lower case, spell a word of the set.
    public func contains(foldingASCII key: UnsafeBufferPointer<UInt8>) -> Bool { words.value(of: key, fold: true) != nil }

    /// Whether the token as written is in the set.
    public func contains(_ token: Token) -> Bool { token.withBytes { contains(bytes: $0) } }

    /// Whether the token in lower case is in the set.
    public func contains(lowerOf token: Token) -> Bool { words[lowerOf: token] != nil }
}

/// A fixed table from words to values, looked up by their UTF-8 bytes as `WordSet` is (`numberWords`,
/// `holidays`: asked of every word of every sentence).
public struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private let bytes: [UInt8]
    private let slots: [UInt64]
    private let values: [Value]
    /// For each first byte, the lengths (a bit each, 31 and longer sharing the last) its words have: most words
    /// asked of a list are not in it, and this tells most of them so before their bytes are hashed.
    private let firstBytes: [UInt32]
    /// The words, in the order given.
    public let keys: [String]

    public init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        // (told apart by their bytes, as they are looked up: a set of strings holds `;` and the Greek question mark,
        // or a precomposed and a decomposed accent, as one word)
        var seen = Set<[UInt8]>()
        var bytes: [UInt8] = []
        var entries: [(start: Int, length: Int)] = []
        var values: [Value] = []
        var keys: [String] = []
        for (k, v) in pairs where seen.insert(Array(k.utf8)).inserted {
            entries.append((bytes.count, k.utf8.count))
            bytes += k.utf8
            values.append(v)
            keys.append(k)
        }
        var firstBytes = [UInt32](repeating: 0, count: 256)
        for e in entries where e.length > 0 { firstBytes[Int(bytes[e.start])] |= WordTable.lengthBit(e.length) }
        self.firstBytes = firstBytes
        self.bytes = bytes
        slots = bytes.withUnsafeBufferPointer { WordTable.slots(entries, in: $0) }
        self.values = values
        self.keys = keys
    }

    public init(dictionaryLiteral pairs: (String, Value)...) { self.init(pairs) }

    /// How many words the table holds.
    public var count: Int { values.count }

    /// The words and their values, in the order given.
    public var pairs: [(key: String, value: Value)] { Array(zip(keys, values)).map { (key: $0.0, value: $0.1) } }

    /// The value of `word` as written.
    public subscript(_ word: String) -> Value? { WordTable.withBytes(of: word) { value(of: $0, fold: false) } }

    /// The value of the token in lower case.
    public subscript(lowerOf token: Token) -> Value? {
        token.withBytes { key in
            for c in key where c >= 0x80 { return self[token.lower] }
            return value(of: key, fold: true)
        }
    }

    /// The value of the word the bytes `key` spell (their ASCII capitals folded when `fold`).
    func value(of key: UnsafeBufferPointer<UInt8>, fold: Bool) -> Value? {
        if let first = key.first {
            let c = fold && first >= 0x41 && first <= 0x5A ? first | 0x20 : first
            if firstBytes[Int(c)] & WordTable.lengthBit(key.count) == 0 { return nil }
        }
        let number = bytes.withUnsafeBufferPointer { b in
            slots.withUnsafeBufferPointer { WordTable.find(key, in: b, slots: $0, fold: fold)?.number }
        }
        return number.map { values[$0] }
    }
}

/// An open-addressing table of byte strings that live elsewhere (a word list's bytes), found by their bytes.
/// Each slot holds where a word starts (32 bits), its length plus one (12 bits: 0 marks an empty slot) and its
/// place among the words (20 bits); the table is a power of two in size and at most half full. Words of 4 KiB or
/// more, or past the millionth, are left out (no word list comes near either).
enum WordTable {
    static let maxLength = (1 << 12) - 2
    static let maxCount = 1 << 20

    /// The bit of a word's length in a first byte's lengths (`WordMap`): 1 to 30 a bit each, longer the last.
    @inline(__always)
    static func lengthBit(_ length: Int) -> UInt32 { 1 << UInt32(min(length, 31)) }

    /// The slots for words at `entries` of `bytes`, each numbered by its place in `entries`.
    static func slots(_ entries: [(start: Int, length: Int)], in bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var size = 8
        while size < entries.count * 2 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        for (n, e) in entries.enumerated() where e.length <= maxLength && n < maxCount {
            let key = UnsafeBufferPointer(rebasing: bytes[e.start..<(e.start + e.length)])
            var i = Int(truncatingIfNeeded: hash(key, fold: false)) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = UInt64(e.start) | UInt64(e.length + 1) << 32 | UInt64(n) << 44
        }
        return slots
    }

    /// FNV-1a over the bytes (ASCII capitals folded to lower case when `fold`), then mixed so that the low bits,
    /// which pick the slot, depend on every byte.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>, fold: Bool) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for var c in key {
            if fold && c >= 0x41 && c <= 0x5A { c |= 0x20 }
            h = (h ^ UInt64(c)) &* 0x100_0000_01b3
        }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }

    /// The word equal to `key` (with ASCII capitals of the key folded when `fold`: the words are then lower
    /// case): where it starts in `bytes` and its place among the words, if the table holds it.
    @inline(__always)
    static func find(_ key: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>,
                     slots: UnsafeBufferPointer<UInt64>, fold: Bool) -> (start: Int, number: Int)? {
        let mask = slots.count - 1
        guard mask > 0 else { return nil }
        var i = Int(truncatingIfNeeded: hash(key, fold: fold)) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { return nil }
            if Int((slot >> 32) & 0xFFF) - 1 == key.count {
                let start = Int(slot & 0xFFFF_FFFF)
                if matches(key, at: start, in: bytes, fold: fold) { return (start, Int(slot >> 44)) }
            }
            i = (i + 1) & mask
        }
    }

    /// Whether `bytes` from `start` begin with `key` (its ASCII capitals folded to lower case when `fold`).
    @inline(__always)
    static func matches(_ key: UnsafeBufferPointer<UInt8>, at start: Int, in bytes: UnsafeBufferPointer<UInt8>, fold: Bool) -> Bool {
        guard start + key.count <= bytes.count else { return false }
        for k in 0..<key.count {
            var c = key[k]
            if fold && c >= 0x41 && c <= 0x5A { c |= 0x20 }
            if bytes[start + k] != c { return false }
        }
        return true
    }

    /// Calls `body` with the UTF-8 bytes of `s`, in place when the string keeps them contiguous (a copy per
    /// look-up was a good part of each one).
    @inline(__always)
    static func withBytes<R>(of s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }
}
