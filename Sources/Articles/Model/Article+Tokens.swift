extension Article {
    /// The tokens of a paragraph's sentences (empty for a paragraph without any).
    func tokenRange(of p: Paragraph) -> Range<Int> {
        guard !p.sentences.isEmpty else { return 0..<0 }
        return sentences[p.sentences.lowerBound].tokens.lowerBound..<sentences[p.sentences.upperBound - 1].tokens.upperBound
    }

    /// The index of the first token that starts at or after `offset` (binary search: tokens are in order).
    func firstToken(atOrAfter offset: Int) -> Int { tokens.countBelow(offset) { $0.span.start } }

    /// The index of the token that starts exactly at `offset`, if one does.
    func token(startingAt offset: Int) -> Int? {
        let k = firstToken(atOrAfter: offset)
        return k < tokens.count && tokens[k].span.start == offset ? k : nil
    }
}
