/// Finds named entities in an article: runs of capitalised words, split at titles and calendar words,
/// trimmed of sentence-initial common words, then typed from word lists and context.
///
/// Canonical names are left provisional here; `EntityCanonicalizer` makes them consistent across a corpus.
public struct EntityRecognizer: Sendable {
    public let lexicon: Lexicon
    /// Capitalised words seen as parts of names mid-sentence somewhere in the corpus: a sentence-initial
    /// `Trump` or a title-case `China` counts as a name only when it is one of these.
    public var knownNameWords: Set<String>

    public init(lexicon: Lexicon, knownNameWords: Set<String> = []) {
        self.lexicon = lexicon
        self.knownNameWords = knownNameWords
    }

    static let connectors: WordSet = ["of", "for", "de", "del", "la", "van", "von", "der", "bin", "al", "du"]
    /// Lower-case particles inside personal names.
    static let particles: WordSet = ["von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "ter"]
    static let alwaysDrop: WordSet = ["i", "i’m", "i'm", "i’ve", "i'd", "i’d", "i’ll", "ok", "okay", "mr", "mrs", "ms", "dr",
                                          "internet", "web", "god", "mom", "dad"]
    /// Words that open a sentence before a name without being part of it.
    static let leadIns: WordSet = [
        "the", "a", "an", "many", "several", "some", "all", "most", "both", "each", "every", "few", "other", "such", "these", "those",
        "this", "that", "its", "their", "his", "her", "our", "my", "your", "another", "any", "no", "if", "when", "while",
        "after", "before", "but", "and", "as", "at", "in", "on", "for", "from", "with", "by", "of", "to", "under", "over",
        "since", "until", "unlike", "like", "despite", "although", "though", "because", "so", "yet", "then", "now",
        "also", "even", "still", "only", "meanwhile", "former", "current", "top", "senior",
    ]
    /// Abbreviations of common nouns, written in capitals but naming no one (`AI`, `GDP`, `IPO`).
    static let genericAbbreviations: WordSet = [
        "ai", "agi", "gdp", "ipo", "ipos", "etf", "etfs", "ev", "evs", "cpi", "pc", "pcs", "dna", "rna", "vpn", "ar", "vr",
        "ok", "tv", "atm", "suv", "suvs", "gps", "lgbt", "lgbtq", "diy", "pr", "hr", "it", "ufo", "ceo", "cfo", "coo", "cto",
    ]
    /// Diseases and the like: names, but of no person, organisation or place.
    static let miscNames: WordSet = ["covid", "covid-19", "coronavirus", "ebola", "sars", "mers", "hiv", "aids", "zika", "mpox"]
    static let initialTriggers: WordSet = ["\u{201C}", "\u{2018}", "\"", "'", "(", "[", ":", "\u{2014}", "\u{2013}", "-", "--", ";"]

    /// A recognised mention, before canonicalisation.
    struct Candidate {
        var tokens: Range<Int>
        var type: EntityType
        var canonical: String
        var personHint: Bool
        /// Typed by default, with no evidence (two unknown words → person, anything else → organisation).
        var typedByDefault = false
    }

    /// Entities of an article, in text order, with provisional canonical names.
    public func recognize(_ article: Article) -> [Entity] { recognize(article, paragraphs: article.paragraphs.indices) }

    /// The entities of some of an article's paragraphs, in text order (sentences are independent of each other
    /// here: a long article is recognised in pieces, on several cores, and the pieces joined).
    public func recognize(_ article: Article, paragraphs: Range<Int>) -> [Entity] {
        recognize(article, paragraphs: paragraphs) { s, p in
            candidates(article, article.sentences[s].tokens, titleCase: p.role == .title || p.role == .subheading, byline: p.role == .byline)
        }
    }

    /// The entities of some of an article's paragraphs with the name words learned from those same paragraphs
    /// (`knownNameWords` is replaced by them): both passes of an article that is one piece, in one walk. Each
    /// sentence's candidates are found once, while learning; they are found again only where a word they looked
    /// up among the known name words turned out to be one.
    /// Same result as `recognize` with `knownNameWords = confidentNameWords(article, paragraphs:)`.
    public func recognizeLearning(_ article: Article, paragraphs: Range<Int>) -> [Entity] {
        var learner = self
        learner.knownNameWords = []
        var found: [(candidates: [Candidate], consulted: [String])?] = Array(repeating: nil, count: article.sentences.count)
        let words = learner.confidentNameWords(article, paragraphs: paragraphs) { s, candidates, consulted in
            found[s] = (candidates, consulted)
        }
        var r = self
        r.knownNameWords = words
        return r.recognize(article, paragraphs: paragraphs) { s, p in
            if let f = found[s], !f.consulted.contains(where: { words.contains($0) }) { return f.candidates }
            return r.candidates(article, article.sentences[s].tokens, titleCase: p.role == .title || p.role == .subheading, byline: p.role == .byline)
        }
    }

    /// `recognize` over candidates given per sentence (by its index and its paragraph).
    private func recognize(_ article: Article, paragraphs: Range<Int>, candidatesOf: (Int, Paragraph) -> [Candidate]) -> [Entity] {
        // Gathered in chunks and joined once at the end at the exact size: one array grown by doubling, then
        // copied to its size, held three times the entities of a long article at once.
        var chunks: [[Entity]] = []
        var chunk: [Entity] = []
        var sentence: [Entity] = []
        for p in article.paragraphs[paragraphs] where p.role != .header {
            for s in p.sentences {
                let tokens = article.sentences[s].tokens
                // a subheading is capitalised like a title: its capitals are read as a title's
                for c in candidatesOf(s, p) {
                    let span = ByteSpan(article.tokens[c.tokens.lowerBound].span.start, article.tokens[c.tokens.upperBound - 1].span.end)
                    var e = Entity(span: span, text: article.text(span), type: c.type, canonical: c.canonical)
                    e.typedByDefault = c.typedByDefault
                    sentence.append(e)
                }
                sentence += numericEntities(article, tokens)
                // ordered a sentence at a time: each sentence's names lie inside it and the sentences come in
                // text order, so the whole is ordered without sorting a copy of every entity of the article
                sentence.sort { $0.span < $1.span }
                // a capitalised word inside an amount (`5 per Cent`, `$5 Billion`) is part of the amount: one
                // mention, not two overlapping ones
                // (moved by swapping, not copied: the ones left over past `kept` are dropped)
                var kept = 0
                for i in sentence.indices {
                    if kept > 0, sentence[kept - 1].span.overlaps(sentence[i].span) {
                        if EntityRecognizer.isAmount(sentence[i]) && !EntityRecognizer.isAmount(sentence[kept - 1]) { sentence.swapAt(kept - 1, i) }
                        continue
                    }
                    if kept != i { sentence.swapAt(kept, i) }
                    kept += 1
                }
                sentence.removeLast(sentence.count - kept)
                chunk += sentence
                sentence.removeAll(keepingCapacity: true)
                if chunk.count >= EntityRecognizer.chunkSize {
                    chunks.append(chunk)
                    chunk = []
                }
            }
        }
        chunks.append(chunk)
        var out: [Entity] = []
        if chunks.count == 1 {
            // one chunk, as most articles are: the chunk itself, copied only to drop much spare room (an article
            // keeps its names while it is shown)
            out = chunks.removeLast().withoutSpareCapacity()
        } else {
            out.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
            for i in chunks.indices {
                out += chunks[i]
                chunks[i] = []
            }
        }
        // (compared in place: pairs zipped from the array were copies of both entities)
        if out.indices.dropFirst().contains(where: { out[$0].span < out[$0 - 1].span }) { out.sort { $0.span < $1.span } }
        return out
    }

    /// How many entities `recognize` gathers in one piece before starting the next.
    static let chunkSize = 4096

    /// Name words seen mid-sentence (not in a title, not sentence-initial) in an article's entities.
    public func confidentNameWords(_ article: Article) -> Set<String> {
        confidentNameWords(article, paragraphs: article.paragraphs.indices)
    }

    /// The name words of some of an article's paragraphs (the article's are the union of its pieces').
    public func confidentNameWords(_ article: Article, paragraphs: Range<Int>) -> Set<String> {
        confidentNameWords(article, paragraphs: paragraphs) { _, _, _ in }
    }

    /// `confidentNameWords`, handing each sentence's candidates to `seen` (with the words they looked up among
    /// the known name words) as they are found.
    private func confidentNameWords(_ article: Article, paragraphs: Range<Int>,
                                    seen: (Int, [Candidate], [String]) -> Void) -> Set<String> {
        // (gathered in an array, the set made once at its size: grown a word at a time, it rehashed every word at
        // each doubling)
        var words: [String] = []
        for p in article.paragraphs[paragraphs] where p.role == .body || p.role == .caption || p.role == .bio {
            for s in p.sentences {
                let r = article.sentences[s].tokens
                let first = firstWord(article, r)   // once a sentence, not once a name in it
                var consulted: [String] = []
                let found = candidates(article, r, titleCase: false, byline: false, consulted: &consulted)
                seen(s, found, consulted)
                for c in found
                where c.tokens.lowerBound != first || (c.tokens.count > 2 && spelledByAcronym(article, Array(c.tokens), range: r)) {
                    for k in c.tokens where article.tokens[k].kind == .word { words.append(article.tokens[k].text) }
                }
            }
        }
        return Set(words)
    }

    private func firstWord(_ a: Article, _ r: Range<Int>) -> Int {
        r.first { a.tokens[$0].kind == .word } ?? r.lowerBound
    }

    // MARK: - Runs

    func isNameToken(_ t: Token) -> Bool {
        guard t.kind == .word, t.isCapitalized else { return false }
        if EntityRecognizer.alwaysDrop.contains(lowerOf: t) { return false }
        if isContraction(t) { return false }
        return true
    }

    static let contractionSuffixes: [[UInt8]] = ["n't", "'re", "'ll", "'ve", "'d", "'m", "n’t", "’re", "’ll", "’ve", "’d", "’m"].map { Array($0.utf8) }

    /// don’t, we're, I’ll: the token in lower case ends in a contraction, compared on its bytes (the suffixes are
    /// ASCII letters and apostrophes: folding ASCII capitals is all the lower-casing they need).
    func isContraction(_ t: Token) -> Bool {
        t.withBytes { b in
            guard b.contains(0x27) || b.contains(0xE2) else { return false }
            return EntityRecognizer.contractionSuffixes.contains { suf in
                guard b.count > suf.count else { return false }
                let from = b.count - suf.count
                for k in 0..<suf.count {
                    var c = b[from + k]
                    if c >= 0x41 && c <= 0x5A { c |= 0x20 }
                    if c != suf[k] { return false }
                }
                return true
            }
        }
    }

    func isCommon(_ t: Token) -> Bool {
        if t.isAllCaps && t.text.count > 1 { return false }
        return lexicon.commonWords.contains(lowerOf: t) || isContraction(t) || EntityRecognizer.alwaysDrop.contains(lowerOf: t)
    }

    /// `Automakers`, `Dockworkers`, `Policymakers`: two common words, the second naming who does something, that
    /// the word list lacks as one. Used only where a capital comes from the word's position, since a surname can
    /// be built the same way (`Shoemaker`) and is then known from its other mentions.
    func isCompoundOfCommon(_ t: Token) -> Bool {
        guard !t.isAllCaps else { return false }
        let u = Array(t.lower.utf8)
        guard u.count >= 8 else { return false }
        for cut in 3...(u.count - 5) {
            let tail = String(decoding: u[cut...], as: UTF8.self)
            guard tail.hasSuffix("er") || tail.hasSuffix("ers") else { continue }
            if lexicon.commonWords.contains(String(decoding: u[..<cut], as: UTF8.self)) && lexicon.commonWords.contains(tail) { return true }
        }
        return false
    }

    func candidates(_ a: Article, _ range: Range<Int>, titleCase: Bool, byline: Bool) -> [Candidate] {
        var consulted: [String] = []
        return candidates(a, range, titleCase: titleCase, byline: byline, consulted: &consulted)
    }

    /// The candidates of a sentence; `consulted` gets every word looked up among `knownNameWords` on the way
    /// (the candidates can differ with other known words only if one of these is among them).
    func candidates(_ a: Article, _ range: Range<Int>, titleCase: Bool, byline: Bool, consulted: inout [String]) -> [Candidate] {
        let tokens = a.tokens
        // a headline in capitals (`EU AGREES NEW RULES ON AI SAFETY`): its capitals say nothing of names
        // (`CapitalsReader` looks its words up among the article's names instead)
        if CapitalsReader.isCapitalsLine(a.tokens, range) { return [] }
        // which tokens open a sentence or a quotation: their capital letter says nothing
        // (a few a sentence, found in order: an array, not a set hashed for each)
        var initial: [Int] = []
        // (room for a few at once: grown from empty an array is allocated again at its first, second and fourth
        // element, and a sentence has a few of these, its runs and their words)
        initial.reserveCapacity(4)
        var expectInitial = true
        for k in range {
            let t = tokens[k]
            if t.kind == .word {
                if expectInitial { initial.append(k) }
                expectInitial = false
            } else if t.kind == .number {
                expectInitial = false
            } else if EntityRecognizer.initialTriggers.contains(t) {
                // Airbus' Delivery Center: an apostrophe touching a word ending in s is a possessive, not a quotation mark
                let possessive = (t.equals("'") || t.equals("\u{2019}")) && k > range.lowerBound && tokens[k - 1].kind == .word
                    && tokens[k - 1].touches(t) && tokens[k - 1].text.hasSuffix("s")
                if !possessive { expectInitial = true }
            }
        }
        // maximal runs of name tokens, with initials (J, J.), `&` and connectors inside
        var runs: [[Int]] = []
        var current: [Int] = []
        var k = range.lowerBound
        // whether the run so far holds a connector, and whether all its words are common, kept up as it grows
        // (`seen…` of its tokens looked at): asked of the whole run at each `and`, a long run took its square
        var seenForConnector = 0, hasConnector = false, seenForCommon = 0, allCommon = true
        func flush() {
            if !current.isEmpty {
                if runs.isEmpty { runs.reserveCapacity(4) }
                runs.append(current)
                current = []
            }
            seenForConnector = 0; hasConnector = false; seenForCommon = 0; allCommon = true
        }
        func runHasConnector() -> Bool {
            while seenForConnector < current.count {
                if EntityRecognizer.connectors.contains(tokens[current[seenForConnector]]) { hasConnector = true }
                seenForConnector += 1
            }
            return hasConnector
        }
        func runAllCommon() -> Bool {
            while allCommon && seenForCommon < current.count {
                let t = tokens[current[seenForCommon]]
                if t.kind == .word && !isCommon(t) { allCommon = false }
                seenForCommon += 1
            }
            return allCommon
        }
        while k < range.upperBound {
            let t = tokens[k]
            if isNameToken(t) {
                if CalendarWords.fullWeekdays.contains(lowerOf: t) || TimexRecognizer.holidays[lowerOf: t] != nil { flush(); k += 1; continue }
                if CalendarWords.monthWords.contains(lowerOf: t) {
                    // a month is part of a name only beside another name word (Theresa May)
                    let nextName = k + 1 < range.upperBound && isNameToken(tokens[k + 1]) && adjacent(tokens[k], tokens[k + 1])
                    if !(current.count > 0 && lexicon.firstNames.contains(lowerOf: tokens[current.last!])) && !nextName {
                        flush(); k += 1; continue
                    }
                }
                if current.isEmpty { current.reserveCapacity(4) }
                current.append(k)
                // a period after an initial or a title abbreviation stays in the run
                if k + 1 < range.upperBound, tokens[k + 1].equals("."), adjacent(t, tokens[k + 1]),
                   k + 2 < range.upperBound, isNameToken(tokens[k + 2]),
                   t.text.unicodeScalars.count == 1 || SentenceSplitter.abbreviations.contains(lowerOf: t) {
                    current.append(k + 1)
                    k += 2
                    continue
                }
                k += 1
                continue
            }
            if !current.isEmpty, k + 1 < range.upperBound {
                // Jean-Luc, Rolls-Royce: a hyphen between two capitalised words with no spaces
                // (touching both: `Rovers - Threlfall`, spaced, is a dash between two names)
                if t.equals("-"), tokens[k - 1].touches(t), t.touches(tokens[k + 1]), isNameToken(tokens[k + 1]) {
                    current.append(k); k += 1; continue
                }
                // von der Leyen, van Gogh, bin Salman: name particles between capitalised words
                if EntityRecognizer.particles.contains(t) {
                    var j = k
                    while j < range.upperBound && EntityRecognizer.particles.contains(tokens[j]) && j - k < 3 { j += 1 }
                    if j < range.upperBound && isNameToken(tokens[j]) && !lexicon.orgWords.contains(lowerOf: tokens[current.last!]) {
                        current.append(contentsOf: k..<j); k = j; continue
                    }
                }
                // & between names: Information Technology & Innovation Foundation
                if t.equals("&") && isNameToken(tokens[k + 1]) { current.append(k); k += 1; continue }
                // and between common words ending in an institution: Securities and Exchange Commission,
                // or after "X of/for Y": Centers for Disease Control and Prevention
                let afterConnector = runHasConnector()
                if t.equals("and"), afterConnector, k + 1 < range.upperBound, isNameToken(tokens[k + 1]), isCommon(tokens[k + 1]) {
                    var j = k + 1
                    while j < range.upperBound && isNameToken(tokens[j]) && isCommon(tokens[j]) && j - k <= 2 { j += 1 }
                    current.append(contentsOf: k..<j)
                    k = j
                    continue
                }
                if t.equals("and"), runAllCommon(),
                   let last = current.last, !lexicon.orgWords.contains(lowerOf: tokens[last]) {
                    var j = k + 1
                    while j < range.upperBound && isNameToken(tokens[j]) && j - k <= 3 { j += 1 }
                    if j > k + 1, lexicon.orgWords.contains(lowerOf: tokens[j - 1]) {
                        current.append(contentsOf: k..<j)
                        k = j
                        continue
                    }
                }
                // of/for after an institutional head: Communist Party of China, Bank of the West
                if EntityRecognizer.connectors.contains(t), let last = current.last,
                   lexicon.orgWords.contains(lowerOf: tokens[last]) || EntityRecognizer.stateHeads.contains(lowerOf: tokens[last]) {
                    var j = k + 1
                    if j < range.upperBound && tokens[j].equals("the") { j += 1 }
                    if j < range.upperBound && isNameToken(tokens[j]) && !CalendarWords.isCalendarWord(tokens[j].lower) {
                        current.append(contentsOf: k..<j)
                        k = j
                        continue
                    }
                }
            }
            flush()
            k += 1
        }
        flush()

        var out: [Candidate] = []
        for run in runs {
            let found = classify(a, run, range: range, initial: initial, titleCase: titleCase, byline: byline, consulted: &consulted)
            // (the first run's candidates taken as they are: appended to an empty array they were copied)
            if out.isEmpty { out = found } else { out += found }
        }
        out = withoutSpelledTerms(a, range, out)
        let tickers = parenthesizedTickers(a, range, after: out)
        guard !tickers.isEmpty else { return out }
        out.removeAll { c in tickers.contains { $0.tokens == c.tokens } }
        return out + tickers
    }

    private func adjacent(_ a: Token, _ b: Token) -> Bool { b.span.start - a.span.end <= 1 }

    // MARK: - Classification

    /// Whether `t` is among the known name words, noting that it was asked.
    private func isKnownNameWord(_ t: Token, _ consulted: inout [String]) -> Bool {
        let text = t.text
        consulted.append(text)
        return knownNameWords.contains(text)
    }

    func classify(_ a: Article, _ run: [Int], range: Range<Int>, initial: [Int], titleCase: Bool, byline: Bool,
                  consulted: inout [String]) -> [Candidate] {
        let tokens = a.tokens
        var words = run
        // drop words whose capital comes only from their position
        func positional(_ k: Int) -> Bool { titleCase || initial.contains(k) }
        func keepPositional(_ i: Int) -> Bool {
            let t = tokens[words[i]]
            if !isCommon(t) && !isCompoundOfCommon(t) { return true }
            if isKnownNameWord(t, &consulted) { return true }
            // (the token's text made once for the lists that take a string, the next token's once for its tests)
            let text = t.text
            if lexicon.isPlaceName(text) || lexicon.demonyms[text] != nil { return true }
            // an institution whose head word opens the sentence: Bank of America, Centers for Disease Control
            if i == 0, words.count > 1, EntityRecognizer.connectors.contains(a.tokens[words[0] + 1]),
               lexicon.orgWords.contains(lowerOf: t) { return true }
            // a possessive before a name: Apple’s Tim Cook
            if i == words.count - 1, words[i] + 2 < a.tokens.count {
                let next = a.tokens[words[i] + 1].text
                if next.hasSuffix("s"), next.count == 2 || next.utf8.count == 4, UTF8Scanner.isApostrophe(next.unicodeScalars.first ?? " "),
                   isNameToken(a.tokens[words[i] + 2]) { return true }
            }
            // a first name followed by an uncommon capitalised word: Will Hurd
            // (`An`, `Do` open sentences as words far more often than as first names)
            if i + 1 < words.count, lexicon.firstNames.contains(lowerOf: t), !lexicon.functionWords.contains(lowerOf: t),
               !isCommon(tokens[words[i + 1]]) { return true }
            return false
        }
        if titleCase {
            var pieces: [[Int]] = [[]]
            for i in words.indices {
                if keepPositional(i) || !tokens[words[i]].isCapitalized { pieces[pieces.count - 1].append(words[i]) }
                else if !pieces[pieces.count - 1].isEmpty { pieces.append([]) }
            }
            var out: [Candidate] = []
            for piece in pieces where !piece.isEmpty {
                let found = classifySegment(a, trimConnectors(a, piece), range: range, byline: byline, consulted: &consulted)
                if out.isEmpty { out = found } else { out += found }
            }
            return out
        }
        // an organisation's first word opening the sentence (`Valley Health System will …`), unless it is a word
        // that only leads into the name (`Many Labour Party members`)
        let namesOrganisation = words.count >= 3 && lexicon.orgWords.contains(tokens[words[words.count - 1]].lower)
            && !EntityRecognizer.leadIns.contains(tokens[words[0]].lower)
        // after a dash or a colon inside the sentence, a capitalised common word that opens a longer name is part of
        // it (`six airlines - Air China, …`); only the sentence's own first word owes its capital to its place
        let sentenceFirst = range.first { tokens[$0].kind == .word }
        let midSentenceName = words.count >= 2 && words.first != sentenceFirst && !titleCase
            && !EntityRecognizer.leadIns.contains(tokens[words[0]].lower)
            && words.first.map({ $0 > range.lowerBound && EntityRecognizer.leadPunctuation.contains(tokens[$0 - 1])
                && tokens[$0 - 1].span.end < tokens[$0].span.start }) == true   // a spaced dash, not Sergeant-at-Arms
        if let f = words.first, positional(f), !keepPositional(0), !namesOrganisation, !midSentenceName, !spelledByAcronym(a, words, range: range) {
            words.removeFirst()
            while let f2 = words.first, tokens[f2].kind != .word || !tokens[f2].isCapitalized { words.removeFirst() }
        }
        guard !words.isEmpty else { return [] }
        return classifySegment(a, trimConnectors(a, words), range: range, byline: byline, consulted: &consulted)
    }

    /// `Harbor Freight Lines (HFL)`: the acronym after the run spells its initials, so every word is part of the name.
    func spelledByAcronym(_ a: Article, _ run: [Int], range: Range<Int>) -> Bool {
        guard let last = run.last, last + 3 <= range.upperBound, a.tokens[last + 1].equals("("), a.tokens[last + 2].isAllCaps else { return false }
        let initials = String(run.filter { a.tokens[$0].kind == .word && a.tokens[$0].isCapitalized }.compactMap { a.tokens[$0].text.first })
        return initials.count >= 2 && initials == a.tokens[last + 2].text
    }

    /// The word tokens of `run`: the run itself when all of it is words, as most names are (a filtered copy was
    /// an array made for every run and piece).
    static func words(of run: [Int], in tokens: TokenList) -> [Int] {
        run.allSatisfy { tokens[$0].kind == .word } ? run : run.filter { tokens[$0].kind == .word }
    }

    func trimConnectors(_ a: Article, _ run: [Int]) -> [Int] {
        var r = run
        while let l = r.last, a.tokens[l].kind != .word || !a.tokens[l].isCapitalized { r.removeLast() }
        while let f = r.first, a.tokens[f].kind != .word || !a.tokens[f].isCapitalized { r.removeFirst() }
        return r
    }

    func isTitleWord(_ a: Article, _ k: Int) -> Bool {
        let t = a.tokens[k]
        if lexicon.titles.contains(lowerOf: t) { return true }
        // `Gov.`, `Sen.`: a title and its period (an ASCII word on its bytes, without making its lower case)
        return t.withBytes { b in
            guard b.last == 0x2E else { return false }
            if b.contains(where: { $0 >= 0x80 }) {
                let l = t.lower
                return l.hasSuffix(".") && lexicon.titles.contains(String(l.dropLast()))
            }
            return lexicon.titles.contains(foldingASCII: UnsafeBufferPointer(rebasing: b.dropLast()))
        }
    }

    /// Splits a run at titles, strips a leading `The`, separates tickers and place prefixes, and types each piece.
    func classifySegment(_ a: Article, _ run: [Int], range: Range<Int>, byline: Bool, consulted: inout [String]) -> [Candidate] {
        guard !run.isEmpty else { return [] }
        let tokens = a.tokens
        // (the last word's lower case asked of the lists on its bytes: no string made for it)
        let lastToken = tokens[run[run.count - 1]]
        let words = EntityRecognizer.words(of: run, in: tokens)
        // `In`, `It`, `He`, `Two` alone: a function or number word is never a name by itself, whatever the
        // article learned of it (`Liu He` makes `He` a name word, not every `He`)
        // (`US`, `IT` in capitals are abbreviations, not the words)
        if words.count == 1, lexicon.functionWords.contains(lowerOf: lastToken), !(tokens[words[0]].isAllCaps && tokens[words[0]].utf8.count > 1) { return [] }
        // `April`, `Friday` alone (a headline's capitals, or what is left after an opening word): a date, no name
        if words.count == 1, CalendarWords.isCalendarWord(lastToken.lower) { return [] }
        // `Group A`, `Plan B`, `Pool C`: a common word and a letter name a part of something, not anyone
        if words.count == 2, tokens[words[1]].utf8.count == 1, tokens[words[1]].isCapitalized, isCommon(tokens[words[0]]) { return [] }
        // a whole run that ends in an organisation word stays whole (General Motors, The New York Times)
        if run.count > 1 && lexicon.orgWords.contains(lowerOf: lastToken) && lexicon.placeAliases[joined(a, run)] == nil {
            var r = run
            if tokens[r[0]].lowerEquals("the") && r.count > 2 { /* keep The in The New York Times */ } else if tokens[r[0]].lowerEquals("the") { r.removeFirst() }
            return [Candidate(tokens: r[0]..<(r[r.count - 1] + 1), type: .organization, canonical: joined(a, r), personHint: false)]
        }
        // `X of Y` where X ends in an organisation word is one organisation (Marine Exchange of Southern California)
        if let of = run.firstIndex(where: { tokens[$0].lowerEquals("of") }), of > 0, lexicon.orgWords.contains(lowerOf: tokens[run[of - 1]]) {
            var r = run
            if tokens[r[0]].lowerEquals("the") && r.count > 2 { r.removeFirst() }
            return [Candidate(tokens: r[0]..<(r[r.count - 1] + 1), type: .organization, canonical: joined(a, r), personHint: false)]
        }
        // split at titles; the piece after a title is a person
        var pieces: [([Int], Bool)] = []
        var current: [Int] = []
        // (at the most it can hold: grown from empty it was allocated again at each doubling)
        current.reserveCapacity(run.count)
        // a job description: common words ending in a role (Cyber Security Enthusiast)
        let afterArticle = run[0] > range.lowerBound && EntityRecognizer.indefiniteArticles.contains(lowerOf: a.tokens[run[0] - 1])
        if lexicon.roleWords.contains(lowerOf: lastToken) || lexicon.titles.contains(lowerOf: lastToken),
           afterArticle || words.allSatisfy({ isCommon(tokens[$0]) }) {
            return []
        }
        var hint = precededByRole(a, run[0], range: range, runEnd: run[run.count - 1] + 1)
            || followedByRole(a, run[run.count - 1] + 1, range: range)
        for k in run {
            if isTitleWord(a, k) && tokens[k].kind == .word {
                if !current.isEmpty {
                    // a common word before a title qualifies it (Treasury Secretary): not a name
                    var qualifier = true
                    for j in current where tokens[j].kind == .word && (!isCommon(tokens[j]) || isKnownNameWord(tokens[j], &consulted)) {
                        qualifier = false
                        break
                    }
                    if !qualifier { pieces.append((current, hint)) }
                    current = []
                }
                hint = true
                continue
            }
            if tokens[k].equals(".") && current.isEmpty { continue }
            current.append(k)
        }
        // in a byline, names are people's, but not where they wrote from (`Reporting by Jane Doe in Bengaluru`)
        let wroteFrom = run[0] > range.lowerBound && EntityRecognizer.wroteFromWords.contains(lowerOf: a.tokens[run[0] - 1])
        if !current.isEmpty { pieces.append((current, hint || (byline && !wroteFrom))) }
        if byline && wroteFrom && pieces.count == 1, let piece = pieces.first?.0, piece.count <= 3,
           let f = piece.first, let l = piece.last {
            return [Candidate(tokens: f..<(l + 1), type: .place, canonical: joined(a, piece), personHint: false)]
        }
        var out: [Candidate] = []
        for (piece, personHint) in pieces {
            // (the first piece's candidates taken as they are: appended to an empty array they were copied)
            let found = typePiece(a, trimConnectors(a, piece), personHint: personHint)
            if out.isEmpty { out = found } else { out += found }
        }
        return out
    }

    /// Nouns that follow an organisation's name (`Goldman Sachs analysts`, `Acme shares`).
    static let staffNouns: WordSet = [
        "analysts", "analyst", "shares", "stock", "officials", "executives", "employees", "staff", "workers",
        "investors", "economists", "researchers", "lawyers", "spokesman", "spokeswoman", "spokesperson", "board",
        "customers", "users", "stores", "headquarters", "subsidiary", "unit", "division", "chief",
    ]
    static let modifiers: WordSet = ["former", "senior", "junior", "acting", "deputy", "vice", "interim", "then", "late"]

    /// `Mick Lynch, general secretary of …`, `Peter Navarro, a fierce critic`: a role in apposition names a person.
    func followedByRole(_ a: Article, _ k: Int, range: Range<Int>) -> Bool {
        guard k + 1 < range.upperBound, a.tokens[k].equals(",") else { return false }
        var j = k + 1
        var skipped = 0
        while j < range.upperBound && skipped < 3 {
            let t = a.tokens[j]
            guard t.kind == .word, !t.isCapitalized else { return false }
            if lexicon.roleWords.contains(lowerOf: t) || (lexicon.titles.contains(lowerOf: t) && !EntityRecognizer.modifiers.contains(lowerOf: t)) {
                return true
            }
            j += 1
            skipped += 1
        }
        return false
    }

    /// Whether the word before a run is a role (`executive Kevin Mayer`, `manager Vanessa Pappas`), and the run
    /// is not itself a modifier of a role (`former Facebook security chief`).
    func precededByRole(_ a: Article, _ k: Int, range: Range<Int>, runEnd: Int) -> Bool {
        guard k > range.lowerBound else { return false }
        let prev = a.tokens[k - 1]
        guard prev.kind == .word, !prev.isCapitalized, !EntityRecognizer.modifiers.contains(lowerOf: prev) else { return false }
        if runEnd < range.upperBound {
            let next = a.tokens[runEnd]
            if next.kind == .word && !next.isCapitalized && (lexicon.titles.contains(lowerOf: next) || lexicon.roleWords.contains(lowerOf: next)
                || lexicon.commonWords.contains(lowerOf: next) && next.text != "said") { return false }
        }
        return lexicon.titles.contains(lowerOf: prev) || lexicon.roleWords.contains(lowerOf: prev)
    }

    func typePiece(_ a: Article, _ pieceIn: [Int], personHint: Bool) -> [Candidate] {
        var piece = pieceIn
        guard !piece.isEmpty else { return [] }
        let tokens = a.tokens
        // a name that takes `The` is a newspaper, a band or a body, not a person (The Valley Courier)
        var takesThe = false
        if tokens[piece[0]].lowerEquals("the") {
            takesThe = true
            piece.removeFirst()
            piece = trimConnectors(a, piece)
            guard !piece.isEmpty else { return [] }
        }
        // Adam Air Flight 574: the flight's number names a flight; the name before it is the airline's
        if piece.count >= 2, let l = piece.last, tokens[l].lowerEquals("flight"), l + 1 < a.tokens.count, a.tokens[l + 1].kind == .number {
            piece.removeLast()
            piece = trimConnectors(a, piece)
            guard !piece.isEmpty else { return [] }
        }
        let words = EntityRecognizer.words(of: piece, in: tokens)
        guard !words.isEmpty else { return [] }
        let text = joined(a, piece)
        // a word of the piece in lower case, asked of a list on its bytes: no string is made for it (`first`, `last`
        // the piece's first and last words)
        func lowerIn(_ k: Int, _ list: WordSet) -> Bool { list.contains(lowerOf: tokens[k]) }
        let first = words[0], last = words[words.count - 1]
        let firstIsFirstName = lexicon.firstNames.contains(lowerOf: tokens[first])
        func cand(_ ks: [Int], _ type: EntityType, _ canonical: String, hint: Bool = false, typedByDefault: Bool = false) -> Candidate {
            Candidate(tokens: ks[0]..<(ks[ks.count - 1] + 1), type: type, canonical: canonical, personHint: hint, typedByDefault: typedByDefault)
        }
        // a job description: common words ending in a role (Cyber Security Enthusiast)
        if lowerIn(last, lexicon.roleWords) || lowerIn(last, lexicon.titles), words.allSatisfy({ isCommon(tokens[$0]) }) {
            return []
        }
        // a ticker after a company name: Microsoft MSFT, Disney DIS
        // (not after a function word alone: `An EGA spokesman` names no company)
        if words.count >= 2, tokens[last].isAllCaps, (1...5).contains(tokens[last].text.count),
           !tokens[words[words.count - 2]].isAllCaps, lexicon.placeAliases[tokens[last].text] == nil,
           !(words.count == 2 && lowerIn(first, lexicon.functionWords)),
           !lowerIn(last, lexicon.titles) {
            let company = Array(piece.prefix { $0 < last })
            var out = typePiece(a, company, personHint: false)
            let name = out.last.map { $0.canonical } ?? joined(a, company)
            if let l = out.last, l.type != .organization {
                out[out.count - 1].type = .organization
                out[out.count - 1].canonical = l.canonical
            }
            out.append(cand([last], .ticker, name))
            return out
        }
        // Beijing Olympic Games, Paris Air Show: an event's name, place and all; `Joint Strike Fighter program`: a programme's
        if words.count >= 2, lowerIn(last, lexicon.miscHeads) { return [cand(piece, .misc, text)] }
        // (after `the` only, and not an acronym: `a Microsoft program`, `the UN mission` are the organisation's)
        if let f = piece.first, f > 0, a.tokens[f - 1].lowerEquals("the"), !tokens[words[0]].isAllCaps,
           let l = piece.last, l + 1 < a.tokens.count, a.tokens[l + 1].kind == .word, !a.tokens[l + 1].isCapitalized,
           EntityRecognizer.programNouns.contains(a.tokens[l + 1]) {
            return [cand(piece, .misc, text)]
        }
        // a place or nationality before another name: US TikTok, Chinese ByteDance
        let firstNameLed = words.count == 2 && firstIsFirstName
        if words.count >= 2 && !firstNameLed {
            for cut in stride(from: min(3, words.count - 1), through: 1, by: -1) {
                let head = Array(words.prefix(cut))
                let headText = joined(a, head)
                let rest = Array(piece.drop { $0 <= head[head.count - 1] })
                guard let restFirst = rest.first(where: { tokens[$0].kind == .word }) else { continue }
                let isPlace = lexicon.isPlaceName(headText)
                // a nationality leads a name of its own (Chinese ByteDance), not a name of common words that
                // it begins (American Electric Power)
                let restWords = rest.count { tokens[$0].kind == .word }
                let isNation = cut == 1 && lexicon.demonyms[headText] != nil && !lowerIn(last, lexicon.orgWords)
                    && (restWords == 1 || !isCommon(tokens[restFirst]))
                if (isPlace && !isCommon(tokens[restFirst])) || isNation {
                    return typePiece(a, head, personHint: false) + typePiece(a, rest, personHint: personHint)
                }
            }
        }
        if words.count == 1, tokens[words[0]].isAllCaps, lowerIn(first, EntityRecognizer.genericAbbreviations) {
            return []
        }
        // 18:00 UTC, 6:40 p.m. (GMT +8): a time zone is part of a time, never a name
        if words.count == 1, tokens[words[0]].isAllCaps, lowerIn(first, EntityRecognizer.timeZones) { return [] }
        if words.count == 1, lowerIn(first, EntityRecognizer.miscNames) {
            return [cand(piece, .misc, text)]
        }
        if words.count == 1, let country = lexicon.demonyms[text] {
            return [cand(piece, .nationality, country)]
        }
        // West Africa, Northern Ontario, East African: a compass word before a place is a place, before a
        // nationality a nationality
        if words.count == 2, lowerIn(first, EntityRecognizer.compassWords) {
            let rest = a.text(tokens[words[1]].span)
            if lexicon.isPlaceName(rest) { return [cand(piece, .place, text)] }
            if lexicon.demonyms[rest] != nil { return [cand(piece, .nationality, text)] }
        }
        if let canonical = lexicon.placeAliases[text] {
            return [cand(piece, .place, canonical)]
        }
        // Pa., Calif.: a state's abbreviation with its period, which the tokenizer keeps apart
        if words.count == 1, let dot = periodAfter(a, piece), let canonical = lexicon.placeAliases[text + "."] {
            return [cand(piece + [dot], .place, canonical)]
        }
        // Heathrow airport, Helmand province: a name before a place's head word in lower case is that place's
        // (not a compound: `a Google street view car`, `the Boeing airport deal`; and only that mention: weak)
        if let l = piece.last, l + 1 < a.tokens.count, a.tokens[l + 1].kind == .word, !a.tokens[l + 1].isCapitalized,
           lexicon.placeHeads.contains(a.tokens[l + 1]),
           !(l + 2 < a.tokens.count && a.tokens[l + 2].kind == .word && !a.tokens[l + 2].isCapitalized
             && !lexicon.functionWords.contains(lowerOf: a.tokens[l + 2])) {
            return [cand(piece, .place, text, typedByDefault: true)]
        }
        // from Frankfurt to Chicago: a name paired with a known place by from … to is a place too
        if piece[0] >= 1, tokens[piece[0] - 1].lowerEquals("from"), let l = piece.last, l + 2 < a.tokens.count, tokens[l + 1].lowerEquals("to"),
           a.tokens[l + 2].isCapitalized, lexicon.isPlaceName(a.tokens[l + 2].text) {
            // (weak: `from Vodafone to Orange` moves between companies)
            return [cand(piece, .place, text, typedByDefault: true)]
        }
        // `County`, `River` alone: the head of a place's name, not a name
        if words.count == 1, lowerIn(first, lexicon.placeHeads) { return [] }
        // Riverton Mayor …, the mayors of Riverton, the town of Riverton: a place by what it has or is
        if words.count <= 3, !takesThe, !firstIsFirstName || words.count == 1, jurisdiction(a, piece) {
            return [cand(piece, .place, text)]
        }
        // Carson City, Kansas City: never a person; a place where the text is about where (`in Carson City`)
        if words.count >= 2, lowerIn(last, EntityRecognizer.settlementHeads) {
            let afterPlacePreposition = piece[0] > 0 && lowerIn(piece[0] - 1, EntityRecognizer.placePrepositions)
            return [cand(piece, afterPlacePreposition ? .place : .organization, text)]
        }
        // Franklin County, Hudson River: a place, even after a first name
        if words.count >= 2, lowerIn(last, lexicon.placeHeads), !isTitleWord(a, words[0]) {
            return [cand(piece, .place, text)]
        }
        if personHint && !takesThe && !lowerIn(last, lexicon.orgWords) && lexicon.demonyms[text] == nil {
            return [cand(piece, .person, text, hint: true)]
        }
        if lexicon.places.contains(text) {
            // Porto 2 Braga 1, the Porto striker: a club named after its city. Otherwise the gazetteer's word is
            // a prior: where the article says otherwise of the same name, what it says wins the vote.
            if let evidence = clubContext(a, piece) { return [cand(piece, .organization, text, typedByDefault: evidence == .weak)] }
            return [cand(piece, .place, text, typedByDefault: words.count == 1)]
        }
        if words.count <= 3, words.allSatisfy({ tokens[$0].isAllCaps }), text.count > 3 {
            // a dateline in capitals: SPRINGFIELD —, SAN FRANCISCO —
            let titled = EntityRecognizer.titled(text)
            if lexicon.places.contains(titled) { return [cand(piece, .place, titled)] }
        }
        if lowerIn(last, lexicon.orgWords) && (words.count > 1 || lowerIn(last, EntityRecognizer.companySuffixes)) {
            return [cand(piece, .organization, text)]
        }
        if lowerIn(last, lexicon.miscHeads), words.count > 1 {
            return [cand(piece, .misc, text)]
        }
        // Hollis & Grant, Procter & Gamble: two names joined by an ampersand are a firm
        if piece.contains(where: { tokens[$0].equals("&") }) {
            return [cand(piece, .organization, text)]
        }
        // "at Morgan Stanley", "from Goldman Sachs", "Goldman Sachs analysts": a place of work, not a person
        let lastIndex = piece[piece.count - 1]
        let beforeStaff = lastIndex + 1 < a.tokens.count && lowerIn(lastIndex + 1, EntityRecognizer.staffNouns)
        let afterAt = beforeStaff || (piece[0] > 0 && EntityRecognizer.atFromWords.contains(lowerOf: a.tokens[piece[0] - 1]))
        // `a car in Les Pennes-Mirabeau`, `flooding in Grant Park`: after `in`, a name that is not an owner is a place
        let afterIn = piece[0] > 0 && EntityRecognizer.wherePrepositions.contains(lowerOf: a.tokens[piece[0] - 1])
            && !ownsNext(a, lastIndex)
        if words.count >= 2, afterIn, !personHint, firstIsFirstName || words.allSatisfy({ !isCommon(tokens[$0]) }) {
            return [cand(piece, .place, text)]
        }
        // evidence of an organisation from the words around: `the Northrop Grumman plan`, `airline Aer Lingus`,
        // `Los Angeles based Northrop Grumman`, `Northrop Grumman CEO Ron Sugar`
        if !personHint, let evidence = organisationContext(a, piece) {
            return [cand(piece, .organization, text, typedByDefault: evidence == .weak)]
        }
        if words.count >= 2, firstIsFirstName, !tokens[words[0]].isAllCaps, !afterAt, !takesThe {
            // a first name that is also a place or a word (China, Delta, Sandy) is weak evidence: other mentions may outvote it
            let ambiguous = lexicon.places.contains(tokens[words[0]].text) || isCommon(tokens[words[0]])
            return [cand(piece, .person, text, typedByDefault: ambiguous)]
        }
        // `hubs in Kessington, Nairobi and Accra`: a one-word name listed with known places is a place (a name of
        // two words or more is a person's or an organisation's as often: `Tom Hanks and Paris`)
        if !personHint, words.count == 1, listedWithPlace(a, piece) { return [cand(piece, .place, text)] }
        // Erie, Pa. · Grand Rapids, Michigan · ERIE, Pa. — : a town named before its state or country
        if words.count <= 3, inRegion(a, piece) {
            return [cand(piece, .place, words.allSatisfy({ tokens[$0].isAllCaps }) ? EntityRecognizer.titled(text) : text)]
        }
        // two or three uncommon capitalised words: usually a person's name
        // (a surname is seldom a place's name: Garuda Indonesia, McDonnell Douglas)
        // (a part after a hyphen belongs to the word before: `Asamoah-Bright` is one surname, not the word `Bright`;
        // a single capital is an initial or a particle, `Ó`, not an abbreviation)
        let parts = words.filter { k in !(k >= 2 && tokens[k - 1].equals("-") && tokens[k - 2].touches(tokens[k - 1])) }
        if (2...3).contains(parts.count), !afterAt, !takesThe,
           parts.allSatisfy({ !isCommon(tokens[$0]) && !(tokens[$0].isAllCaps && tokens[$0].text.count > 1) }),
           !lexicon.places.contains(tokens[words[0]].text), !lexicon.places.contains(tokens[words[words.count - 1]].text) {
            return [cand(piece, .person, text, typedByDefault: true)]
        }
        return [cand(piece, .organization, text, typedByDefault: !afterAt)]
    }

    /// Heads before `of` or `for` that carry a run on into a name (`University of X`, `Republic of Korea`).
    static let stateHeads: WordSet = ["university", "republic", "kingdom", "state", "states"]
    /// Punctuation before a run that opens a clause of its own. (U+037E, the Greek question mark, is canonically
    /// `;`: the literal list this was compared its strings as equal, a table compares bytes.)
    static let leadPunctuation: WordSet = ["-", "\u{2013}", "\u{2014}", ":", ";", "\u{037E}"]
    /// A, an.
    static let indefiniteArticles: WordSet = ["a", "an"]
    /// In, from before a place a dateline or byline names.
    static let wroteFromWords: WordSet = ["in", "from"]
    /// A named programme after its name: the Artemis program.
    static let programNouns: WordSet = ["program", "programme", "project", "mission"]
    /// The last word of a place named for being a settlement: Carson City.
    static let settlementHeads: WordSet = ["city", "town", "village"]
    /// Prepositions of where before a settlement's name.
    static let placePrepositions: WordSet = ["in", "near", "to", "from", "outside", "around"]
    /// The abbreviations a company's name ends with.
    static let companySuffixes: WordSet = ["inc", "corp", "llc", "plc", "ltd"]
    /// At, from before an organisation: a researcher at X.
    static let atFromWords: WordSet = ["at", "from"]
    /// Prepositions of where before a place.
    static let wherePrepositions: WordSet = ["in", "near", "outside", "across", "throughout"]
    /// Possessive endings, in both apostrophes.
    static let possessiveEndings: WordSet = ["’s", "'s", "’", "'"]
    /// What joins the items of a list.
    static let listJoiners: WordSet = [",", "and", "&", "or"]
    /// Nouns of a kind of organisation, written before its name (`airline Aer Lingus`, `magazine Der Spiegel`).
    static let organisationNouns: WordSet = [
        "airline", "airlines", "carrier", "carriers", "company", "companies", "firm", "firms", "manufacturer", "manufacturers",
        "maker", "makers", "airframer", "airframers", "magazine", "newspaper", "paper", "broadcaster", "network", "group",
        "giant", "rival", "rivals", "conglomerate", "bank", "insurer", "operator", "subsidiary", "contractor", "contractors",
        "supplier", "suppliers", "agency", "retailer", "automaker", "carmaker", "publisher", "startup", "consortium", "unit",
        "fund", "funds", "club", "clubs", "team", "charity", "chain", "lender", "brand", "label", "studio", "investor",
    ]
    static let determiners: WordSet = ["the", "a", "an", "its", "their", "our"]
    /// Words of direction that open a region's name (`West Africa`, `Northern Ontario`).
    static let compassWords: WordSet = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
        "northwest", "southeast", "southwest", "upper", "lower",
    ]
    /// Words after a name that make it an organisation's: its officers, its shares, its sites (`Northwind CEO`).
    static let organisationAfter = WordSet([
        "ceo", "cfo", "coo", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "chief",
        "executive", "executives", "founder", "founders", "shareholders", "shares", "stock", "board", "plant", "plants",
        "factory", "factories", "headquarters", "subsidiary", "subsidiaries", "employees", "staffers",
    ] + Array(clubPeople))
    /// A club's people after its name (`the Kessington striker`, `Porto fans`): the name is the club's even when it is
    /// a city's.
    static let clubPeople: WordSet = [
        "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "winger", "captain", "squad", "fans",
        "supporters", "players",
    ]

