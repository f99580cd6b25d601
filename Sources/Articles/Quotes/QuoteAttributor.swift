/// Credits each quotation to a speaker from the words around it: `X said`, `said X`, `X told Y`,
/// `according to X`, colon introductions, pronouns, nominals (`the company said`), `the post put out by X
/// … reads`, and continuation. A quotation nobody can be credited with keeps a nil speaker.
/// Also finds reported speech without quote marks (`…, Mnuchin told ABC`; `Trump said that …`).
public struct QuoteAttributor: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    static let speechVerbs: WordSet = [
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
    /// Heads of descriptions of people, or of bodies that speak as people do (`a spokesperson`, `police`, `the
    /// owner`, `city staff`, `one cheerful viewer`), besides the lexicon's titles and job words.
    static let personNouns: WordSet = [
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "official", "officials", "police", "officer", "officers",
        "authorities", "investigators", "prosecutors", "prosecutor", "lawyer", "lawyers", "attorney", "attorneys", "owner",
        "owners", "founder", "founders", "resident", "residents", "neighbour", "neighbours", "neighbor", "neighbors", "witness",
        "witnesses", "protesters", "protestors", "demonstrators", "organizers", "organisers", "parents", "parent", "mother",
        "father", "son", "daughter", "wife", "husband", "friend", "friends", "viewer", "viewers", "fan", "fans", "expert",
        "experts", "analyst", "analysts", "source", "sources", "staff", "office", "representative", "representatives",
        "member", "members", "student", "students", "teacher", "teachers", "doctor", "doctors", "nurse", "nurses", "patient",
        "customer", "customers", "worker", "workers", "employee", "employees", "volunteer", "volunteers", "victim", "victims",
        "family", "relatives", "colleague", "colleagues", "coach", "player", "players", "leader", "leaders", "chair",
        "economist", "researcher", "researchers", "scientist", "scientists", "professor", "critic", "critics", "opponents",
        "supporters", "advocates", "activists", "man", "woman", "men", "women", "boy", "girl", "toddler", "child", "children",
        "kids", "guy", "person", "people", "crowd", "audience", "passenger", "passengers", "driver", "pilot", "user", "users",
        "reader", "readers", "caller", "callers", "shopper", "shoppers", "voter", "voters", "commenter", "local", "locals",
        "defenceman", "defenseman", "rookie", "veteran", "coordinator", "counsel", "agent", "agents", "insider", "insiders",
        "artist", "artists", "designer", "chef", "farmer", "farmers", "singer", "musician", "actor", "actress", "athlete",
        "runner", "skater", "golfer", "proprietor", "entrepreneur", "retiree", "grandmother", "grandfather", "mom", "dad",
        "teen", "teenager", "youngster", "newcomer", "immigrant", "refugee", "homeowner", "tenant", "tenants", "landlord",
        "survivor", "mechanic", "pharmacist", "paramedic", "firefighter", "soldier", "builder", "accountant", "dietitian",
        "trainer", "goalie", "forward", "captain", "winger", "pitcher", "quarterback", "striker", "midfielder",
    ]
    /// Heads of descriptions of many, or of a body: never one person the text is about.
    static let collectives: WordSet = ["police", "staff", "office", "family", "crowd", "audience", "people", "authorities"]
    /// Relatives: `the father` is most often someone the story does not name, not the person it is about.
    static let kin: WordSet = [
        "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "grandmother", "grandfather",
        "uncle", "aunt", "cousin", "mom", "dad", "parent", "widow", "widower", "boyfriend", "girlfriend",
    ]
    /// Punctuation that ends a sentence.
    static let sentenceEnds: WordSet = [".", "!", "?"]
    /// A question mark or an exclamation mark.
    static let questionOrExclamation: WordSet = ["?", "!"]
    /// The, a, an.
    static let articles: WordSet = ["the", "a", "an"]
    /// How far back (in bytes) the person a definite description stands for may have been named or have spoken.
    static let descriptionReach = 1500
    /// Words that open a description.
    static let determiners: WordSet = [
        "a", "an", "the", "one", "another", "some", "many", "several", "two", "three", "other", "each", "this", "these",
        "those", "that", "our", "my",
    ]
    /// Possessive pronouns and the gender of the one they stand for (`p` for a plural, which is not resolved).
    static let possessives: WordMap<Character> = ["his": "m", "her": "f", "their": "p", "its": "o"]
    /// What a person's words come in, standing for that person (`her statement read`).
    static let documents: WordSet = [
        "statement", "post", "release", "letter", "email", "e-mail", "tweet", "blog", "message", "note", "memo",
        "announcement", "video", "column", "essay", "website", "remarks", "testimony", "speech",
    ]
    /// Words that make the verb after them passive (`was accused of “…”`): the subject did not say it.
    static let passiveMarks: WordSet = ["was", "were", "been", "being", "is", "are", "be", "get", "got"]
    /// Words between a subject and its verb that name no one (`X, the chancellor, has warned`).
    static let auxiliaries: WordSet = [
        "has", "have", "had", "also", "has also", "previously", "later", "again", "repeatedly", "already", "once",
        "will", "would", "did", "does", "then", "now", "simply", "quickly", "recently",
    ]
    static let pronouns: WordMap<Character> = ["he": "m", "she": "f", "it": "o", "they": "p", "i": "x", "we": "x"]
    static let nominals: WordSet = [
        "company", "firm", "group", "organization", "organisation", "startup", "app", "platform", "agency", "ministry",
        "department", "statement", "giant", "business", "maker", "retailer", "bank", "network", "service", "website",
        "site", "spokesperson", "spokesman", "spokeswoman", "team", "campaign", "government", "administration",
        "post", "blog", "release", "letter", "report",
        "club", "council", "union", "university", "school", "hospital", "court", "party", "board", "authority", "police",
        "museum", "league", "federation", "association", "institute", "foundation", "charity", "studio", "airline",
        "carrier", "operator", "utility", "regulator", "watchdog", "insurer", "lender", "broadcaster", "newspaper",
        "publisher", "manufacturer", "automaker", "carmaker", "chipmaker", "developer", "supplier", "bureau", "office",
    ]

    /// Who a quotation is credited to, how that was found, and the words that name them.
    struct Credit {
        var name: String
        var mention: ByteSpan
        var kind: Quote.SpeakerKind = .name
        var organization: String?
        /// True when a person's name in the text gives it (not an organisation's, not a description).
        var isPerson = false
    }

    /// Attributes direct quotations found by `QuoteFinder` and adds reported speech; entities must be canonical.
    ///
    /// Sieves, most precise first: the words right after the quotation (`…,” X said`, `said X`, a description,
    /// a pronoun); the words before it in its sentence (`X said: “…”`, `said X, “…”`); a colon ending the paragraph
    /// above; then the discourse: the current speaker goes on in a paragraph of nothing but quotation.
    public func attribute(_ a: Article, found: [QuoteFinder.Found]) -> [Quote] {
        let quoteSpans = SpanIndex(found.map { $0.span })
        // a link teaser (`WATCH BELOW: …`, `READ MORE: …`) is another story's headline: no one in it speaks here,
        // and its label is no one at all; nor does a photo credit (both are left out as `notSpeaking`)
        var teasers: [ByteSpan] = []
        for p in a.paragraphs where !p.sentences.isEmpty && PhraseClassifier.startsWithTeaser(a.tokenRange(of: p), a.tokens) {
            teasers.append(p.span)
        }
        // a photo credit in the text (`(Jane Roe / Daily Planet)`) names who took the picture, not anyone speaking
        var credits: [ByteSpan] = []
        // (read by index: a loop over the entities as values copied each, its strings retained and released)
        for ei in a.entities.indices where a.entities[ei].type == .person {
            let e = a.entities[ei].span
            guard let k = a.token(startingAt: e.start), k > 0, a.tokens[k - 1].equals("(") else { continue }
            var j = k
            while j < a.tokens.count && a.tokens[j].span.start < e.end { j += 1 }
            if j < a.tokens.count && a.tokens[j].equals("/") { credits.append(e) }
        }
        let notSpeaking = SpanIndex(teasers + credits)
        let people = SpeakerCandidates(in: a, lexicon: lexicon) {
            ($0.type == .person || $0.type == .organization) && !quoteSpans.anyEncloses($0.span) && !notSpeaking.anyEncloses($0.span)
                && !PhraseClassifier.isTeaserOpener($0.text)
        }
        let marks = QuoteMarks(a, found)
        var discourse = Discourse(a, lexicon: lexicon) { quoteSpans.anyEncloses($0) || notSpeaking.anyEncloses($0) }
        let scope = Sieve.Scope(attributor: self, article: a, people: people)
        let reportedSpeech = reported(a, quoteSpans: quoteSpans, people: people, discourse: discourse, scope: scope)
        var out: [Quote] = []
        var nextReported = 0
        var previousClosed = true
        var previousCredit: (credit: Credit, sentence: Int?)?
        for f in found {
            // reported speech before this quotation names who is speaking now
            while nextReported < reportedSpeech.count && reportedSpeech[nextReported].span.end <= f.span.start {
                let q = reportedSpeech[nextReported]
                if let name = q.speaker, let p = a.sentenceIndex(containing: q.span.start).map({ a.sentences[$0].paragraph }) {
                    // `X said she is unsure …`: the pronoun that opens what they said is theirs
                    if let k = a.token(startingAt: q.span.start), let g = QuoteAttributor.pronouns[a.tokens[k].lower],
                       g == "m" || g == "f" { discourse.learn(name, gender: g) }
                    discourse.spoke(.init(name: name, kind: q.speakerKind ?? .name, organization: q.speakerOrganization,
                                          mention: q.speakerMention ?? q.span, at: q.span.end, paragraph: p))
                }
                nextReported += 1
            }
            let context = contexts(a, f, marks)
            let sieve = Sieve(scope: scope, discourse: discourse, quote: f.span)
            var credit = sieve.fromAfter(context.after) ?? sieve.fromBefore(context.before)
            if credit == nil, let tail = afterQuestion(a, f, marks) { credit = sieve.fromAfter(tail) }
            if credit == nil && context.before.isEmpty { credit = sieve.introducedAbove(f) }
            // `called the plan “bold” and based on “one giant assumption”`: a second quotation of the same sentence,
            // no one else named between, is the same speaker's
            if credit == nil, let prev = previousCredit, prev.sentence == a.sentenceIndex(containing: f.span.start),
               prev.sentence != nil, context.before.allSatisfy({ a.tokens[$0].kind != .word || !a.tokens[$0].isCapitalized }) {
                credit = Credit(name: prev.credit.name, mention: prev.credit.mention, kind: .continuation, organization: prev.credit.organization)
            }
            if credit == nil, sieve.leadsInWithoutAName(context.before) || !previousClosed,
               let c = discourse.continuing(at: f.span.start, paragraph: f.paragraph) {
                credit = Credit(name: c.name, mention: c.mention, kind: c.kind == .description ? .description : .continuation,
                                organization: c.organization)
            }
            if let c = credit {
                // `she said`, `her statement read`: what the article says of their gender (the mention's first word
                // made only for a pronoun's credit)
                if c.kind == .pronoun {
                    let word = a.text(c.mention).lowercased().splitASCII(0x20).first.map(String.init) ?? ""
                    if let g = QuoteAttributor.pronouns[word] ?? QuoteAttributor.possessives[word], g == "m" || g == "f" {
                        discourse.learn(c.name, gender: g)
                    }
                }
                discourse.spoke(.init(name: c.name, kind: c.kind, organization: c.organization, mention: c.mention,
                                      at: f.span.end, paragraph: f.paragraph))
            }
            out.append(Quote(span: f.span, in: a.bytes, kind: .direct, speaker: credit?.name, speakerMention: credit?.mention,
                             speakerKind: credit?.kind, speakerOrganization: credit?.organization))
            previousClosed = f.close != nil
            previousCredit = credit.map { ($0, a.sentenceIndex(containing: f.span.start)) }
        }
        // the open part of a quotation that runs on into the next paragraph belongs to the same speaker
        for i in out.indices.reversed() where out[i].speaker == nil && found[i].close == nil && i + 1 < out.count
            && found[i + 1].paragraph == found[i].paragraph + 1 {
            out[i].speaker = out[i + 1].speaker
            out[i].speakerMention = out[i + 1].speakerMention
            out[i].speakerKind = out[i + 1].speakerKind
            out[i].speakerOrganization = out[i + 1].speakerOrganization
        }
        out += reportedSpeech
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
        let paragraph = a.tokenRange(of: a.paragraphs[f.paragraph])
        let lo = paragraph.lowerBound, hi = paragraph.upperBound
        // a period ends the context only where the splitter ended a sentence (not after Jr. or L.)
        // (told on the token's bytes: its text was made as a string for every token of the context)
        func ends(_ k: Int) -> Bool {
            let t = a.tokens[k]
            if t.equals("!") || t.equals("?") { return true }
            return t.equals(".") && (marks.endsSentence(k) || (k + 1 < hi && marks.endsSentence(k + 1)))
        }
        // (each made at the most it can hold: grown from empty it was allocated again at each doubling)
        var after: [Int] = []
        after.reserveCapacity(QuoteAttributor.contextTokens)
        // a quotation that ends its own sentence (“… city.” Mayor X said …) takes nothing from the next one
        let lastInside = f.close.map { $0 - 1 } ?? -1
        let endsSentence = lastInside >= 0 && QuoteAttributor.sentenceEnds.contains(a.tokens[lastInside])
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
        before.reserveCapacity(QuoteAttributor.contextTokens)
        var k = f.open - 1
        while k >= lo && before.count < QuoteAttributor.contextTokens {
            if marks.isMark(k) || ends(k) { break }
            before.append(k)
            k -= 1
        }
        // (turned round in place, not copied)
        before.reverse()
        return (before, after)
    }

    /// `“Any prizes?” Lopez asked before …`: a question or an exclamation ends its own sentence, yet a name and a
    /// verb of saying right after it are its speaker. The few words after the closing mark, when the first of them
    /// are such a pair; nil otherwise.
    func afterQuestion(_ a: Article, _ f: QuoteFinder.Found, _ marks: QuoteMarks) -> [Int]? {
        guard let c = f.close, c > 0, QuoteAttributor.questionOrExclamation.contains(a.tokens[c - 1]) else { return nil }
        let hi = a.tokenRange(of: a.paragraphs[f.paragraph]).upperBound
        var out: [Int] = []
        var k = c + 1
        while k < hi && out.count < 4 {
            let t = a.tokens[k].text
            if marks.isMark(k) || t == "." || t == "?" || t == "!" { break }
            out.append(k)
            k += 1
        }
        let w = words(a, out)
        guard w.count >= 2, w.prefix(3).contains(where: { QuoteAttributor.speechVerbs.contains($0) || lexicon.reportingVerbs.contains($0) }),
              a.tokens[out[0]].isCapitalized || QuoteAttributor.pronouns[w[0]] != nil || QuoteAttributor.speechVerbs.contains(w[0]) else { return nil }
        return out
    }

    func words(_ a: Article, _ ks: [Int]) -> [String] { ks.map { a.tokens[$0].lower } }

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
    static let sceneSetters: WordSet = [
        "speaking", "talking", "writing", "asked", "responding", "replying", "answering", "commenting", "reacting",
        "testifying", "appearing", "addressing", "interviewed", "questioned", "pressed", "announcing", "referring",
    ]

    /// `CLAUSE, X told Y …` and `X said (that) CLAUSE`, in sentences or parts of them without quote marks.
    /// The verbs that report speech without quotation marks (`X said the plan would fail`).
    static let reportedSpeechVerbs: WordSet = ["said", "says", "told", "tells", "announced", "warned", "added"]

    func reported(_ a: Article, quoteSpans: SpanIndex, people: SpeakerCandidates, discourse: Discourse,
                  scope: Sieve.Scope) -> [Quote] {
        var out: [Quote] = []
        for p in a.paragraphs where p.role == .body {
            for si in p.sentences {
                let s = a.sentences[si]
                // most sentences report no one: they are passed over on their tokens' bytes, before a word of
                // them is lower-cased
                guard s.tokens.contains(where: { QuoteAttributor.reportedSpeechVerbs.contains(lowerOf: a.tokens[$0]) }) else { continue }
                let ks = Array(s.tokens)
                // the sentence's words in lower case, each made only where it is read as a string: most are asked
                // of word lists and marks on their bytes (made for the whole sentence, they were most of this step)
                let w = LowerWords(a.tokens, s.tokens)
                // marks[i]: how many of the first i tokens are opening or straight quote marks, so that whether a
                // clause holds one is a subtraction, not a new reading of the clause for each verb
                var marks: [Int] = []
                for v in w.indices where w.isIn(v, QuoteAttributor.reportedSpeechVerbs) {
                    // subject right before the verb
                    var subj: [Int] = []
                    var k = v - 1
                    while k >= 0 && !w.isWord(k, ",") && subj.count < 6 { subj.insert(ks[k], at: 0); k -= 1 }
                    var clause: Range<Int>?   // indices into ks
                    // `X said: “…”` gives its words in the quotation, and `Speaking to the BBC, X said` or
                    // `Asked about …, X said` only set the scene: neither clause is what was said
                    // (marks told by their bytes, `QuoteFinder.Mark`: a `String` compared with one outside ASCII is
                    // compared the slow way)
                    let introducesQuotation = v + 1 < w.count
                        && (a.tokens[ks[v + 1]].equals(":") || QuoteFinder.Mark(a.tokens[ks[v + 1]]).opensDouble)
                    let setsTheScene = k > 0 && w.isIn(0, QuoteAttributor.sceneSetters)
                    if introducesQuotation || setsTheScene {
                        continue
                    } else if k > 0 && w.isWord(k, ",") && k >= 5 {
                        // CLAUSE, X said (a clause of a few words at least: not "In a statement, X said");
                        // a dateline (SAN FRANCISCO —) is not part of what was said
                        var c0 = 0
                        if let dash = w.indices.prefix(5).first(where: { w.isWord($0, "\u{2014}") || w.isWord($0, "-") || w.isWord($0, "\u{2013}") }),
                           (0..<dash).allSatisfy({ a.tokens[ks[$0]].isAllCaps || a.tokens[ks[$0]].kind == .punctuation }) { c0 = dash + 1 }
                        if c0 < k { clause = c0..<k }
                    } else if k < 5 {
                        // X said (Friday) (that) CLAUSE, also after a short opening (`In question period, X said …`)
                        var c = v + 1
                        if w.isWord(v, "told") || w.isWord(v, "tells") {
                            // the one told: a name (the Evening Ledger), or one word (reporters, analysts)
                            if c + 1 < w.count, w.isIn(c, QuoteAttributor.articles), a.tokens[ks[c + 1]].isCapitalized { c += 1 }
                            if c < w.count, a.tokens[ks[c]].isCapitalized {
                                while c < w.count, a.tokens[ks[c]].isCapitalized { c += 1 }
                            } else { c += 1 }
                        }
                        while c < w.count, w.isWord(c, "on") || CalendarWords.isCalendarWord(w[c]) { c += 1 }
                        // `told CNN in an interview that …`: what was said starts after `that`
                        if c < w.count, let that = (c..<w.count).prefix(7).first(where: { w.isWord($0, "that") }),
                           !(c..<that).contains(where: { w.isWord($0, ",") }) { c = that }
                        if c < w.count && w.isWord(c, "that") { c += 1 }
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
                        for k in ks { marks.append(marks[marks.count - 1] + (QuoteFinder.Mark(a.tokens[k]).opensDouble ? 1 : 0)) }
                    }
                    guard marks[r.upperBound] == marks[r.lowerBound] else { continue }
                    // the subject as for a quotation (an appositive, a description, a pronoun by the people who
                    // open sentences), without who spoke before: reported speech is read first. Asked only once the
                    // clause is one, as it costs the most of these checks.
                    let sieve = Sieve(scope: scope, discourse: discourse, quote: a.tokens[ks[v]].span)
                    // the few words before the verb first; the whole clause when it finds a person they do not
                    // (`Navdeep Bains, Minister of Innovation, Science and Economic Development, said`)
                    let near = subj.isEmpty ? nil : sieve.subject(subj)
                    let wide = near?.isPerson == true ? nil : sieve.subject(Array(ks[0..<v]), adjacentOnly: true)
                    guard let speaker = wide?.isPerson == true ? wide : near ?? wide else { continue }
                    out.append(Quote(span: span, in: a.bytes, kind: .reported, speaker: speaker.name, speakerMention: speaker.mention,
                                     speakerKind: speaker.kind, speakerOrganization: speaker.organization))
                    break
                }
            }
        }
        return out
    }
}
