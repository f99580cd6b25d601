import Synchronization

/// A word list kept as its file's bytes and looked up in place: loading costs nothing beyond reading the file
/// (the first screen depends on it). A hash table of its keys (`WordTable`) is built at the first look-up, on
/// whichever thread asks first (the annotation's): a look-up is then one hash and one comparison, where the binary
/// search it replaced compared a dozen and a half lines.
/// Lines are `key` or `key<TAB>value`, sorted by key in byte order; `#` comment lines may only open the file.
public struct SortedLines: Sendable {
    private let bytes: [UInt8]
    /// Where the first line after the opening comments starts.
    private let first: Int
    private let index = LineIndex()

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var p = 0
        while p < bytes.count && bytes[p] == UInt8(ascii: "#") {
            while p < bytes.count && bytes[p] != 0x0A { p += 1 }
            p += 1
        }
        first = min(p, bytes.count)
    }

    /// The start of the line whose key is `key` (ASCII capitals of the key folded when `fold`), if any.
    private func find(_ key: UnsafeBufferPointer<UInt8>, fold: Bool) -> Int? {
        guard !key.isEmpty else { return nil }
        let slots = index.slots(of: bytes, from: first)
        return bytes.withUnsafeBufferPointer { LineIndex.find(key, in: $0, slots: slots, fold: fold) }
    }

    private func find(_ key: String) -> Int? { WordTable.withBytes(of: key) { find($0, fold: false) } }

    public func contains(_ key: String) -> Bool { find(key) != nil }

    /// Whether the token as written is a key.
    public func contains(_ token: Token) -> Bool { token.withBytes { find($0, fold: false) } != nil }

    /// Whether the token in lower case is a key (for lists of lower-case keys).
    public func contains(lowerOf token: Token) -> Bool {
        token.withBytes { key in
            for c in key where c >= 0x80 { return find(token.lower) != nil }
            return find(key, fold: true) != nil
        }
    }

    /// The first character of the value after the tab on the line of `key`, when it is ASCII (a one-letter code),
    /// read in place without making the value's string; nil when there is no such line or value.
    func firstValueByte(_ key: String) -> UInt8? {
        guard let start = find(key) else { return nil }
        var p = start
        while p < bytes.count && bytes[p] != 0x09 && bytes[p] != 0x0A { p += 1 }
        guard p + 1 < bytes.count, bytes[p] == 0x09, bytes[p + 1] != 0x0A else { return nil }
        return bytes[p + 1]
    }

    /// The value after the tab on the line of `key`.
    public func value(_ key: String) -> String? {
        guard let start = find(key) else { return nil }
        var p = start
        while p < bytes.count && bytes[p] != 0x09 && bytes[p] != 0x0A { p += 1 }
        guard p < bytes.count, bytes[p] == 0x09 else { return nil }
        var e = p + 1
        while e < bytes.count && bytes[e] != 0x0A { e += 1 }
        return String(decoding: bytes[(p + 1)..<e], as: UTF8.self)
    }
}

/// The hash table of a word list's keys, built once, at the first look-up: read without a lock once built.
/// A slot is where its line starts, plus one (0: empty); a key ends at its line's tab or end. Four bytes a slot,
/// written straight into the table as the lines are read: the common words alone are 64,000 lines, and a table of
/// eight-byte slots built from an array of their spans touched three megabytes, a millisecond of page faults for
/// every start of the program that annotates anything.
final class LineIndex: Sendable {
    private let built = Atomic<Bool>(false)
    private let lock = Mutex<Void>(())
    // written once, under the lock, before `built` is set; only read after `built` is seen set. A buffer, not an
    // array: every look-up on every thread retaining one shared array made them wait on its count.
    nonisolated(unsafe) private var table = UnsafeMutableBufferPointer<UInt32>(start: nil, count: 0)

    deinit { table.deallocate() }