    /// Whether the words around a piece say it is an organisation: a determiner or a kind of organisation just before
    /// it, `based` before it, or an office just after it (`Acme CEO`).
    func organisationContext(_ a: Article, _ piece: [Int]) -> Evidence? {
        guard let first = piece.first, let last = piece.last else { return nil }
        // a results row: `Brightwell Rovers 3 Kessington 1`, `Porto 2-1 Braga`
        if resultsRow(a, first, last) { return .strong }
        if last + 1 < a.tokens.count, a.tokens[last + 1].kind == .word,
           EntityRecognizer.organisationAfter.contains(lowerOf: a.tokens[last + 1]) { return .strong }
        if first > 0 {
            let prev = a.tokens[first - 1]
            if prev.kind == .word, !prev.isCapitalized {
                let l = prev.lower
                if EntityRecognizer.organisationNouns.contains(l) || l == "based" { return .strong }
                // `the Halvorsen plan` names a firm's plan as often as a person's, `the Kessington terminal` a
                // place's: a determiner tells a name is no person's, not which kind it is
                if EntityRecognizer.determiners.contains(l) { return .weak }
            }
        }
        return nil
    }

    /// How much the words around a name say of its type.
    enum Evidence { case weak, strong }

    /// A results row or a club's people after the name: a side, not a place (`Porto 2 Braga 1`, `Porto fans`).
    /// (A row whose other side is a known place too is a table of places, `Tokyo 35 Osaka 30`; `France coach` may
    /// be a national side's or the country's: weak, that mention alone.)
    func clubContext(_ a: Article, _ piece: [Int]) -> Evidence? {
        guard let first = piece.first, let last = piece.last else { return nil }
        if resultsRow(a, first, last) {
            func knownPlace(_ k: Int) -> Bool { k >= 0 && k < a.tokens.count && lexicon.places.contains(a.tokens[k]) }
            // the other side: the name after this side's score, or the one before the score in front of it
            let other = last + 2 < a.tokens.count && !lineBreak(a, before: last + 2) ? last + 2 : first - 2
            return knownPlace(other) ? nil : .strong
        }
        let people = last + 1 < a.tokens.count && a.tokens[last + 1].kind == .word && EntityRecognizer.clubPeople.contains(lowerOf: a.tokens[last + 1])
        return people ? .weak : nil
    }

