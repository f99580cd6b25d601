import Foundation

/// A sorted word list kept as its file's bytes and searched in place: loading costs one read and one
/// pass for line starts, not tens of thousands of string allocations (first paint depends on it).
/// Lines are `key` or `key<TAB>value`, sorted by key in byte order.
public struct SortedLines: Sendable {
    private let bytes: [UInt8]
    private let starts: [Int32]

    public init(contentsOf url: URL?) {
        let data = url.flatMap { try? Data(contentsOf: $0) } ?? Data()
        self.init(bytes: [UInt8](data))
    }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts: [Int32] = []
        starts.reserveCapacity(bytes.count / 8)
        var lineStart = 0
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            // memchr finds line ends far faster than a byte loop (these files are 700 KB together)
            while lineStart < buf.count, let hit = memchr(base + lineStart, 0x0A, buf.count - lineStart) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if i > lineStart && buf[lineStart] != UInt8(ascii: "#") { starts.append(Int32(lineStart)) }
                lineStart = i + 1
            }
        }
        if lineStart < bytes.count && bytes[lineStart] != UInt8(ascii: "#") { starts.append(Int32(lineStart)) }
        self.starts = starts
    }

    public var count: Int { starts.count }

    /// Compares the key of line `i` with `key`: -1, 0 or 1.
    private func compare(line i: Int, _ key: [UInt8]) -> Int {
        var p = Int(starts[i])
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

    private func find(_ key: String) -> Int? {
        let k = Array(key.utf8)
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let c = compare(line: mid, k)
            if c == 0 { return mid }
            if c < 0 { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    public func contains(_ key: String) -> Bool { find(key) != nil }

    /// The value after the tab on the line of `key`.
    public func value(_ key: String) -> String? {
        guard let i = find(key) else { return nil }
        var p = Int(starts[i])
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
    public subscript(_ name: String) -> Character? { lines.value(name)?.first }
}
