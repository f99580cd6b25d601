/// Tells marked phrases that nobody is heard saying from speech, after attribution: a `.direct` quotation
/// becomes `.phrase` when it is a link teaser's words, a paragraph that is only a short unpunctuated quoted line
/// (a pull-quote or subheading), a title or name in Title Case, or a short scare quote mid-sentence.
/// A speaker alone does not make a short marked stretch speech: attribution credits a phrase to the subject of
/// its clause or the nearest name, so a scare quote stays direct only with a verb of saying or naming near it
/// (`called it “rash,” Lee said`), and a title inside a sentence only with the attribution right after it.
/// A teaser's "speaker" is the teaser's words, and is dropped.
public enum PhraseClassifier {
    /// What makes a quotation a phrase, in the order the rules are tried.
    enum Reason: Equatable {
        case teaser, heading, title, scare
    }

    /// Words that open a link to another story when a colon follows them at the start of a paragraph
    /// (`READ MORE: …`, `WATCH: …`, `Related: …`), compared without case. News sites set these between
    /// paragraphs; whatever is marked in the headline after them is the other story's wording, not speech.
    static let teaserOpeners: [[String]] = [
        ["read", "more"], ["read", "also"], ["also", "read"], ["more"], ["see", "also"], ["see", "more"],
        ["related"], ["related", "story"], ["related", "stories"], ["related", "content"], ["related", "video"],
        ["related", "coverage"], ["relevant", "reading"], ["recommended"], ["recommended", "reading"],
        ["further", "reading"], ["more", "coverage"], ["trending"], ["click", "here"],
        ["watch"], ["watch", "above"], ["watch", "below"], ["watch", "live"], ["listen"], ["video"], ["videos"],
        ["photos"], ["gallery"], ["photo", "gallery"],
    ]