    /// Whether the name from `first` to `last` is a side in a results row: between a line's start or a score and
    /// its own score, before the next side or the line's end.
    func resultsRow(_ a: Article, _ first: Int, _ last: Int) -> Bool {
        guard last + 1 < a.tokens.count, a.tokens[last + 1].kind == .number,
              first == 0 || a.tokens[first - 1].kind == .number || lineBreak(a, before: first) else { return false }
        let after = last + 2
        return after >= a.tokens.count || lineBreak(a, before: after) || a.tokens[after].isCapitalized
    }

    /// Whether a name stands in a list (`,`, `and`, `or`) next to a known place.
    func listedWithPlace(_ a: Article, _ piece: [Int]) -> Bool {
        guard let first = piece.first, let last = piece.last else { return false }
        // a neighbour that is a place by itself, not the first word of a longer name (`Paris Hilton`)
        func isPlace(_ k: Int) -> Bool {
            k >= 0 && k < a.tokens.count && a.tokens[k].isCapitalized
                && lexicon.isPlaceName(a.tokens[k].text)
                && !(k + 1 < a.tokens.count && a.tokens[k + 1].isCapitalized && a.tokens[k + 1].span.start - a.tokens[k].span.end <= 1)
                && !(k > 0 && a.tokens[k - 1].isCapitalized && a.tokens[k].span.start - a.tokens[k - 1].span.end <= 1)
        }
        func comma(_ k: Int) -> Bool { k >= 0 && k < a.tokens.count && a.tokens[k].equals(",") }
        func conjunction(_ k: Int) -> Bool { k >= 0 && k < a.tokens.count && (a.tokens[k].equals("and") || a.tokens[k].equals("or")) }
        func joins(_ k: Int) -> Bool { comma(k) || conjunction(k) }
        // a comma lists only where the list goes on (`X, Nairobi and Accra`); `Airbus, Europe's biggest …` and
        // `the US, Boeing …` are an apposition and a clause's end
        let right = isPlace(last + 2) && (conjunction(last + 1) || (comma(last + 1) && joins(last + 3)))
        let left = isPlace(first - 2) && (conjunction(first - 1) || (comma(first - 1) && (joins(first - 3) || joins(last + 1))))
        return right || left
    }

