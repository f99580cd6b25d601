/// Splits a byte range of an article into word, number and punctuation tokens, keeping byte offsets.
///
/// Hyphenated words split at the hyphen (`Beijing-based` → `Beijing`, `-`, `based`); a possessive `’s`
/// becomes its own token; dotted abbreviations (`U.S.`, `a.m.`) stay whole.
public enum Tokenizer {
    public static func tokenize(_ b: [UInt8], _ range: Range<Int>) -> TokenList {
        var out = TokenList(bytes: b)
        tokenize(b, range, into: &out)
        return out
    }

    /// Appends the tokens of `b[range]` to `out` (whose bytes are `b`).
    public static func tokenize(_ b: [UInt8], _ range: Range<Int>, into out: inout TokenList) {
        scan(b, range) { s, e, k in out.append(span: ByteSpan(s, e), kind: k) }
    }

    /// Finds the tokens of `b[range]` in order, handing each one's start, end and kind to `emit`.
    @inline(__always)
    private static func scan(_ bytes: [UInt8], _ range: Range<Int>, _ emit: (Int, Int, Token.Kind) -> Void) {
        // (the bytes read in place: indexed through the array, each was checked against its bounds, a good part of
        // reading a word)
        bytes.withUnsafeBufferPointer { scan($0, range, emit) }
    }

    @inline(__always)
    private static func scan(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ emit: (Int, Int, Token.Kind) -> Void) {
        precondition(range.lowerBound >= 0 && range.upperBound <= b.count, "range outside the bytes")
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            // what starts at `i`: ASCII read as its byte (most of any news text), anything else decoded first
            let c = b[i]
            let start: Start, n: Int
            if c < 0x80 {
                n = 1
                start = Start(Unicode.Scalar(c))
            } else {
                let (s0, n0) = UTF8Scanner.scalar(b, i, end: end)
                n = n0
                start = s0.map(Start.init) ?? .mark   // an invalid byte: a mark of its own, so scanning always advances
            }
            switch start {
            case .space:
                i += n
            case .letter:
                let j = scanWord(b, i, end)
                emit(i, j, .word)
                i = j
                // a possessive 's as a token of its own
                if let p = possessive(b, i, end) {
                    emit(i, p, .word)
                    i = p
                }
            case .digit:
                let j = scanNumber(b, i, end)
                emit(i, j, .number)
                i = j
            case .mark:
                emit(i, i + n, .punctuation)
                i += n
            }
        }
    }

    /// What a character starts: nothing (white space), a word, a number or a mark of punctuation.
    private enum Start {
        case space, letter, digit, mark

        @inline(__always)
        init(_ s: Unicode.Scalar) {
            self = UTF8Scanner.isSpace(s) ? .space : UTF8Scanner.isLetter(s) ? .letter : UTF8Scanner.isDigit(s) ? .digit : .mark
        }
    }

    /// `’s` or `'s` followed by a non-letter, at `i`: returns its end.
    private static func possessive(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        guard i < end else { return nil }
        let (a, n) = UTF8Scanner.scalar(b, i, end: end)
        guard let ap = a, UTF8Scanner.isApostrophe(ap), i + n < end, b[i + n] == UInt8(ascii: "s") || b[i + n] == UInt8(ascii: "S") else { return nil }
        let after = i + n + 1
        if after < end, let s = UTF8Scanner.scalar(b, after, end: end).0, UTF8Scanner.isLetter(s) { return nil }
        return after
    }

    private static func scanWord(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var j = start
        var letters = 0
        while j < end {
            // an ASCII letter or digit goes on the word, and ASCII other than an apostrophe, a period or `&` ends it
            let c = b[j]
            if c < 0x80 {
                if isASCIILetter(c) || (c >= 0x30 && c <= 0x39) { j += 1; letters += 1; continue }
                if c != 0x27 && c != 0x2E && c != 0x26 { break }
            }
            let (s0, n) = UTF8Scanner.scalar(b, j, end: end)
            guard let s = s0 else { break }
            if UTF8Scanner.isLetter(s) || UTF8Scanner.isDigit(s) { j += n; letters += 1; continue }
            if UTF8Scanner.isApostrophe(s) {
                // internal apostrophe (don’t, O'Brien) but not a possessive 's
                if possessive(b, j, end) != nil { break }
                if j + n < end, let t = UTF8Scanner.scalar(b, j + n, end: end).0, UTF8Scanner.isLetter(t) { j += n; continue }
                break
            }
            if s == "." && letters == 1 {
                // U.S., U.S.A., a.m.: single letters joined by periods
                var k = j
                while k + 2 < end, b[k] == UInt8(ascii: "."), isASCIILetter(b[k + 1]), b[k + 2] == UInt8(ascii: ".") { k += 2 }
                return k > j ? k + 1 : j
            }
            if s == "&" && j + 1 < end, let t = UTF8Scanner.scalar(b, j + 1, end: end).0, UTF8Scanner.isLetter(t), t.properties.isUppercase {
                j += 1; continue   // AT&T
            }
            break
        }
        return j
    }

    @inline(__always)
    private static func isASCIILetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }

    private static func scanNumber(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var j = start
        while j < end {
            let c = b[j]
            if c >= 0x30 && c <= 0x39 { j += 1; continue }
            if (c == UInt8(ascii: ",") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: "/")
                || c == UInt8(ascii: "-")) && j + 1 < end && b[j + 1] >= 0x30 && b[j + 1] <= 0x39 {
                j += 1; continue
            }
            break
        }
        // ordinals: 1st, 22nd, 3rd, 15th
        if j + 1 < end {
            // compared as bytes, lower-cased (| 0x20 maps only a letter's capital onto a lower-case letter)
            let c0 = b[j] | 0x20, c1 = b[j + 1] | 0x20
            if (c0, c1) == (0x73, 0x74) || (c0, c1) == (0x6E, 0x64) || (c0, c1) == (0x72, 0x64) || (c0, c1) == (0x74, 0x68) {
                let after = j + 2
                if after >= end || !(UTF8Scanner.scalar(b, after, end: end).0.map(UTF8Scanner.isLetter) ?? false) { j = after }
            }
        }
        return j
    }
}
