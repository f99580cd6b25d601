/// Credits each quotation to a speaker from the words around it: `X said`, `said X`, `X told Y`,
/// `according to X`, colon introductions, pronouns, nominals (`the company said`), `the post put out by X
/// … reads`, and continuation. A quotation nobody can be credited with keeps a nil speaker.
/// Also finds reported speech without quote marks (`…, Mnuchin told ABC`; `Trump said that …`).
public struct QuoteAttributor: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "tweeted", "tweets", "wrote", "writes", "announced",
        "announces", "announcing", "vowed", "warned", "warns", "stated", "states", "explained", "noted", "noting",
        "continued", "insisted", "argued", "argues", "claimed", "asked", "asks", "replied", "responded", "declared",
        "remarked", "commented", "posted", "reads", "recalled", "acknowledged", "admitted", "suggested", "urged",
        "stressed", "emphasized", "predicted", "promised", "pledged", "confirmed", "denied", "countered", "conceded",
        "quipped", "testified", "saying", "called", "describes", "described", "telling", "writing", "adding", "explains", "notes", "according",
        // verbs that quote a phrase as a judgement (`accused the government of “talking down the economy”`)
        "accused", "accuses", "branded", "dismissed", "criticised", "criticized", "condemned", "hailed", "slammed",
        "labelled", "labeled", "praised",
    ]
    /// Words that make the verb after them passive (`was accused of “…”`): the subject did not say it.
    static let passiveMarks: Set<String> = ["was", "were", "been", "being", "is", "are", "be", "get", "got"]
    /// Words between a subject and its verb that name no one (`X, the chancellor, has warned`).
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "also", "has also", "previously", "later", "again", "repeatedly", "already", "once",
        "will", "would", "did", "does", "then", "now",
    ]
    static let pronouns: [String: Character] = ["he": "m", "she": "f", "it": "o", "they": "p", "i": "x", "we": "x"]
    static let nominals: Set<String> = [
        "company", "firm", "group", "organization", "organisation", "startup", "app", "platform", "agency", "ministry",
        "department", "statement", "giant", "business", "maker", "retailer", "bank", "network", "service", "website",
        "site", "spokesperson", "spokesman", "spokeswoman", "team", "campaign", "government", "administration",
        "post", "blog", "release", "letter", "report",
        "club", "council", "union", "university", "school", "hospital", "court", "party", "board", "authority", "police",
        "museum", "league", "federation", "association", "institute", "foundation", "charity", "studio", "airline",
        "carrier", "operator", "utility", "regulator", "watchdog", "insurer", "lender", "broadcaster", "newspaper",
        "publisher", "manufacturer", "automaker", "carmaker", "chipmaker", "developer", "supplier", "bureau", "office",
    ]

    /// Attributes direct quotations found by `QuoteFinder` and adds reported speech; entities must be canonical.
    public func attribute(_ a: Article, found: [QuoteFinder.Found]) -> [Quote] {
        let quoteSpans = SpanIndex(found.map { $0.span })
        let people = SpeakerCandidates(in: a, lexicon: lexicon) {
            ($0.type == .person || $0.type == .organization) && !quoteSpans.anyEncloses($0.span)
        }
        let marks = QuoteMarks(a, found)
        var out: [Quote] = []
        var previous: (speaker: String?, mention: ByteSpan?, paragraph: Int, closed: Bool)?
        for f in found {
            var speaker: (String, ByteSpan)?
            let context = contexts(a, f, marks)
            if let s = fromAfter(a, context.after, people, before: f.span.start) { speaker = s }
            else if let s = fromBefore(a, context.before, people, before: f.span.start) { speaker = s }
            else if context.before.isEmpty, let s = introducedAbove(a, f, people) { speaker = s }
            if speaker == nil, let prev = previous, let name = prev.speaker,
               f.paragraph - prev.paragraph <= 1, context.before.count <= 1 || !prev.closed {
                speaker = (name, prev.mention ?? f.span)
            }
            out.append(Quote(span: f.span, text: a.text(f.span), kind: .direct, speaker: speaker?.0,
                             speakerMention: speaker.map { $0.1 }))
            previous = (speaker?.0, speaker?.1, f.paragraph, f.close != nil)
        }
        // the open part of a quotation that runs on into the next paragraph belongs to the same speaker
        for i in out.indices.reversed() where out[i].speaker == nil && found[i].close == nil && i + 1 < out.count
            && found[i + 1].paragraph == found[i].paragraph + 1 {
            out[i].speaker = out[i + 1].speaker
            out[i].speakerMention = out[i + 1].speakerMention
        }
        out += reported(a, quoteSpans: quoteSpans, people: people)
        return out.sorted { $0.span < $1.span }
    }

    // MARK: - Context

    /// The most tokens the words before or after a quotation are looked at: every cue the attributor knows
    /// (`X said`, `said X, a spokesman for Y`, `according to X`) lies within a few dozen tokens of the marks, and
    /// a paragraph with no sentence end (or a sentence of thousands of words) would otherwise have its whole
    /// length read again for each of its quotations.
    static let contextTokens = 120

    /// Token indices after the closing mark (to the end of the sentence) and before the opening mark, at most
    /// `contextTokens` of each.
    func contexts(_ a: Article, _ f: QuoteFinder.Found, _ marks: QuoteMarks) -> (before: [Int], after: [Int]) {
        let p = a.paragraphs[f.paragraph]
        let lo = a.sentences[p.sentences.lowerBound].tokens.lowerBound
        let hi = a.sentences[p.sentences.upperBound - 1].tokens.upperBound
        // a period ends the context only where the splitter ended a sentence (not after Jr. or L.)
        func ends(_ k: Int) -> Bool {
            let t = a.tokens[k].text
            return (t == "." || t == "!" || t == "?") && (marks.endsSentence(k) || (k + 1 < hi && marks.endsSentence(k + 1)) || t != ".")
        }
        var after: [Int] = []
        // a quotation that ends its own sentence (“… city.” Mayor X said …) takes nothing from the next one
        let lastInside = f.close.map { $0 - 1 } ?? -1
        let endsSentence = lastInside >= 0 && [".", "!", "?"].contains(a.tokens[lastInside].text)
        let nextLower = f.close.map { $0 + 1 < hi && a.tokens[$0 + 1].kind == .word && !a.tokens[$0 + 1].isCapitalized } ?? false
        if let c = f.close, !endsSentence || nextLower {
            var k = c + 1
            while k < hi && after.count < QuoteAttributor.contextTokens {
                if marks.isMark(k) || ends(k) { break }
                after.append(k)
                k += 1
            }
        }
        var before: [Int] = []
        var k = f.open - 1
        while k >= lo && before.count < QuoteAttributor.contextTokens {
            if marks.isMark(k) || ends(k) { break }
            before.append(k)
            k -= 1
        }
        return (Array(before.reversed()), after)
    }

    func words(_ a: Article, _ ks: [Int]) -> [String] { ks.map { a.tokens[$0].text.lowercased() } }

    /// `…,” said X` / `…,” X said` / `…,” the post put out by X … reads` / `…,” according to X`.
    func fromAfter(_ a: Article, _ after: [Int], _ people: SpeakerCandidates, before: Int) -> (String, ByteSpan)? {
        let ks = Array(after.drop { [",", "\u{2014}", "-"].contains(a.tokens[$0].text) })
        guard !ks.isEmpty else { return nil }
        let w = words(a, ks)
        guard let v = w.prefix(12).firstIndex(where: { QuoteAttributor.speechVerbs.contains($0) }) else { return nil }
        if v == 0 || (w[v] == "according" && v + 1 < w.count && w[v + 1] == "to") {
            // verb first: the name follows, up to a comma
            var np: [Int] = []
            for k in ks.dropFirst(w[v] == "according" ? v + 2 : v + 1) {
                if a.tokens[k].text == "," { break }
                np.append(k)
            }
            if let first = np.first, let r = resolvePronoun(a, a.tokens[first].text.lowercased(), people, before: before, at: a.tokens[first].span) {
                return r
            }
            return lastEntity(a, np, people)
        }
        return subject(a, Array(ks[0..<v]), people, before: before)
    }

    /// Colon introductions and `X said (that) … “…”` earlier in the sentence.
    func fromBefore(_ a: Article, _ before: [Int], _ people: SpeakerCandidates, before offset: Int) -> (String, ByteSpan)? {
        guard !before.isEmpty else { return nil }
        let w = words(a, before)
        if w.last == ":" {
            if let e = lastEntity(a, before, people) { return e }
        }
        var v = w.count - 1
        while v >= 0 {
            if QuoteAttributor.speechVerbs.contains(w[v]) && w[v] != "according"
                && !(v > 0 && QuoteAttributor.passiveMarks.contains(w[v - 1])) {
                if blocked(Array(w[(v + 1)...])) { return nil }
                if let s = subject(a, Array(before[0..<v]), people, before: offset, adjacentOnly: true) { return s }
            }
            v -= 1
        }
        return nil
    }

    /// `County commissioner Frank Odell said:` ending the paragraph before one that opens with the quotation.
    func introducedAbove(_ a: Article, _ f: QuoteFinder.Found, _ people: SpeakerCandidates) -> (String, ByteSpan)? {
        guard f.paragraph > 0 else { return nil }
        let above = a.paragraphs[f.paragraph - 1]
        guard above.role == .body, let si = above.sentences.last else { return nil }
        // its last words only, as around a quotation (a paragraph of quotations under one long sentence asks this
        // of that sentence once per quotation)
        let ks = Array(a.sentences[si].tokens.suffix(QuoteAttributor.contextTokens))
        guard let last = ks.last, a.tokens[last].text == ":" else { return nil }
        return fromBefore(a, ks, people, before: f.span.start)
    }

    /// A relative clause between the verb and the quotation (`…, a law that gives … “…”`) breaks the link.
    func blocked(_ w: [String]) -> Bool {
        for (i, t) in w.enumerated() where t == "," {
            let rest = w[(i + 1)...].prefix(8)
            if let first = rest.first, first == "which" || first == "who" { return true }
            if let first = rest.first, ["a", "an", "the"].contains(first), rest.contains(where: { ["that", "which", "who"].contains($0) }) {
                return true
            }
        }
        return false
    }

    /// The speaker named by the words before a speech verb.
    func subject(_ a: Article, _ np: [Int], _ people: SpeakerCandidates, before: Int, adjacentOnly: Bool = false) -> (String, ByteSpan)? {
        guard !np.isEmpty else { return nil }
        var ks = np
        if adjacentOnly {
            // only the few words right before the verb, skipping a clause set off by commas (`X, who …, called`)
            var segments: [[Int]] = [[]]
            for k in ks {
                if a.tokens[k].text == "," { segments.append([]) } else { segments[segments.count - 1].append(k) }
            }
            var tail: [Int] = []
            for (i, seg) in segments.enumerated().reversed() {
                let first = seg.first.map { a.tokens[$0].text.lowercased() } ?? ""
                if seg.isEmpty || ["who", "which", "whose"].contains(first) { continue }
                // only `has` or `also` after the last comma: the subject is before it
                if i > 0, seg.allSatisfy({ QuoteAttributor.auxiliaries.contains(a.tokens[$0].text.lowercased()) }) { continue }
                // an appositive role (`X, general secretary of the Y union, said`) stands for the name before it
                let appositive = lexicon.titles.contains(first) || lexicon.roleWords.contains(first) || ["a", "an", "the"].contains(first)
                if appositive, i > 0, let earlier = segments[..<i].last(where: { !$0.isEmpty }),
                   lastEntity(a, earlier, people) != nil {
                    tail = Array(earlier.suffix(6))
                    break
                }
                tail = Array(seg.suffix(6))
                break
            }
            ks = tail
        }
        guard !ks.isEmpty else { return nil }
        let w = words(a, ks)
        // the post put out by X … reads
        if let by = w.lastIndex(of: "by"), by + 1 < ks.count, let e = lastEntity(a, Array(ks[(by + 1)...]), people) { return e }
        if let e = lastEntity(a, ks, people) { return e }
        // a pronoun right before the verb
        if let last = ks.last, let r = resolvePronoun(a, w[w.count - 1], people, before: before, at: a.tokens[last].span) { return r }
        // the company said; the network's statement said
        if let n = w.lastIndex(where: { QuoteAttributor.nominals.contains($0) }), n > 0 {
            var d = n - 1
            if ["’s", "'s"].contains(w[d]), d > 1, QuoteAttributor.nominals.contains(w[d - 1]) { d -= 2 }
            if d >= 0, ["the", "its", "a"].contains(w[d]), let org = salientOrganization(a, people, before: before) {
                return (org.canonical, ByteSpan(a.tokens[ks[d]].span.start, a.tokens[ks[n]].span.end))
            }
        }
        return nil
    }

    /// The last person named inside the words `ks`, else the last organisation.
    func lastEntity(_ a: Article, _ ks: [Int], _ people: SpeakerCandidates) -> (String, ByteSpan)? {
        guard let f = ks.first, let l = ks.last else { return nil }
        return people.last(inside: ByteSpan(a.tokens[f].span.start, a.tokens[l].span.end)).map { ($0.canonical, $0.span) }
    }

    func resolvePronoun(_ a: Article, _ word: String, _ people: SpeakerCandidates, before: Int, at: ByteSpan) -> (String, ByteSpan)? {
        guard let g = QuoteAttributor.pronouns[word] else { return nil }
        switch g {
        case "m", "f":
            return people.lastPerson(gender: g, endingBy: before).map { ($0.canonical, at) }
        case "o":
            return salientOrganization(a, people, before: before).map { ($0.canonical, at) }
        default:
            return nil
        }
    }

    /// The organisation the text is about: the latest one that opened a sentence, else the latest one.
    func salientOrganization(_ a: Article, _ people: SpeakerCandidates, before: Int) -> Entity? {
        // one named earlier in the same paragraph comes first (According to the CDC, … the agency wrote); the
        // paragraph holds `before`, so a name that ends by `before` lies in it when it starts in it
        if let si = a.sentenceIndex(containing: max(0, before - 1)) {
            let paragraph = a.paragraphs[a.sentences[si].paragraph].span
            if let here = people.lastOrganization(endingBy: before, from: paragraph.start) { return here }
        }
        return people.lastSubjectOrganization(endingBy: before) ?? people.lastOrganization(endingBy: before)
    }

    // MARK: - Reported speech

    /// Participles that open a clause setting the scene of what someone said (`Speaking to reporters, …`).
    static let sceneSetters: Set<String> = [
        "speaking", "talking", "writing", "asked", "responding", "replying", "answering", "commenting", "reacting",
        "testifying", "appearing", "addressing", "interviewed", "questioned", "pressed", "announcing", "referring",
    ]

    /// `CLAUSE, X told Y …` and `X said (that) CLAUSE`, in sentences or parts of them without quote marks.
    func reported(_ a: Article, quoteSpans: SpanIndex, people: SpeakerCandidates) -> [Quote] {
        var out: [Quote] = []
        for p in a.paragraphs where p.role == .body {
            for si in p.sentences {
                let s = a.sentences[si]
                let ks = Array(s.tokens)
                let w = words(a, ks)
                // marks[i]: how many of the first i tokens are opening or straight quote marks, so that whether a
                // clause holds one is a subtraction, not a new reading of the clause for each verb
                var marks: [Int] = []
                for v in w.indices where ["said", "says", "told", "tells", "announced", "warned", "added"].contains(w[v]) {
                    // subject right before the verb
                    var subj: [Int] = []
                    var k = v - 1
                    while k >= 0 && w[k] != "," && subj.count < 6 { subj.insert(ks[k], at: 0); k -= 1 }
                    guard let speaker = lastEntity(a, subj, people) ?? (subj.count == 1 ? resolvePronoun(a, w[v - 1], people, before: a.tokens[ks[v - 1]].span.start, at: a.tokens[ks[v - 1]].span) : nil) else { continue }
                    var clause: Range<Int>?   // indices into ks
                    // `X said: “…”` gives its words in the quotation, and `Speaking to the BBC, X said` or
                    // `Asked about …, X said` only set the scene: neither clause is what was said
                    let introducesQuotation = v + 1 < w.count && [":", "\u{201C}", "\""].contains(w[v + 1])
                    let setsTheScene = k > 0 && QuoteAttributor.sceneSetters.contains(w[0])
                    if introducesQuotation || setsTheScene {
                        continue
                    } else if k > 0 && w[k] == "," && k >= 5 {
                        // CLAUSE, X said (a clause of a few words at least: not "In a statement, X said");
                        // a dateline (SAN FRANCISCO —) is not part of what was said
                        var c0 = 0
                        if let dash = w.prefix(5).firstIndex(where: { $0 == "\u{2014}" || $0 == "-" || $0 == "\u{2013}" }),
                           (0..<dash).allSatisfy({ a.tokens[ks[$0]].isAllCaps || a.tokens[ks[$0]].kind == .punctuation }) { c0 = dash + 1 }
                        if c0 < k { clause = c0..<k }
                    } else if k < 0 {
                        // X said (Friday) (that) CLAUSE
                        var c = v + 1
                        if w[v] == "told" || w[v] == "tells" {
                            // the one told: a name (the Evening Ledger), or one word (reporters, analysts)
                            if c + 1 < w.count, ["the", "a", "an"].contains(w[c]), a.tokens[ks[c + 1]].isCapitalized { c += 1 }
                            if c < w.count, a.tokens[ks[c]].isCapitalized {
                                while c < w.count, a.tokens[ks[c]].isCapitalized { c += 1 }
                            } else { c += 1 }
                        }
                        while c < w.count, CalendarWords.isCalendarWord(w[c]) || w[c] == "on" { c += 1 }
                        // `told CNN in an interview that …`: what was said starts after `that`
                        if c < w.count, let that = w[c...].prefix(7).firstIndex(of: "that"), !w[c..<that].contains(",") { c = that }
                        if c < w.count && w[c] == "that" { c += 1 }
                        var e = w.count
                        while e > c && a.tokens[ks[e - 1]].kind == .punctuation { e -= 1 }
                        if e - c >= 3 { clause = c..<e }
                    }
                    guard let r = clause else { continue }
                    let span = ByteSpan(a.tokens[ks[r.lowerBound]].span.start, a.tokens[ks[r.upperBound - 1]].span.end)
                    guard span.length > 10, !quoteSpans.anyOverlaps(ByteSpan(span.start - 3, span.end + 3)) else { continue }
                    if marks.isEmpty {
                        marks.reserveCapacity(w.count + 1)
                        marks.append(0)
                        for t in w { marks.append(marks[marks.count - 1] + (t == "\u{201C}" || t == "\"" ? 1 : 0)) }
                    }
                    guard marks[r.upperBound] == marks[r.lowerBound] else { continue }
                    out.append(Quote(span: span, text: a.text(span), kind: .reported, speaker: speaker.0, speakerMention: speaker.1))
                    break
                }
            }
        }
        return out
    }
}
