extension StringProtocol {
    /// The pieces between `separator` bytes (an ASCII character), as `split(separator:)` gives them, but split on
    /// the bytes: a split on `Character` reads every grapheme cluster of the text to find the spaces, and names,
    /// dates and values are split that way many times an article.
    func splitASCII(_ separator: UInt8, maxSplits: Int = .max, omittingEmpty: Bool = true) -> [Substring] {
        let s = Substring(self)
        return s.utf8.split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmpty).map { Substring($0) }
    }
}

extension StringProtocol {
    /// The text on one line: every run of white space (line breaks too) as one space, none at either end.
    public var onOneLine: String { split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
}
