/// One token of an article: a word, a number or a punctuation mark, with its byte span.
///
/// A token is a view into its article's bytes: the article keeps only the span and kind of each (8 bytes, in
/// `TokenList`), and the text is decoded from the bytes when asked for.
public struct Token: Sendable {
    /// What kind of token this is.
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    /// The article's bytes, shared with it (not a copy).
    let bytes: [UInt8]
    let packed: PackedToken

    init(bytes: [UInt8], packed: PackedToken) {
        self.bytes = bytes
        self.packed = packed
    }

    /// Where the token is in the article's bytes.
    public var span: ByteSpan { packed.span }
    /// Word, number or punctuation.
    public var kind: Kind { packed.kind }

    /// Whether `next` starts where this token ends, with nothing between them (`Jean-Luc`, `US$5`, `third-quarter`).
    public func touches(_ next: Token) -> Bool { span.end == next.span.start }

    /// The token's text as written, with invalid bytes shown as U+FFFD.
    public var text: String {
        let s = packed.start, e = s + packed.length
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    /// The token's text in lower case; ASCII is mapped by bytes, without decoding the token first.
    public var lower: String {
        let n = packed.length, s = packed.start
        guard n <= 15 else { return text.lowercased() }
        var ascii = true
        for i in s..<(s + n) where bytes[i] >= 0x80 { ascii = false; break }
        guard ascii || Token.caselessBeyondASCII(bytes, s..<(s + n)) else { return text.lowercased() }
        // at most 15 bytes, ASCII but for marks that have no case: a small string, made without an allocation
        return String(unsafeUninitializedCapacity: n) { out in
            for i in 0..<n {
                let c = bytes[s + i]
                out[i] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            }
            return n
        }
    }

    /// Whether every character of `bytes[range]` beyond ASCII lies in U+2000–U+20BF (typographic quotes and
    /// apostrophes, dashes, ellipses, super- and subscripts, currency signs), none of which has a lower case of its
    /// own: `Don’t`, `—`, `“` in lower case are their ASCII letters folded, the rest as written, and the Unicode
    /// lower-casing, ten times the work, need not be asked.
    static func caselessBeyondASCII(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let c = bytes[i]
            if c < 0x80 { i += 1; continue }
            guard c == 0xE2, i + 2 < range.upperBound, bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x82,
                  bytes[i + 2] & 0xC0 == 0x80 else { return false }
            i += 3
        }
        return true
    }

    /// The token's bytes as written.
    public var utf8: ArraySlice<UInt8> { bytes[packed.start..<(packed.start + packed.length)] }

