/// Byte-level helpers over UTF-8 text that may hold invalid sequences: decoding one scalar and classifying it.
public enum UTF8Scanner {
    /// Decodes the scalar at `i`; an invalid or truncated sequence is (nil, 1), so scanning always advances.
    @inlinable @inline(__always)
    public static func scalar<B: RandomAccessCollection>(_ b: B, _ i: Int, end: Int) -> (Unicode.Scalar?, Int)
        where B.Element == UInt8, B.Index == Int {
        let c0 = b[i]
        if c0 < 0x80 { return (Unicode.Scalar(c0), 1) }
        let len: Int, initial: UInt32
        if c0 & 0xE0 == 0xC0 { len = 2; initial = UInt32(c0 & 0x1F) }
        else if c0 & 0xF0 == 0xE0 { len = 3; initial = UInt32(c0 & 0x0F) }
        else if c0 & 0xF8 == 0xF0 { len = 4; initial = UInt32(c0 & 0x07) }
        else { return (nil, 1) }
        guard i + len <= end else { return (nil, 1) }
        var v = initial
        for k in 1..<len {
            let c = b[i + k]
            guard c & 0xC0 == 0x80 else { return (nil, 1) }
            v = v << 6 | UInt32(c & 0x3F)
        }
        let minimum: UInt32 = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000
        guard v >= minimum, let s = Unicode.Scalar(v) else { return (nil, 1) }
        return (s, len)
    }

    /// Counts invalid UTF-8 sequences (each one is shown as U+FFFD).
    static func invalidSequences(_ b: [UInt8]) -> Int {
        var i = 0, bad = 0
        // (ASCII, most of any text, passed over in place: indexed through the array, each byte was checked against
        // its bounds)
        let n = b.count
        b.withUnsafeBufferPointer { p in
            while i < n {
                while i < n && p[i] < 0x80 { i += 1 }
                guard i < n else { break }
                let (s, len) = scalar(p, i, end: n)
                if s == nil { bad += 1 }
                i += len
            }
        }
        return bad
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// Right single quotation mark and ASCII apostrophe: both serve as apostrophes in news text.
    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
}
