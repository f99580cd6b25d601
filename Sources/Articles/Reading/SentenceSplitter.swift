/// Finds sentence boundaries among a paragraph's tokens.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quote marks or brackets after it) when the next
/// token starts a sentence; abbreviations such as `Mr.`, `Sept.` or `Inc.` and initials do not end one.
enum SentenceSplitter {
    /// Abbreviations that take a period and do not end a sentence (lower case, without the period).
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "st", "jr", "sr",
        "inc", "corp", "co", "ltd", "vs", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept",
        "sep", "oct", "nov", "dec", "rev", "hon", "mt", "ft", "fig", "approx", "dept", "est", "etc", "al", "gov",
        "pres", "supt", "adm", "cmdr", "maj", "messrs",
    ]
    /// Words that commonly open a sentence, used after a dotted abbreviation (`… in the U.S. The company …`).
    static let openers: WordSet = [
        "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "but", "and",
        "in", "on", "at", "for", "his", "her", "their", "its", "our", "there", "as", "after", "before", "when",
        "while", "if", "some", "many", "most", "other", "others", "one", "two", "meanwhile", "however", "still",
    ]

    static let closers: WordSet = ["\u{201D}", "\u{2019}", "\"", "'", ")", "]"]
    static let openersPunct: WordSet = ["\u{201C}", "\u{2018}", "\"", "'", "(", "["]

    /// Token index ranges of the sentences in `tokens[range]`.
    static func split(_ tokens: TokenList, _ range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = range.lowerBound
        while start < range.upperBound {
            let end = sentenceEnd(tokens, from: start, in: range)
            out.append(start..<end)
            start = end
        }
        return out
    }

    /// The first sentence in `tokens[range]`, if there are any tokens: without building the list of all of them
    /// (a derived title needs only this, before the first screen, where an array of ranges is a type the runtime
    /// must first set up).
    static func first(_ tokens: TokenList, _ range: Range<Int>) -> Range<Int>? {
        range.isEmpty ? nil : range.lowerBound..<sentenceEnd(tokens, from: range.lowerBound, in: range)
    }

    /// The most tokens a sentence has. The longest sentences of news run to a hundred-odd tokens and a list
    /// set as one (a chart's legend) to a few hundred; text with no sentence end at all (a paragraph of megabytes
    /// without a period) is cut into pieces of this size, so that every later stage, which works a sentence
    /// at a time, does bounded work per piece, and a timeline event quotes a piece rather than megabytes.
    static let maxTokens = 500

    /// Tokens that a sentence cut at `maxTokens` prefers to end after, in its second half.
    static let pauses: WordSet = [",", ";", ":", "\u{2014}", "\u{2013}"]

    /// Where the sentence that starts at token `start` ends (exclusive): after its final punctuation and any
    /// closing marks, or at the end of `range`, or after at most `maxTokens` tokens.
    private static func sentenceEnd(_ tokens: TokenList, from start: Int, in range: Range<Int>) -> Int {
        let limit = start + maxTokens
        if let end = naturalEnd(tokens, from: start, before: min(limit, range.upperBound), in: range) { return end }
        guard limit < range.upperBound else { return range.upperBound }
        // no end within `maxTokens`: after the last pause in the second half, else at the limit
        var k = limit - 1
        while k >= start + maxTokens / 2 {
            if tokens[k].kind == .punctuation && pauses.contains(tokens[k]) { return k + 1 }
            k -= 1
        }
        return limit
    }

    /// Where the sentence that starts at token `start` ends (exclusive), if its final punctuation comes before
    /// token `limit`: after that punctuation and any closing marks. `range` is the paragraph's.
    private static func naturalEnd(_ tokens: TokenList, from start: Int, before limit: Int, in range: Range<Int>) -> Int? {
        var i = start
        while i < limit {
            let t = tokens[i]
            var last = i
            if t.kind == .punctuation && (t.equals(".") || t.equals("!") || t.equals("?")) {
                while last + 1 < range.upperBound && closers.contains(tokens[last + 1])
                        && tokens[last + 1].span.start == tokens[last].span.end { last += 1 }
                // a period with a word right after it, no space between, is inside a name (`e.GO`, `Amazon.com`)
                let glued = last == i && last + 1 < range.upperBound && tokens[last + 1].span.start == t.span.end
                    && tokens[last + 1].kind == .word
                if last + 1 < range.upperBound && startsSentence(tokens[last + 1]) && !glued
                    && (!t.equals(".") || !isAbbreviation(tokens, i, range.lowerBound)) {
                    return last + 1
                }
            } else if t.kind == .word && t.utf8.last == 0x2E && t.text.count > 2 && i + 1 < range.upperBound {
                // (the final period read on the bytes: every word of every sentence is asked)
                // a dotted abbreviation at the end of a sentence: U.S. The …
                let next = tokens[i + 1]
                if next.kind == .word && next.isCapitalized && openers.contains(lowerOf: next) { return last + 1 }
            }
            i += 1
        }
        return nil
    }

    private static func startsSentence(_ t: Token) -> Bool {
        switch t.kind {
        case .word: return t.isCapitalized
        case .number: return true
        // not a dash: after a period it follows a dateline's abbreviation (`ERIE, Pa. — Freezing rain …`)
        case .punctuation: return openersPunct.contains(t)
        }
    }

    private static func isAbbreviation(_ tokens: TokenList, _ dot: Int, _ lower: Int) -> Bool {
        guard dot > lower else { return false }
        let prev = tokens[dot - 1]
        guard prev.kind == .word, prev.span.end == tokens[dot].span.start else { return false }
        let lower = prev.lower
        if abbreviations.contains(lower) { return true }
        // an initial: J. or J
        if prev.text.unicodeScalars.count == 1 && prev.isCapitalized { return true }
        return false
    }
}