    /// Whether a line break lies between token `k` and the one before it.
    func lineBreak(_ a: Article, before k: Int) -> Bool {
        guard k > 0, k < a.tokens.count else { return true }
        let gap = a.tokens[k - 1].span.end..<a.tokens[k].span.start
        return a.bytes[gap].contains(0x0A) || a.bytes[gap].contains(0x0D)
    }

    /// Offices held for a place, and nouns for a place's parts or people, that name the place beside them.
    static let placeOffices: WordSet = ["mayor", "mayors", "governor", "gov.", "gov", "sheriff", "sheriffs", "premier", "councillor",
                                            "councilman", "councilwoman", "alderman", "aldermen", "lieutenant"]
    static let placeNouns: WordSet = ["mayor", "mayors", "governor", "city", "town", "village", "residents", "outskirts",
                                          "suburbs", "streets", "people", "citizens", "county", "province", "state", "capital"]

    /// `Riverton Mayor`, `the mayors of Riverton`, `the town of Riverton`: the piece names a place.
    func jurisdiction(_ a: Article, _ piece: [Int]) -> Bool {
        guard let first = piece.first, let last = piece.last else { return false }
        if last + 1 < a.tokens.count, a.tokens[last + 1].isCapitalized,
           EntityRecognizer.placeOffices.contains(lowerOf: a.tokens[last + 1]) { return true }
        guard first >= 2, a.tokens[first - 1].lowerEquals("of") else { return false }
        return EntityRecognizer.placeNouns.contains(lowerOf: a.tokens[first - 2])
    }

