/// One token of an article: a word, a number or a punctuation mark, with its byte span.
public struct Token: Hashable, Sendable {
    /// What kind of token this is.
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    public var span: ByteSpan
    public var kind: Kind
    /// The token's text as written.
    public var text: String

    public init(span: ByteSpan, kind: Kind, text: String) {
        self.span = span
        self.kind = kind
        self.text = text
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
        var letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            if !s.properties.isUppercase { return false }
            letters += 1
        }
        return letters > 0
    }
}
