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
        return bytes.withUnsafeBufferPointer { WordTable.find(key, in: $0, slots: slots, fold: fold)?.start }
    }

    private func find(_ key: String) -> Int? {
        // the key's bytes in place: a copy into an array per look-up was a good part of each one
        if let found = key.utf8.withContiguousStorageIfAvailable({ find($0, fold: false) }) { return found }
        return Array(key.utf8).withUnsafeBufferPointer { find($0, fold: false) }
    }

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
final class LineIndex: Sendable {
    private let built = Atomic<Bool>(false)
    private let lock = Mutex<Void>(())
    // written once, under the lock, before `built` is set; only read after `built` is seen set. A buffer, not an
    // array: every look-up on every thread retaining one shared array made them wait on its count.
    nonisolated(unsafe) private var table = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)

    deinit { table.deallocate() }

    func slots(of bytes: [UInt8], from first: Int) -> UnsafeBufferPointer<UInt64> {
        if built.load(ordering: .acquiring) { return UnsafeBufferPointer(table) }
        return lock.withLock { _ in
            if built.load(ordering: .acquiring) { return UnsafeBufferPointer(table) }
            var entries: [(start: Int, length: Int)] = []
            var p = first
            while p < bytes.count {
                var e = p
                while e < bytes.count && bytes[e] != 0x0A && bytes[e] != 0x09 { e += 1 }
                if e > p { entries.append((p, e - p)) }
                while e < bytes.count && bytes[e] != 0x0A { e += 1 }
                p = e + 1
            }
            let slots = bytes.withUnsafeBufferPointer { WordTable.slots(entries, in: $0) }
            let buffer = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: slots.count)
            _ = buffer.initialize(from: slots)
            table = buffer
            built.store(true, ordering: .releasing)
            return UnsafeBufferPointer(buffer)
        }
    }
}

/// First names and their usual gender, looked up by lower-cased name.
public struct FirstNameTable: Sendable {
    let lines: SortedLines
    /// The gender of a lower-cased first name; one with accents is looked up without them too (`josé` as
    /// `jose`: the census list is written in ASCII).
    public subscript(_ name: String) -> Character? {
        if let g = lines.value(name)?.first { return g }
        guard name.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        let folded = LatinFolding.fold(name)
        return folded == name ? nil : lines.value(folded)?.first
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