    /// Lower-case words that stay lower case inside a title (`Attack the Block`, `Face the Nation`).
    static let titleSmallWords: WordSet = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
        "into", "onto", "upon", "via", "vs", "vs.", "v.", "de", "del", "la", "le", "du", "da", "von", "van", "der",
        "’s", "'s",
    ]

    /// Words near a short phrase that say it is someone's words (`described as “…”`, `what it called “…”`,
    /// `“…,” says …`): such a phrase is kept as a quotation even when attribution found no speaker for it.
    /// Verbs of saying and of naming in their usual forms, not every verb of communication: `predicts` or
    /// `shows` next to a scare quote say nothing about whose words it is.
    static let reportingCues: WordSet = [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "call", "calls", "called", "calling",
        "describe", "describes", "described", "describing", "dub", "dubs", "dubbed", "dubbing", "label", "labels",
        "labelled", "labeled", "labelling", "labeling", "term", "terms", "termed", "brand", "brands", "branded",
        "write", "writes", "wrote", "writing", "written", "state", "states", "stated", "add", "adds", "added",
        "adding", "ask", "asks", "asked", "asking", "reply", "replies", "replied", "repeat", "repeats",
        "repeated", "tweet", "tweets", "tweeted", "post", "posts", "posted", "quote", "quotes", "quoted",
        "according", "warn", "warns", "warned", "warning", "insist", "insists", "insisted", "argue", "argues",
        "argued", "claim", "claims", "claimed", "express", "expresses", "expressed", "expressing", "vow",
        "vows", "vowed", "promise", "promised", "pledge", "pledged", "declare", "declared", "announce",
        "announced", "admit", "admits", "admitted", "concede", "conceded", "recall", "recalls", "recalled",
        "joke", "joked", "quip", "quipped", "complain", "complained", "accuse", "accused", "accusing",
        "criticize", "criticized", "criticise", "criticised", "praise", "praised", "hail", "hailed", "slam",
        "slammed", "condemn", "condemned", "dismiss", "dismissed", "urge", "urged", "explain", "explained",
        "note", "noted", "noting", "conclude", "concludes", "concluded", "testify", "testified", "chant",
        "chanted", "shout", "shouted", "yell", "yelled",
    ]

    /// A scare quote has at most this many words (`“production hell”`, `“previously approved”`); a longer
    /// marked stretch mid-sentence is most often someone's words worked into the sentence.
    static let scareWords = 5
    /// A title or name in Title Case has at most this many words (`“The Kid Who Would Be King”`).
    static let titleWords = 8
    /// A paragraph that is one quoted line of at most this many words and no final punctuation is a heading or a
    /// pull-quote: speech ends with punctuation inside its marks (or, in British style, just after them), a
    /// pull-quote's line usually has none. The bound only keeps a mistyped long paragraph out.
    static let headingWords = 25
    /// How far back in its sentence a phrase looks for a reporting cue, in tokens: a verb that governs the
    /// phrase stands within its clause, and a bound keeps a long sentence of many phrases linear.
    static let cueWindow = 40
    /// How many words after the closing mark may hold a reporting cue (`“…,” says the owner`).
    static let cueWordsAfter = 3

    /// The quotations with those that are phrases given the kind `.phrase` and no speaker; others unchanged.
    public static func classify(_ quotes: [Quote], in a: Article) -> [Quote] {
        var out = quotes
        for i in out.indices where out[i].kind == .direct {
            guard reason(out[i], in: a) != nil else { continue }
            out[i].kind = .phrase
            out[i].speaker = nil
            out[i].speakerKind = nil
            out[i].speakerOrganization = nil
            out[i].speakerMention = nil
        }
        return out
    }

    /// Why a direct quotation is a phrase, or nil when it reads as speech.
    static func reason(_ q: Quote, in a: Article) -> Reason? {
        let tokens = a.tokens
        // the quotation's first token and the one after its last; the marks stand just outside them
        let first = a.firstToken(atOrAfter: q.span.start)
        let end = a.firstToken(atOrAfter: q.span.end)
        guard first > 0, first < end, isMark(tokens[first - 1]),
              let si = a.sentenceIndex(containing: tokens[first - 1].span.start) else { return nil }
        let open = first - 1
        let sentence = a.sentences[si].tokens
        let paragraph = a.paragraphs[a.sentences[si].paragraph]
        let paraTokens = a.tokenRange(of: paragraph)
        let close: Int? = end < paraTokens.upperBound && isMark(tokens[end]) ? end : nil

        if startsWithTeaser(paraTokens, tokens) { return .teaser }
        let last = tokens[end - 1].text
        let words = wordCount(first..<end, tokens, limit: headingWords + 1)
        let finalPunctuation = [".", ",", "!", "?", ";", ":", "…"].contains(last)
        let exclaims = last == "!" || last == "?"
        // a paragraph to itself: only the speaker of the text above, carried over, could be credited
        if open == paraTokens.lowerBound, let c = close, c == paraTokens.upperBound - 1,
           words <= headingWords, !finalPunctuation, q.speaker == nil || q.speakerKind == .continuation {
            return .heading
        }

        guard !exclaims, words <= max(titleWords, scareWords) else { return nil }
        let cuedAfter = hasCueAfter(close ?? end - 1, before: paraTokens.upperBound, tokens)
        let cued = cuedAfter || hasCueBefore(open, from: sentence.lowerBound, tokens)
        let embedded = hasWordBefore(open, from: sentence.lowerBound, tokens)
        // inside a sentence a Title-Case name is the sentence's object (`said on CBS’ “Face the Nation”`), unless
        // the attribution follows it (`… of “Never Again,” said Lee`); opening one, it needs no speaker
        if words <= titleWords, isTitleCase(first..<end, tokens),
           embedded ? q.speaker == nil || !cuedAfter
                    : (q.speaker == nil || !cued) && close.map({ lowerWordFollows($0, before: sentence.upperBound, tokens) }) == true {
            return .title
        }
        if words <= scareWords, embedded, !cued, !afterPossessiveName(open, tokens) { return .scare }
        return nil
    }

    // MARK: - Token tests

    static func isMark(_ t: Token) -> Bool {
        switch t.text {
        case "\u{201C}", "\u{201D}", "\"", "\u{2018}", "\u{2019}", "'": true
        default: false
        }
    }


    /// `READ MORE:` and the other openers, then a colon, as a paragraph's first tokens.
    /// The most words a teaser's label has, and the most bytes (what is longer is no label).
    static let teaserOpenerWords = teaserOpeners.map(\.count).max() ?? 0
    static let teaserOpenerBytes = teaserOpeners.map { $0.joined(separator: " ").utf8.count }.max() ?? 0

    /// Whether a name's words are a teaser's label (`Read More`, `Watch Live`).
    static func isTeaserOpener(_ name: String) -> Bool {
        // (read on the name's bytes in place: asked of every candidate speaker of every article)
        let longest = teaserOpenerBytes
        let ascii: Bool? = WordTable.withBytes(of: name) { bytes in
            // a name of more letters than every label is none, found without splitting it
            var letters = 0
            for c in bytes where c != 0x20 {
                letters += 1
                if letters > longest { return false }
            }
            // an ASCII name (the labels are ASCII) looked up by its bytes: its words joined by one space, folding case
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { key in
                var n = 0
                for c in bytes {
                    if c != 0x20 { key[n] = c; n += 1 } else if n > 0 && key[n - 1] != 0x20 { key[n] = 0x20; n += 1 }
                }
                if n > 0 && key[n - 1] == 0x20 { n -= 1 }
                return joinedTeaserOpeners.contains(foldingASCII: UnsafeBufferPointer(rebasing: key[0..<n]))
            }
        }
        if let ascii { return ascii }
        return teaserOpeners.contains(name.lowercased().splitASCII(0x20).map(String.init))
    }

    /// The labels, their words joined by one space.
    static let joinedTeaserOpeners = WordSet(teaserOpeners.map { $0.joined(separator: " ") })

    static func startsWithTeaser(_ para: Range<Int>, _ tokens: TokenList) -> Bool {
        // a label ends in a colon within its first few tokens: a paragraph without one is passed over at once
        guard para.dropFirst().prefix(teaserOpenerWords).contains(where: { tokens[$0].equals(":") }) else { return false }
        opener: for words in teaserOpeners where para.count > words.count {
            for (j, w) in words.enumerated() where !equalsIgnoringASCIICase(tokens[para.lowerBound + j].text, w) {
                continue opener
            }
            if tokens[para.lowerBound + words.count].equals(":") { return true }
        }
        return false
    }

    /// Words in `range`, a hyphenated or possessive word counted once (`pay-for-success`, `people’s`); stops
    /// counting past `limit`.
    static func wordCount(_ range: Range<Int>, _ tokens: TokenList, limit: Int) -> Int {
        var n = 0
        for k in range where tokens[k].kind != .punctuation {
            if k == range.lowerBound || !glued(k, tokens) { n += 1 }
            if n > limit { break }
        }
        return n
    }

    /// Whether token `k` continues the word before it (no space between, and joined by a hyphen or `’s`).
    static func glued(_ k: Int, _ tokens: TokenList) -> Bool {
        guard k > 0, tokens[k - 1].span.end == tokens[k].span.start else { return false }
        let prev = tokens[k - 1]
        return prev.kind != .punctuation || prev.equals("-") || prev.equals("\u{2010}") || prev.equals("/")
    }

    /// Every word capitalised except small words inside (`Face the Nation`, `Not My Café`); the first capitalised.
    static func isTitleCase(_ range: Range<Int>, _ tokens: TokenList) -> Bool {
        var sawFirst = false
        for k in range where tokens[k].kind == .word {
            let t = tokens[k]
            if !sawFirst {
                guard t.isCapitalized else { return false }
                sawFirst = true
            } else if glued(k, tokens) && tokens[k - 1].kind == .word {
                continue   // the `’s` of a possessive
            } else if !t.isCapitalized && !titleSmallWords.contains(lowercased(t.text)) {
                return false
            }
        }
        return sawFirst
    }

    /// Whether a word or number comes before token `k` in its sentence (the phrase is inside a sentence, not
    /// opening it), and the mark does not follow a colon (`Her answer: “Never”` introduces speech).
    static func hasWordBefore(_ k: Int, from start: Int, _ tokens: TokenList) -> Bool {
        guard k > start, tokens[k - 1].text != ":" else { return false }
        var j = k - 1
        while j >= start && k - j <= cueWindow {
            if tokens[j].kind != .punctuation { return true }
            j -= 1
        }
        return false
    }

    /// `the tag “Not My Café” spread`: a lower-case word right after the closing mark, so the marked words are
    /// a noun in the sentence rather than a sentence of their own.
    static func lowerWordFollows(_ close: Int, before end: Int, _ tokens: TokenList) -> Bool {
        close + 1 < end && tokens[close + 1].kind == .word && !tokens[close + 1].isCapitalized
    }

    /// `Musk’s “production hell”`: a named possessor right before the mark owns the wording, so it is that
    /// person's words, not the writer's scare quote.
    static func afterPossessiveName(_ open: Int, _ tokens: TokenList) -> Bool {
        guard open >= 2 else { return false }
        let s = tokens[open - 1], name = tokens[open - 2]
        return (s.equals("\u{2019}s") || s.equals("'s")) && glued(open - 1, tokens) && name.isCapitalized
    }

    static func hasCueBefore(_ k: Int, from start: Int, _ tokens: TokenList) -> Bool {
        var j = k - 1
        while j >= start && k - j <= cueWindow {
            if isCue(j, tokens) { return true }
            j -= 1
        }
        return false
    }

    /// A reporting cue on its own, not the end of a compound: `so-called` and `self-described` are how the
    /// writer keeps a term at a distance, the opposite of crediting it to anyone.
    static func isCue(_ k: Int, _ tokens: TokenList) -> Bool {
        tokens[k].kind == .word && !(glued(k, tokens) && tokens[k - 1].kind == .punctuation)
            && reportingCues.contains(lowercased(tokens[k].text))
    }

    static func hasCueAfter(_ close: Int, before end: Int, _ tokens: TokenList) -> Bool {
        var j = close + 1, words = 0
        // at most `cueWindow` tokens too: a paragraph of marks with no words between them (thousands of `"“”'`)
        // was read to its end after each of its quotations
        while j < end && words < cueWordsAfter && j - close <= cueWindow {
            let t = tokens[j]
            if t.equals(".") || t.equals("!") || t.equals("?") { return false }
            if t.kind == .word {
                if isCue(j, tokens) { return true }
                words += 1
            }
            j += 1
        }
        return false
    }

    // MARK: - Case

    /// ASCII letters lower-cased by bytes; other text unchanged (every word in the tables is ASCII).
    static func lowercased(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return s }
        return String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    static func equalsIgnoringASCIICase(_ s: String, _ lower: String) -> Bool {
        s.utf8.count == lower.utf8.count && zip(s.utf8, lower.utf8).allSatisfy { a, b in (a >= 0x41 && a <= 0x5A ? a | 0x20 : a) == b }
    }
}