    func slots(of bytes: [UInt8], from first: Int) -> UnsafeBufferPointer<UInt32> {
        if built.load(ordering: .acquiring) { return UnsafeBufferPointer(table) }
        return lock.withLock { _ in
            if built.load(ordering: .acquiring) { return UnsafeBufferPointer(table) }
            let buffer = bytes.withUnsafeBufferPointer { LineIndex.build($0, from: first) }
            table = buffer
            built.store(true, ordering: .releasing)
            return UnsafeBufferPointer(buffer)
        }
    }

    private static func build(_ b: UnsafeBufferPointer<UInt8>, from first: Int) -> UnsafeMutableBufferPointer<UInt32> {
        var lines = 0
        for c in b[first...] where c == 0x0A { lines += 1 }
        var size = 8
        while size < (lines + 1) * 2 { size <<= 1 }
        let slots = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: size)
        slots.initialize(repeating: 0)
        let mask = size - 1
        var p = first
        while p < b.count {
            var e = p
            while e < b.count && b[e] != 0x0A && b[e] != 0x09 { e += 1 }
            if e > p {
                var i = Int(truncatingIfNeeded: WordTable.hash(UnsafeBufferPointer(rebasing: b[p..<e]), fold: false)) & mask
                while slots[i] != 0 { i = (i + 1) & mask }
                slots[i] = UInt32(p + 1)
            }
            while e < b.count && b[e] != 0x0A { e += 1 }
            p = e + 1
        }
        return slots
    }

    /// The start of the line whose key is `key` (ASCII capitals of the key folded when `fold`: the keys are then
    /// lower case), if any.
    @inline(__always)
    static func find(_ key: UnsafeBufferPointer<UInt8>, in b: UnsafeBufferPointer<UInt8>, slots: UnsafeBufferPointer<UInt32>,
                     fold: Bool) -> Int? {
        let mask = slots.count - 1
        guard mask > 0 else { return nil }
        var i = Int(truncatingIfNeeded: WordTable.hash(key, fold: fold)) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { return nil }
            let start = Int(slot) - 1, end = start + key.count
            if WordTable.matches(key, at: start, in: b, fold: fold) && (end == b.count || b[end] == 0x0A || b[end] == 0x09) {
                return start
            }
            i = (i + 1) & mask
        }
    }
}

/// First names and their usual gender, looked up by lower-cased name.
public struct FirstNameTable: Sendable {
    let lines: SortedLines
    /// The gender of a lower-cased first name; one with accents is looked up without them too (`josé` as
    /// `jose`: the census list is written in ASCII).
    public subscript(_ name: String) -> Character? {
        // (an ASCII gender read off the line in place: the value made as a string for each name asked)
        if let g = lines.firstValueByte(name) {
            if g < 0x80 { return Character(Unicode.Scalar(g)) }
            if let c = lines.value(name)?.first { return c }
        }
        guard name.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        let folded = LatinFolding.fold(name)
        return folded == name ? nil : lines.value(folded)?.first
    }

    /// Whether the token in lower case is a first name (`self[token.lower] != nil`: every name has its gender), on
    /// the token's bytes when they are ASCII, as nearly all are, without making its string or its gender's.
    public func contains(lowerOf token: Token) -> Bool {
        let ascii = token.withBytes { !$0.contains { $0 >= 0x80 } }
        return ascii ? lines.contains(lowerOf: token) : self[token.lower] != nil
    }
}

/// Latin letters with diacritics mapped to their base letters (`é` → `e`, `ø` → `o`, `ß` → `ss`), the others kept.
enum LatinFolding {
    // Latin-1 Supplement and Latin Extended-A, lower case (names are looked up lower-cased)
    static let table: [Character: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ]
        var t: [Character: String] = ["ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"]
        for (letters, base) in groups { for c in letters { t[c] = base } }
        return t
    }()

    static func fold(_ s: String) -> String {
        var out = ""
        for c in s { if let f = table[c] { out += f } else { out.append(c) } }
        return out
    }
}
