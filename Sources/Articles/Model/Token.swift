/// One token of an article: a word, a number or a punctuation mark, with its byte span.
public struct Token: Hashable, Sendable {
    /// What kind of token this is.
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    /// The token's text as written.
    public var text: String
    // The span and kind packed into 8 bytes (a token is 24 bytes, not 40): an article has a token for every
    // five or six bytes of text, so the tokens were most of the memory annotation took. Offsets fit in 32 bits
    // (files are at most 32 MiB) and a token's length in 30.
    private var start: UInt32
    private var lengthAndKind: UInt32

    private static let lengthBits: UInt32 = (1 << 30) - 1

    public var span: ByteSpan {
        get { ByteSpan(Int(start), Int(start) + Int(lengthAndKind & Token.lengthBits)) }
        set {
            start = UInt32(clamping: newValue.start)
            lengthAndKind = UInt32(clamping: min(max(0, newValue.end - newValue.start), Int(Token.lengthBits))) | (lengthAndKind & ~Token.lengthBits)
        }
    }

    public var kind: Kind {
        get { Kind(rawValue: UInt8(lengthAndKind >> 30)) ?? .punctuation }
        set { lengthAndKind = (lengthAndKind & Token.lengthBits) | UInt32(newValue.rawValue) << 30 }
    }

    public init(span: ByteSpan, kind: Kind, text: String) {
        self.text = text
        start = 0
        lengthAndKind = 0
        self.span = span
        self.kind = kind
    }

    /// Whether the first letter is upper case (`Microsoft`, `U.S.`, `iOS` counts as capitalised too).
    public var isCapitalized: Bool {
        guard kind == .word, let byte = text.utf8.first else { return false }
        if byte >= 0x41 && byte <= 0x5A { return true }
        if byte < 0x80 && text.utf8.count > 1 {
            // iOS, eBay: a lower-case letter followed by a capital is a name, not a common word
            let second = text.utf8[text.utf8.index(after: text.utf8.startIndex)]
            return byte >= 0x61 && byte <= 0x7A && second >= 0x41 && second <= 0x5A
        }
        guard let first = text.unicodeScalars.first else { return false }
        if first.properties.isUppercase { return true }
        // iOS, eBay: a lower-case letter followed by a capital is a name, not a common word.
        let scalars = Array(text.unicodeScalars.prefix(2))
        return scalars.count == 2 && scalars[1].properties.isUppercase && first.properties.isLowercase
    }

    /// Whether every letter is upper case (`ABC`, `MSFT`, `U.S.`).
    public var isAllCaps: Bool {
        guard kind == .word else { return false }
        // ASCII, the common case, by bytes (the scalar properties are a table lookup each)
        var upper = false, ascii = true
        for c in text.utf8 {
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
