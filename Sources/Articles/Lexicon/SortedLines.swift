import Synchronization

/// A sorted word list kept as its file's bytes and binary-searched in place: loading costs nothing beyond reading
/// the file (the first screen depends on it). The index of its line starts is built at the first look-up, on
/// whichever thread asks first (the annotation's), so that each probe of the search is one comparison rather than
/// a walk back to its line's start.
/// Lines are `key` or `key<TAB>value`, sorted by key in byte order; `#` comment lines may only open the file.
public struct SortedLines: Sendable {
    private let bytes: [UInt8]
    /// Where the first line after the opening comments starts.
    private let first: Int
    private let index = LineStarts()

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var p = 0
        while p < bytes.count && bytes[p] == UInt8(ascii: "#") {
            while p < bytes.count && bytes[p] != 0x0A { p += 1 }
            p += 1
        }
        first = min(p, bytes.count)
    }

    /// Compares the key of the line starting at `start` of `bytes` with `key`: -1, 0 or 1.
    private static func compare(_ bytes: UnsafeBufferPointer<UInt8>, lineAt start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Int {
        var p = start
        var k = 0
        while true {
            let atEnd = p >= bytes.count || bytes[p] == 0x0A || bytes[p] == 0x09
            if k == key.count { return atEnd ? 0 : 1 }
            if atEnd { return -1 }
            if bytes[p] != key[k] { return bytes[p] < key[k] ? -1 : 1 }
            p += 1
            k += 1
        }
    }

    /// The start of the line holding `key`, if any.
    private func find(_ key: String) -> Int? {
        // the key's bytes in place: a copy into an array per look-up was a good part of each one
        if let found = key.utf8.withContiguousStorageIfAvailable({ find(bytesOf: $0) }) { return found }
        return Array(key.utf8).withUnsafeBufferPointer { find(bytesOf: $0) }
    }

    private func find(bytesOf k: UnsafeBufferPointer<UInt8>) -> Int? {
        let starts = index.starts(of: bytes, from: first)
        // (the list's bytes through one pointer for the whole search: each probe's bytes were checked and
        // retained one by one)
        return bytes.withUnsafeBufferPointer { list in
            var lo = 0, hi = starts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                let s = Int(starts[mid])
                let c = SortedLines.compare(list, lineAt: s, k)
                if c == 0 { return s }
                if c < 0 { lo = mid + 1 } else { hi = mid }
            }
            return nil
        }
    }

    public func contains(_ key: String) -> Bool { !key.isEmpty && find(key) != nil }

    /// The value after the tab on the line of `key`.
    public func value(_ key: String) -> String? {
        guard !key.isEmpty, let start = find(key) else { return nil }
        var p = start
        while p < bytes.count && bytes[p] != 0x09 && bytes[p] != 0x0A { p += 1 }
        guard p < bytes.count, bytes[p] == 0x09 else { return nil }
        var e = p + 1
        while e < bytes.count && bytes[e] != 0x0A { e += 1 }
        return String(decoding: bytes[(p + 1)..<e], as: UTF8.self)
    }
}

/// The starts of a word list's non-empty lines, built once, at the first look-up: read without a lock once built.
final class LineStarts: Sendable {
    private let built = Atomic<Bool>(false)
    private let lock = Mutex<Void>(())
    // written once, under the lock, before `built` is set; only read after `built` is seen set. A buffer, not an
    // array: every look-up on every thread retaining one shared array made them wait on its count.
    nonisolated(unsafe) private var table = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)

    deinit { table.deallocate() }

    func starts(of bytes: [UInt8], from first: Int) -> UnsafeBufferPointer<Int32> {
        if built.load(ordering: .acquiring) { return UnsafeBufferPointer(table) }
        return lock.withLock { _ in
            if built.load(ordering: .acquiring) { return UnsafeBufferPointer(table) }
            var t: [Int32] = []
            var p = first
            while p < bytes.count {
                var e = p
                while e < bytes.count && bytes[e] != 0x0A { e += 1 }
                if e > p { t.append(Int32(p)) }
                p = e + 1
            }
            let buffer = UnsafeMutableBufferPointer<Int32>.allocate(capacity: t.count)
            _ = buffer.initialize(from: t)
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