    /// Calls `body` with the token's bytes as written, in place.
    @inline(__always)
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let s = packed.start, e = s + packed.length
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[s..<e])) }
    }

    /// Whether the token is exactly `word` (compared as bytes, without decoding the token).
    public func equals(_ word: StaticString) -> Bool {
        let n = packed.length
        guard n == word.utf8CodeUnitCount else { return false }
        let s = packed.start
        return word.withUTF8Buffer { w in
            for i in 0..<n where bytes[s + i] != w[i] { return false }
            return true
        }
    }

    /// Whether the token in lower case is exactly `word` (ASCII folded as bytes; other tokens are lower-cased as
    /// strings first, as `lower` does).
    public func lowerEquals(_ word: StaticString) -> Bool {
        let n = packed.length, s = packed.start
        for i in s..<(s + n) where bytes[i] >= 0x80 {
            // Of the letters outside ASCII only the Kelvin sign (E2 84 AA) lower-cases into ASCII (`k`): a token with
            // none of it is never an ASCII word in lower case, whatever else it holds (curly apostrophes, accents),
            // and its lower case need not be made to say so.
            let ascii = word.withUTF8Buffer { !$0.contains { $0 >= 0x80 } }
            if ascii && !(i..<(s + n)).contains(where: { bytes[$0] == 0xE2 && $0 + 2 < s + n && bytes[$0 + 1] == 0x84 && bytes[$0 + 2] == 0xAA }) {
                return false
            }
            return lower.hasBytes(of: word)
        }
        guard n == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { w in
            for i in 0..<n {
                let c = bytes[s + i]
                if (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != w[i] { return false }
            }
            return true
        }
    }

    /// Whether the first letter is upper case (`Microsoft`, `U.S.`, `iOS` counts as capitalised too).
    public var isCapitalized: Bool {
        guard kind == .word, packed.length > 0 else { return false }
        let s = packed.start
        let byte = bytes[s]
        if byte >= 0x41 && byte <= 0x5A { return true }
        if byte < 0x80 {
            // iOS, eBay: a lower-case letter followed by a capital is a name, not a common word
            guard packed.length > 1 else { return false }
            let second = bytes[s + 1]
            return byte >= 0x61 && byte <= 0x7A && second >= 0x41 && second <= 0x5A
        }
        let text = self.text
        guard let first = text.unicodeScalars.first else { return false }
        if first.properties.isUppercase { return true }
        let scalars = Array(text.unicodeScalars.prefix(2))
        return scalars.count == 2 && scalars[1].properties.isUppercase && first.properties.isLowercase
    }

    /// Whether every letter is upper case (`ABC`, `MSFT`, `U.S.`).
    public var isAllCaps: Bool {
        guard kind == .word else { return false }
        // ASCII, the common case, by bytes (the scalar properties are a table lookup each)
        var upper = false, ascii = true
        for c in utf8 {
            if c >= 0x80 { ascii = false; break }
            if c >= 0x61 && c <= 0x7A { return false }
            if c >= 0x41 && c <= 0x5A { upper = true }
        }
        if ascii { return upper }
        var letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            if !s.properties.isUppercase { return false }
            letters += 1
        }
        return letters > 0
    }
}

extension Token: Equatable {
    /// Two tokens are the same when they cover the same bytes as the same kind (of the same article).
    public static func == (a: Token, b: Token) -> Bool { a.packed == b.packed }
}

/// A token's span and kind packed into 8 bytes: an article has a token for every five or six bytes of text, so
/// the tokens were most of the memory annotation took (24 bytes each while each kept its text as a `String`).
/// Offsets fit in 32 bits (files are at most 32 MiB) and a token's length in 30.
struct PackedToken: Hashable, Sendable {
    private var startOffset: UInt32
    private var lengthAndKind: UInt32

    private static let lengthBits: UInt32 = (1 << 30) - 1

    init(span: ByteSpan, kind: Token.Kind) {
        startOffset = UInt32(clamping: span.start)
        let length = UInt32(clamping: min(max(0, span.end - span.start), Int(PackedToken.lengthBits)))
        lengthAndKind = length | UInt32(kind.rawValue) << 30
    }

    var start: Int { Int(startOffset) }
    var length: Int { Int(lengthAndKind & PackedToken.lengthBits) }
    var span: ByteSpan { ByteSpan(start, start + length) }
    var kind: Token.Kind { Token.Kind(rawValue: UInt8(lengthAndKind >> 30)) ?? .punctuation }
}

/// An article's tokens in order: their spans and kinds, read as `Token`s over the article's bytes.
public struct TokenList: RandomAccessCollection, Sendable {
    /// The bytes the spans point into (the article's, shared).
    public let bytes: [UInt8]
    private var packed: [PackedToken]

    /// No tokens yet, over `bytes`.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        packed = []
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { packed.count }

    public subscript(position: Int) -> Token { Token(bytes: bytes, packed: packed[position]) }

    /// Adds a token covering `span`.
    public mutating func append(span: ByteSpan, kind: Token.Kind) {
        packed.append(PackedToken(span: span, kind: kind))
    }

    /// Makes room for `n` tokens in all, so the array is allocated once at its size.
    public mutating func reserveCapacity(_ n: Int) { packed.reserveCapacity(n) }

    /// Drops the room beyond the tokens when it is more than an eighth of them (an article keeps its tokens while
    /// it is shown).
    public mutating func trimSpareCapacity() { packed = packed.withoutSpareCapacity() }
}
