/// Names in lines written in capitals (`NORTHWIND AVIATION CHIEF QUITS AS KESSINGTON PROBE WIDENS`).
///
/// In such a line a capital says nothing, so the recogniser leaves it alone; this step looks its words up instead:
/// first among the names the article itself uses elsewhere (with their type: `KESSINGTON` is the club if the story
/// says so), then in the gazetteers. Title-casing the line and recognising it as prose finds names in every word.
public struct CapitalsReader: Sendable {
    let lexicon: Lexicon

    /// A reader of capitals over these word lists.
    public init(lexicon: Lexicon = .bundled) { self.lexicon = lexicon }

    /// The longest run of words a name in capitals is looked up as.
    static let longestName = 5

    /// Whether a sentence is a line in capitals: four or more words, every one of them in capitals. (A word or
    /// three in capitals is an abbreviation or a dateline, which the recogniser reads itself.)
    /// (Asked of the tokens, not the article: passed an article it was handed a copy of, at every sentence.)
    static func isCapitalsLine(_ tokens: TokenList, _ range: Range<Int>) -> Bool {
        var capitals = 0
        for k in range where tokens[k].kind == .word {
            guard tokens[k].isAllCaps else { return false }
            capitals += 1
        }
        return capitals >= 4
    }

    /// Adds to the article's entities the names found in its lines in capitals, keeping them in text order.
    public func read(_ article: inout Article) {
        var lines: [Range<Int>] = []
        let tokens = article.tokens, sentences = article.sentences
        for p in article.paragraphs where p.role != .header {
            for s in p.sentences where CapitalsReader.isCapitalsLine(tokens, sentences[s].tokens) {
                lines.append(sentences[s].tokens)
            }
        }
        guard !lines.isEmpty else { return }
        let known = names(article)
        var found: [Entity] = []
        for r in lines { found += names(in: r, of: article, known: known) }
        guard !found.isEmpty else { return }
        article.entities += found
        article.entities.sort { $0.span < $1.span }
    }

    /// The article's names by spelling key (letters and digits, lower case), with their type: whole names, and
    /// a person's surname and an organisation's first word where they are not common words.
    func names(_ a: Article) -> [String: (type: EntityType, canonical: String)] {
        var out: [String: (type: EntityType, canonical: String)] = [:]
        var partial: [String: (type: EntityType, canonical: String)] = [:]
        for e in a.entities where e.type.isName {
            let key = EntityCanonicalizer.key(e.text)
            if out[key] == nil { out[key] = (e.type, e.canonical) }   // the first mention's
            let words = e.text.splitASCII(0x20)
            guard words.count >= 2 else { continue }
            let part = e.type == .person ? words[words.count - 1] : e.type == .organization ? words[0] : nil
            if let part, !lexicon.commonWords.contains(part.lowercased()) {
                partial[EntityCanonicalizer.key(String(part))] = (e.type, String(part))   // the last mention's
            }
        }
        return out.merging(partial) { whole, _ in whole }
    }

    /// The names in one line in capitals: at each word, the longest run of words that is a name of the article
    /// or a known place.
    func names(in r: Range<Int>, of a: Article, known: [String: (type: EntityType, canonical: String)]) -> [Entity] {
        let words = r.filter { a.tokens[$0].kind == .word }
        var out: [Entity] = []
        var i = 0
        while i < words.count {
            var matched = false
            for n in stride(from: min(CapitalsReader.longestName, words.count - i), through: 1, by: -1) {
                let ks = Array(words[i..<(i + n)])
                // the words of a name are next to each other (`NEW YORK`), not across a comma or a dash
                guard zip(ks, ks.dropFirst()).allSatisfy({ $1 == $0 + 1 }) else { continue }
                let span = ByteSpan(a.tokens[ks[0]].span.start, a.tokens[ks[n - 1]].span.end)
                let text = a.text(span)
                if let (type, canonical) = lookUp(text, words: n, known: known) {
                    var e = Entity(span: span, text: text, type: type, canonical: canonical)
                    // its type is borrowed from the article's other mentions: it follows their vote, not sways it
                    e.typedByDefault = true
                    out.append(e)
                    i += n
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
        return out
    }

    func lookUp(_ capitals: String, words: Int, known: [String: (type: EntityType, canonical: String)]) -> (EntityType, String)? {
        if let k = known[EntityCanonicalizer.key(capitals)] { return (k.type, k.canonical) }
        // a one-word place must be a real word of some length: `IN`, `AS` and `US` are words before they are places
        let titled = EntityRecognizer.titled(capitals)
        if words == 1 && (capitals.utf8.count < 4 || lexicon.commonWords.contains(capitals.lowercased())) { return nil }
        if lexicon.places.contains(titled) { return (.place, titled) }
        if let place = lexicon.placeAliases[capitals] ?? lexicon.placeAliases[titled] { return (.place, place) }
        return nil
    }
}
