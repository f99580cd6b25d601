/// A sorted word list kept as its file's bytes and binary-searched in place, without even an index of line
/// starts: loading costs nothing beyond reading the file (the first screen depends on it).
/// Lines are `key` or `key<TAB>value`, sorted by key in byte order; `#` comment lines may only open the file.
public struct SortedLines: Sendable {
    private let bytes: [UInt8]
    /// Where the first line after the opening comments starts.
    private let first: Int

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var p = 0
        while p < bytes.count && bytes[p] == UInt8(ascii: "#") {
            while p < bytes.count && bytes[p] != 0x0A { p += 1 }
            p += 1
        }
        first = min(p, bytes.count)
    }

    /// Compares the key of the line starting at `p` with `key`: -1, 0 or 1.
    private func compare(lineAt start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Int {
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
        // lines starting in lo..<hi are the candidates; lo is always a line start
        var lo = first, hi = bytes.count
        while lo < hi {
            var s = (lo + hi) / 2
            while s > lo && bytes[s - 1] != 0x0A { s -= 1 }
            let c = compare(lineAt: s, k)
            if c == 0 { return bytes[s] == 0x0A ? nil : s }
            if c < 0 {
                var e = s
                while e < bytes.count && bytes[e] != 0x0A { e += 1 }
                lo = e + 1
            } else {
                hi = s
            }
        }
        return nil
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