    /// The index of a period right after the piece, touching its last word (`Pa.`), if there is one.
    func periodAfter(_ a: Article, _ piece: [Int]) -> Int? {
        guard let last = piece.last, last + 1 < a.tokens.count else { return nil }
        let dot = a.tokens[last + 1]
        return dot.equals(".") && a.tokens[last].touches(dot) ? last + 1 : nil
    }

    /// Whether `, State` or `, Country` follows the piece (`Erie, Pa.`, `Lyon, France`), and not as an owner
    /// (`Smith, Boston’s mayor`).
    func inRegion(_ a: Article, _ piece: [Int]) -> Bool {
        let tokens = a.tokens
        guard let last = piece.last, last + 2 < tokens.count, tokens[last + 1].equals(",") else { return false }
        var k = last + 2
        guard tokens[k].kind == .word, tokens[k].isCapitalized else { return false }
        var name = tokens[k].text
        if k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].isCapitalized,
           lexicon.places.contains(name + " " + tokens[k + 1].text) {
            k += 1
            name += " " + tokens[k].text   // New York, North Carolina
        }
        var region = lexicon.isPlaceName(name)
        if !region, let dot = periodAfter(a, [k]), lexicon.placeAliases[name + "."] != nil {
            region = true
            k = dot
        }
        // `Air China, China Eastern Airlines`: the region must end there, not open the next name of a list
        let continues = k + 1 < tokens.count && tokens[k + 1].kind == .word && tokens[k + 1].isCapitalized
        return region && !ownsNext(a, k) && !continues
    }

    /// Whether a possessive ending follows token `k` (`Boston’s`, `the Joneses’`).
    func ownsNext(_ a: Article, _ k: Int) -> Bool {
        k + 1 < a.tokens.count && EntityRecognizer.possessiveEndings.contains(a.tokens[k + 1])
    }

    /// `SAN FRANCISCO` → `San Francisco`: a name written in capitals, as it is written elsewhere.
    static func titled(_ capitals: String) -> String {
        // printable ASCII, nearly every such name, by bytes: each word's first letter kept, the rest lower-cased,
        // one space between words (piece by piece, a name cost seven thousand instructions)
        if capitals.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(capitals.utf8.count)
            var wordStart = true, space = false
            for c in capitals.utf8 {
                if c == 0x20 {
                    space = !out.isEmpty
                    wordStart = true
                    continue
                }
                if space { out.append(0x20); space = false }
                out.append(wordStart || c < 0x41 || c > 0x5A ? c : c | 0x20)
                wordStart = false
            }
            return String(decoding: out, as: UTF8.self)
        }
        return capitals.splitASCII(0x20).map { String($0.prefix(1)) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    /// `(NASDAQ: VTRX)` or `(HFL)` right after an organisation: a ticker of that organisation.
    func parenthesizedTickers(_ a: Article, _ range: Range<Int>, after found: [Candidate]) -> [Candidate] {
        var out: [Candidate] = []
        let tokens = a.tokens
        for c in found where c.type == .organization && !c.tokens.contains(where: { a.tokens[$0].equals("(") }) {
            var k = c.tokens.upperBound
            if k < range.upperBound && tokens[k].equals(".") { k += 1 }   // Inc. (NYSE: X)
            guard k < range.upperBound, tokens[k].equals("(") else { continue }
            k += 1
            if k + 1 < range.upperBound, tokens[k].isAllCaps, tokens[k + 1].equals(":") { k += 2 }
            guard k + 1 < range.upperBound, tokens[k].isAllCaps, (1...5).contains(tokens[k].text.count), tokens[k + 1].equals(")") else { continue }
            // an institution's own initials are its short name, not a ticker: Institute for Fiscal Studies (IFS),
            // European Central Bank (ECB); a company's are a ticker: Harbor Freight Lines (HFL)
            let words = c.tokens.filter { tokens[$0].kind == .word }
            let acronym = tokens[k].text
            let initials = String(words.compactMap { tokens[$0].isCapitalized ? tokens[$0].text.first : nil })
            if initials == acronym, let head = words.last.map({ tokens[$0].lower }),
               EntityRecognizer.institutionHeads.contains(head) { continue }
            // any name's own short form in brackets (Eastern Grid Authority (EGA), EADS N.V. (EADS)): one of its
            // words, or the initials of two words or more, unless the sentence speaks of the market; a one-word
            // name is spelled by no acronym (`Tesla (TSLA)` is a ticker)
            let market = range.contains { EntityRecognizer.marketWords.contains(lowerOf: tokens[$0]) }
            let ownShortForm = words.contains { tokens[$0].text == acronym } || (initials.count >= 2 && initials == acronym.filter(\.isLetter))
            if !market, ownShortForm { continue }
            out.append(Candidate(tokens: k..<(k + 1), type: .ticker, canonical: c.canonical, personHint: false))
        }
        // `shares (NYSE: AEP)` with no company just before: the exchange says it is a ticker; the company is the
        // nearest before it in the sentence, if any
        var k = range.lowerBound
        while k + 4 < range.upperBound {
            defer { k += 1 }
            guard tokens[k].equals("("), EntityRecognizer.exchanges.contains(lowerOf: tokens[k + 1]),
                  tokens[k + 2].equals(":"), tokens[k + 3].isAllCaps, (1...5).contains(tokens[k + 3].text.count),
                  tokens[k + 4].equals(")"), !out.contains(where: { $0.tokens.lowerBound == k + 3 }) else { continue }
            let company = found.last { $0.type == .organization && $0.tokens.upperBound <= k && !EntityRecognizer.exchanges.contains(joined(a, Array($0.tokens)).lowercased()) }
            out.append(Candidate(tokens: (k + 3)..<(k + 4), type: .ticker, canonical: company?.canonical ?? tokens[k + 3].text, personHint: false))
        }
        return out
    }

    /// Words of a sentence about the market, where letters in brackets after a company are its ticker.
    static let marketWords: WordSet = ["shares", "share", "stock", "stocks", "traded", "trading", "trades", "nyse", "nasdaq",
                                           "exchange", "investors", "ticker"]

    /// `Maintenance, Repair and Overhaul (MRO)`, `Research and Development (R&D)`: common words in capitals, listed and spelled
    /// out by the initials in brackets after them, name a kind of work, not organisations; the initials go too.
    func withoutSpelledTerms(_ a: Article, _ range: Range<Int>, _ found: [Candidate]) -> [Candidate] {
        let tokens = a.tokens
        var drop = Set<Int>()   // indices into found
        for i in found.indices {
            // the candidate just before a bracketed acronym
            let k = found[i].tokens.upperBound
            guard k + 2 < range.upperBound, tokens[k].equals("("), tokens[k + 1].isAllCaps, tokens[k + 2].equals(")") else { continue }
            let acronym = tokens[k + 1].text
            // walk back over `X, Y and` single-word candidates of common words
            var j = i
            var initials = ""
            var members: [Int] = []
            while j >= 0 {
                let m = found[j]
                let ws = m.tokens.filter { tokens[$0].kind == .word && tokens[$0].isCapitalized }
                // (not an institution: United States Air Force (USAF), whose words are common too)
                guard !ws.isEmpty, ws.allSatisfy({ isCommon(tokens[$0]) && !lexicon.orgWords.contains(lowerOf: tokens[$0]) }) else { break }
                initials = String(ws.compactMap { tokens[$0].text.first }) + initials
                members.append(j)
                if initials.count >= acronym.filter(\.isLetter).count { break }
                guard j > 0 else { break }
                let gap = found[j - 1].tokens.upperBound..<m.tokens.lowerBound
                guard gap.allSatisfy({ EntityRecognizer.listJoiners.contains(tokens[$0]) }), !gap.isEmpty else { break }
                j -= 1
            }
            if members.count >= 2, initials == acronym.filter(\.isLetter) {
                drop.formUnion(members)
                if let t = found.firstIndex(where: { $0.tokens.lowerBound == k + 1 }) { drop.insert(t) }
            }
        }
        // (a sentence with no such list, nearly every one, keeps its candidates as they are, not copied)
        guard !drop.isEmpty else { return found }
        return found.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }

    /// Heads of names of public bodies, whose initials in brackets are an abbreviation rather than a ticker.
    static let institutionHeads: WordSet = [
        "institute", "institution", "foundation", "commission", "agency", "university", "department", "ministry",
        "organization", "organisation", "association", "council", "committee", "union", "federation", "society",
        "bureau", "office", "authority", "service", "court", "party", "fund", "bank", "board", "center", "centre",
        "school", "college", "academy", "trust", "league", "forum", "administration", "assembly", "parliament",
        "alliance", "coalition", "network", "program", "programme", "survey", "studies", "research",
    ]

    /// Stock exchanges as news writes them before a ticker (`NYSE: X`, `Nasdaq: X`, `LSE: X`).
    static let exchanges: WordSet = [
        "nyse", "nasdaq", "amex", "arca", "cboe", "otc", "otcqx", "otcqb", "lse", "aim", "tsx", "tsxv", "asx", "nzx",
        "hkex", "sehk", "sgx", "nse", "bse", "tyo", "tse", "krx", "xetra", "fwb", "euronext", "six", "jse", "bmv",
        "sse", "szse", "moex",
    ]

    func joined(_ a: Article, _ ks: [Int]) -> String {
        guard let f = ks.first, let l = ks.last else { return "" }
        return a.text(ByteSpan(a.tokens[f].span.start, a.tokens[l].span.end))
    }

    // MARK: - Money and percentages

    static let timeZones: WordSet = ["utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "hst", "bst",
                                         "cet", "cest", "eet", "eest", "wet", "west", "msk", "ist", "jst", "kst", "hkt", "sgt",
                                         "aest", "aedt", "acst", "awst", "nzst", "nzdt", "wib"]
    static let dollarPrefixes: WordSet = ["US", "U.S.", "A", "AU", "C", "CA", "NZ", "HK", "S", "NT", "R", "Z", "J", "EC", "Mex"]
    static let scales: WordSet = ["million", "billion", "trillion", "thousand", "bn", "m"]

    /// Whether a mention is an amount from `numericEntities`, which wins over a name it overlaps.
    static func isAmount(_ e: Entity) -> Bool { e.type == .money || e.type == .percent }

    func numericEntities(_ a: Article, _ range: Range<Int>) -> [Entity] {
        var out: [Entity] = []
        let tokens = a.tokens
        var k = range.lowerBound
        while k < range.upperBound {
            let t = tokens[k]
            // $5, €3 million; US$40, A$5, HK$3: a country's letters touching the dollar sign are part of the amount
            // (the signs compared as bytes, and the prefix looked up only before one: every token's text was
            // made and compared with signs outside ASCII, the slow way)
            let prefixed = k + 1 < range.upperBound && tokens[k + 1].equals("$") && t.touches(tokens[k + 1])
                && EntityRecognizer.dollarPrefixes.contains(t)
            let sign = prefixed ? k + 1 : k
            let s = tokens[sign]
            if s.equals("$") || s.equals("€") || s.equals("£") || s.equals("¥"), sign + 1 < range.upperBound, tokens[sign + 1].kind == .number {
                var end = sign + 2
                if end < range.upperBound, EntityRecognizer.scales.contains(lowerOf: tokens[end]) { end += 1 }
                let span = ByteSpan(t.span.start, tokens[end - 1].span.end)
                out.append(Entity(span: span, text: a.text(span), type: .money, canonical: a.text(span)))
                k = end
                continue
            }
            if t.kind == .number, k + 2 < range.upperBound, tokens[k + 1].lower == "per", tokens[k + 2].lower == "cent" {
                let span = ByteSpan(t.span.start, tokens[k + 2].span.end)
                out.append(Entity(span: span, text: a.text(span), type: .percent, canonical: a.text(span)))
                k += 3
                continue
            }
            if t.kind == .number, k + 1 < range.upperBound, tokens[k + 1].equals("%") || tokens[k + 1].lower == "percent" {
                let span = ByteSpan(t.span.start, tokens[k + 1].span.end)
                out.append(Entity(span: span, text: a.text(span), type: .percent, canonical: a.text(span)))
                k += 2
                continue
            }
            k += 1
        }
        return out
    }
}
