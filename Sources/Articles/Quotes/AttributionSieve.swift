/// The patterns that credit one quotation from the words around it, each a small step `QuoteAttributor` tries in
/// order (the most precise first): what follows the closing mark (`…,” X said`, `said X`, `…,” a spokesperson
/// for Y said`, `…,” she said`), what stands before the opening one (`X said: “…”`, `said X, “…”`), and a colon
/// that ends the paragraph above. Pronouns are read against the `Discourse`.
struct Sieve {
    /// What every sieve of one article reads: the attributor, the article and its speaker candidates, shared by
    /// reference. A sieve is made for each quotation and each clause of reported speech, and holding them as
    /// values copied the article's and the candidates' two dozen arrays (a retain and a release each) every time.
    final class Scope {
        let attributor: QuoteAttributor
        let article: Article
        let people: SpeakerCandidates

        init(attributor: QuoteAttributor, article: Article, people: SpeakerCandidates) {
            self.attributor = attributor
            self.article = article
            self.people = people
        }
    }

    let scope: Scope
    let discourse: Discourse
    /// The quotation being credited.
    let quote: ByteSpan

    typealias Credit = QuoteAttributor.Credit

    private var attributor: QuoteAttributor { scope.attributor }
    private var people: SpeakerCandidates { scope.people }
    private var a: Article { scope.article }
    private var lexicon: Lexicon { attributor.lexicon }

    func words(_ ks: [Int]) -> [String] { attributor.words(a, ks) }

    /// A verb that can introduce speech: the curated list, or any form of a verb of communication (WordNet).
    func isReportingVerb(_ w: String) -> Bool {
        QuoteAttributor.speechVerbs.contains(w) || lexicon.reportingVerbs.contains(w)
    }

    /// Whether `w[i]` is a reporting verb where it stands: not after a determiner or a possessive, where it is a
    /// noun (`the post`, `her reply`).
    func verb(_ w: [String], at i: Int) -> Bool {
        guard isReportingVerb(w[i]) else { return false }
        return i == 0 || !(QuoteAttributor.determiners.contains(w[i - 1]) || QuoteAttributor.possessives[w[i - 1]] != nil)
    }

    // MARK: - After the quotation

    /// `…,” said X` / `…,” X said` / `…,” X, a spokesman for Y, said` / `…,” says the owner` / `…,” according to
    /// X` / `…,” the post put out by X … reads`.
    func fromAfter(_ after: [Int]) -> Credit? {
        let ks = Array(after.drop { Sieve.leadingPunctuation.contains(a.tokens[$0]) })
        guard !ks.isEmpty else { return nil }
        let w = words(ks)
        // the verb: among the first words, or after a name and the appositive set off by commas that follows it
        // the curated verbs first: a noun that is also a verb of communication (`the blog post … reads`) is not it
        var v = w.prefix(12).firstIndex(where: { QuoteAttributor.speechVerbs.contains($0) })
            ?? w.indices.prefix(12).first(where: { verb(w, at: $0) })
        if v == nil || (v ?? 0) > 0 && w[0..<(v ?? 0)].contains(",") {
            if let c = appositiveVerb(ks, w) { v = c }
        }
        guard let v else { return nil }
        if v == 0 || (w[v] == "according" && v + 1 < w.count && w[v + 1] == "to") {
            // verb first: the name follows, up to a comma (`said Ann Lee, the mayor`)
            var np: [Int] = []
            for k in ks.dropFirst(w[v] == "according" ? v + 2 : v + 1) {
                if a.tokens[k].equals(",") { break }
                np.append(k)
            }
            if let first = np.first, let r = pronoun(a.tokens[first].lower, at: a.tokens[first].span) { return r }
            // `says Lee's business partner, Joe Lund`: the one named after the comma, not the possessor
            if let r = namedAfterRole(np, in: ks) { return r }
            // `said a spokesperson for X`: the description, linked to X (not X itself)
            if let d = description(np) { return d }
            if let e = lastEntity(np) { return e }
            return singleName(np)
        }
        return subject(Array(ks[0..<v]))
    }

    /// `Lee's business partner, Joe Lund` / `her father, Carl`: a possessive role, a comma, then the one who has
    /// it, by name (a single first name too).
    func namedAfterRole(_ np: [Int], in ks: [Int]) -> Credit? {
        let w = words(np)
        guard w.count >= 2, w.count <= 6, let last = w.last,
              QuoteAttributor.personNouns.contains(last) || lexicon.roleWords.contains(last) || lexicon.titles.contains(last),
              w.contains(where: { $0 == "’s" || $0 == "'s" }) || QuoteAttributor.possessives[w[0]] != nil,
              let lastToken = np.last, let at = ks.firstIndex(of: lastToken), at + 2 < ks.count, a.tokens[ks[at + 1]].equals(",") else { return nil }
        var name: [Int] = []
        for k in ks[(at + 2)...] {
            if a.tokens[k].equals(",") || a.tokens[k].equals(".") || !a.tokens[k].isCapitalized { break }
            name.append(k)
        }
        guard !name.isEmpty else { return nil }
        if let e = people.last(inside: span(name)), e.type == .person { return Credit(name: e.canonical, mention: e.span) }
        return singleName(name)
    }

    /// `X, a leading analyst in Vienna, said`: the verb right after the second comma, when a name stands before
    /// the first. Returns its index in `w`.
    func appositiveVerb(_ ks: [Int], _ w: [String]) -> Int? {
        guard let c1 = w.firstIndex(of: ","), c1 > 0, c1 <= 6, lastEntity(ks[0..<c1]) != nil else { return nil }
        var c = c1 + 1
        while c < w.count && c - c1 <= 25 {
            if w[c] == "," {
                var v = c + 1
                while v < w.count && QuoteAttributor.auxiliaries.contains(w[v]) { v += 1 }
                if v < w.count && verb(w, at: v) { return v }
            }
            c += 1
        }
        return nil
    }

    // MARK: - Before the quotation

    /// Colon introductions, `said X, “…”`, and `X said (that) … “…”` earlier in the sentence.
    func fromBefore(_ before: [Int]) -> Credit? {
        guard !before.isEmpty else { return nil }
        let w = words(before)
        if w.last == ":" {
            // the subject of the clause the colon ends (`Vance took to the radio with this:`), a person first
            if let s = colonSubject(before, w) { return s }
            // `Surrey staff explained it this way:`: the words before the verb describe who speaks
            if let v = w.indices.first(where: { verb(w, at: $0) }), v > 0, lastEntity(before[0..<v]) == nil,
               let d = description(Array(before[0..<v])) { return d }
            if let e = lastEntity(before) { return e }
        }
        // `…, said Ortiz, “…”` / `asks editor Jo Baird, “…”`: a verb and a name, then the quotation
        if w.last == ",", let v = w.indices.dropLast().last(where: { verb(w, at: $0) }), w.count - 1 - v <= 6, v + 1 < w.count - 1 {
            let np = Array(before[(v + 1)..<(before.count - 1)])
            if !np.isEmpty, !w[(v + 1)..<(w.count - 1)].contains(","), let e = lastEntity(np) ?? description(np) { return e }
        }
        // `Gibson also noted the slope to Highway 16, testifying “…”`: the participle's subject opens the sentence
        if let v = w.indices.last(where: { w[$0].hasSuffix("ing") && isReportingVerb(w[$0]) }), v > 0, w[v - 1] == ",", w.count - v <= 3,
           let e = people.last(inside: span(before.prefix(3))), e.type == .person, e.span.start == a.tokens[before[0]].span.start {
            return Credit(name: e.canonical, mention: e.span, isPerson: true)
        }
        var v = w.count - 1
        while v >= 0 {
            // the curated verbs anywhere before; any verb of communication close to the quotation
            let close = w.count - v <= 6
            if (QuoteAttributor.speechVerbs.contains(w[v]) || close && verb(w, at: v)) && w[v] != "according"
                && !(v > 0 && QuoteAttributor.passiveMarks.contains(w[v - 1])) {
                if blocked(Array(w[(v + 1)...])) { return nil }
                if let s = subject(Array(before[0..<v]), adjacentOnly: true) { return s }
            }
            v -= 1
        }
        return nil
    }

    /// A relative clause between the verb and the quotation (`…, a law that gives … “…”`) breaks the link.
    func blocked(_ w: [String]) -> Bool {
        for (i, t) in w.enumerated() where t == "," {
            let rest = w[(i + 1)...].prefix(8)
            if let first = rest.first, first == "which" || first == "who" { return true }
            if let first = rest.first, Sieve.articles.contains(first), rest.contains(where: { Sieve.relatives.contains($0) }) {
                return true
            }
        }
        return false
    }

    /// The subject of a clause ending in a colon: a person (or a pronoun) opening it, not a name further on
    /// (`Hart, a doctor in Halifax, is blunter:` is Hart, not Halifax).
    func colonSubject(_ before: [Int], _ w: [String]) -> Credit? {
        var start = 0
        // a clause set off before the subject (`Asked what he would tell the mayor, he said:`)
        if let c = w.firstIndex(of: ","), c < w.count - 1, QuoteAttributor.sceneSetters.contains(w[0]) { start = c + 1 }
        let rest = Array(before[start...])
        guard let first = rest.first else { return nil }
        if let p = pronoun(a.tokens[first].lower, at: a.tokens[first].span) { return p }
        let head = Array(rest.prefix(4))
        if let e = people.last(inside: span(head)), e.type == .person, e.span.start == a.tokens[first].span.start
            || (head.count > 1 && e.span.start == a.tokens[head[1]].span.start) {
            return Credit(name: e.canonical, mention: e.span)
        }
        return nil
    }

    /// `County commissioner Frank Odell said:` ending the paragraph before one that opens with the quotation.
    func introducedAbove(_ f: QuoteFinder.Found) -> Credit? {
        guard f.paragraph > 0 else { return nil }
        let above = a.paragraphs[f.paragraph - 1]
        guard above.role == .body, let si = above.sentences.last else { return nil }
        // its last words only, as around a quotation
        let ks = Array(a.sentences[si].tokens.suffix(QuoteAttributor.contextTokens))
        guard let last = ks.last, a.tokens[last].equals(":") else { return nil }
        return fromBefore(ks)
    }

    /// True when the words before the quotation name no one and introduce it, so that the current speaker goes on:
    /// nothing at all, a conjunction, or a lead-in ending in a colon (`Then, after a pause:`).
    func leadsInWithoutAName(_ before: [Int]) -> Bool {
        if before.count <= 1 { return true }
        let w = words(before)
        return w.last == ":" && lastEntity(before) == nil && w.count <= 12
    }

    // MARK: - Subjects

    /// The speaker named by the words before a speech verb.
    func subject(_ np: [Int], adjacentOnly: Bool = false) -> Credit? {
        guard !np.isEmpty else { return nil }
        var ks = np
        if adjacentOnly {
            // only the few words right before the verb, skipping a clause set off by commas (`X, who …, called`)
            var segments: [[Int]] = [[]]
            for k in ks {
                if a.tokens[k].equals(",") { segments.append([]) } else { segments[segments.count - 1].append(k) }
            }
            var tail: [Int] = []
            // `Navdeep Bains, Minister of Innovation, Science and Economic Development, said`: a person opening the
            // clause, then an appositive of several commas with no one else in it
            if segments.count >= 3, let opener = lastEntity(segments[0]), people.last(inside: span(segments[0])).map({ $0.type == .person }) == true,
               !segments.dropFirst().contains(where: { seg in people.last(inside: span(seg)).map { $0.type == .person } == true }) {
                return opener
            }
            for (i, seg) in segments.enumerated().reversed() {
                let first = seg.first.map { a.tokens[$0].lower } ?? ""
                if seg.isEmpty || Sieve.relativeOpeners.contains(first) { continue }
                // only `has` or `also` after the last comma: the subject is before it
                if i > 0, seg.allSatisfy({ QuoteAttributor.auxiliaries.contains(lowerOf: a.tokens[$0]) }) { continue }
                // an appositive role (`X, general secretary of the Y union, said`) stands for the name before it
                let appositive = lexicon.titles.contains(first) || lexicon.roleWords.contains(first) || Sieve.articles.contains(first)
                if appositive, i > 0, let earlier = segments[..<i].last(where: { !$0.isEmpty }), lastEntity(earlier) != nil {
                    tail = Array(earlier.suffix(6))
                    break
                }
                tail = Array(seg.suffix(6))
                break
            }
            ks = tail
        }
        guard !ks.isEmpty else { return nil }
        let w = words(ks)
        // the post put out by X … reads
        if let by = w.lastIndex(of: "by"), by + 1 < ks.count, let e = lastEntity(ks[(by + 1)...]) { return e }
        // `a spokesperson for X said`: the description, linked to X (not X itself)
        if let d = description(ks), d.organization != nil || lastEntity(ks) == nil { return d }
        // `Jingyi Pan of IG said`: the one who speaks is the name before `of`, not where they work
        if let of = w.lastIndex(where: { Sieve.affiliationWords.contains($0) }), of > 0, of + 1 < ks.count,
           people.last(inside: span(ks[(of + 1)...])).map({ $0.type == .organization }) == true,
           let e = people.last(inside: span(ks[..<of])), e.span.end == a.tokens[ks[of - 1]].span.end {
            return Credit(name: e.canonical, mention: e.span, isPerson: true)
        }
        if let e = lastEntity(ks) { return e }
        // a pronoun right before the verb, or before `was quoted as` / `has also`
        var p = w.count - 1
        while p > 0 && (QuoteAttributor.auxiliaries.contains(w[p]) || QuoteAttributor.passiveMarks.contains(w[p])
                        || Sieve.quotedAsWords.contains(w[p]) || isReportingVerb(w[p])) { p -= 1 }
        if let r = pronoun(w[p], at: a.tokens[ks[p]].span) { return r }
        // her statement read; his office said
        if let r = possessive(ks, w) { return r }
        // the company said; the network's statement said
        if let n = w.lastIndex(where: { QuoteAttributor.nominals.contains($0) }), n > 0, !QuoteAttributor.personNouns.contains(w[n]) {
            var d = n - 1
            if Sieve.possessives.contains(w[d]), d > 1, QuoteAttributor.nominals.contains(w[d - 1]) { d -= 2 }
            if d >= 0, Sieve.organisationDeterminers.contains(w[d]), let org = attributor.salientOrganization(a, people, before: quote.start) {
                return Credit(name: org.canonical, mention: ByteSpan(a.tokens[ks[d]].span.start, a.tokens[ks[n]].span.end))
            }
        }
        if let d = description(ks) { return d }
        return singleName(ks)
    }

    /// The last person named inside the words `ks`, else the last organisation.
    /// (of a slice of the words too, read in place: made into an array for the question, each was an allocation)
    func lastEntity<C: BidirectionalCollection>(_ ks: C) -> Credit? where C.Element == Int {
        guard !ks.isEmpty, let e = people.last(inside: span(ks)) else { return nil }
        if e.type == .organization, let person = personInside(e) { return person }
        return Credit(name: e.canonical, mention: e.span, isPerson: e.type == .person)
    }

    /// Whoever speaks is a person: `NDP MP Nathan Cullen` taken for an organisation is the person named from the
    /// first name on, after a title or a party's initials.
    func personInside(_ e: Entity) -> Credit? {
        Sieve.personName(in: e, lexicon: lexicon).map { Credit(name: $0, mention: e.span, isPerson: true) }
    }

    /// The person's name inside an organisation's mention made of a title or a party's initials, a first name and
    /// more capitalised words (`Liberal MP Marco Mendicino` → `Marco Mendicino`); nil for any other.
    static func personName(in e: Entity, lexicon: Lexicon) -> String? {
        guard e.type == .organization else { return nil }
        // (three words at least: two spaces, counted before the name is split)
        var spaces = 0
        for c in e.text.utf8 where c == 0x20 { spaces += 1; if spaces == 2 { break } }
        guard spaces == 2 else { return nil }
        let words = e.text.splitASCII(0x20)
        guard words.count >= 3, let f = words.indices.first(where: { lexicon.gender(ofFirstName: String(words[$0])) != nil }), f > 0,
              f < words.count - 1,
              // a title or initials right before the name (`MP`, `Sen.`, `CEO`), capitalised words before it (`Liberal`)
              words[f - 1].allSatisfy({ $0.isUppercase || $0 == "." }) || lexicon.titles.contains(words[f - 1].lowercased()),
              words[..<f].allSatisfy({ $0.first?.isUppercase == true }),
              words[f...].allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return words[f...].joined(separator: " ")
    }

    func span<C: BidirectionalCollection>(_ ks: C) -> ByteSpan where C.Element == Int {
        guard let f = ks.first, let l = ks.last else { return ByteSpan(0, 0) }
        return ByteSpan(a.tokens[f].span.start, a.tokens[l].span.end)
    }

    /// `he` or `she` as the discourse has it (the current speaker or a recent subject of that gender), else the
    /// nearest person of that gender; `it` as the organisation the text is about.
    func pronoun(_ word: String, at: ByteSpan) -> Credit? {
        guard let g = QuoteAttributor.pronouns[word] else { return nil }
        switch g {
        case "m", "f":
            if let name = discourse.resolve(g, before: quote.start) { return Credit(name: name, mention: at, kind: .pronoun) }
            return people.lastPerson(gender: g, endingBy: quote.start).map { Credit(name: $0.canonical, mention: at, kind: .pronoun) }
        case "o":
            return attributor.salientOrganization(a, people, before: quote.start).map { Credit(name: $0.canonical, mention: at, kind: .pronoun) }
        default:
            return nil
        }
    }

    /// `her statement read`, `his post said`: the document stands for the person the pronoun is; `his office
    /// said` is a description that belongs to them.
    func possessive(_ ks: [Int], _ w: [String]) -> Credit? {
        guard w.count >= 2, let g = QuoteAttributor.possessives[w[w.count - 2]] else { return nil }
        let noun = w[w.count - 1]
        guard QuoteAttributor.documents.contains(noun) else { return nil }
        let at = span(ks.suffix(2))
        if let name = discourse.resolve(g, before: quote.start) ?? people.lastPerson(gender: g, endingBy: quote.start)?.canonical {
            return Credit(name: name, mention: at, kind: .pronoun)
        }
        return nil
    }

    // MARK: - Descriptions

    /// Words that describe a speaker without naming them: `a spokesperson for the ministry`, `police`, `the
    /// owner`, `city staff`, `one cheerful viewer`. The head is a noun for people or for a body that speaks; a
    /// title (`the mayor`) is the person the article gave that title, when it did. The organisation a description
    /// speaks for is the one named after `for`, `of`, `at` or `with`.
    func description(_ np: [Int]) -> Credit? {
        guard !np.isEmpty else { return nil }
        let w = words(np)
        // the noun phrase ends before a preposition that says whom it speaks for, or at a clause
        let cut = w.firstIndex(where: { Sieve.descriptionCuts.contains($0) }) ?? w.count
        guard cut > 0 else { return nil }
        let head = w[cut - 1]
        let isPersonNoun = QuoteAttributor.personNouns.contains(head) || lexicon.titles.contains(head) || lexicon.roleWords.contains(head)
        guard isPersonNoun else { return nil }
        // a determiner or a plural of people opens it; no capitalised word inside but the first (that would be a name)
        let first = w[0]
        let determined = QuoteAttributor.determiners.contains(first) || QuoteAttributor.possessives[first] != nil
        let bare = cut == 1 && (head.hasSuffix("s") || Sieve.bareCollectives.contains(head))
        // `Surrey staff`, `Ottawa police`, `City officials`: a body of people named by where they are
        let qualified = cut == 2 && a.tokens[np[0]].isCapitalized && (head.hasSuffix("s") || QuoteAttributor.collectives.contains(head))
        guard determined || bare || qualified || QuoteAttributor.personNouns.contains(first) else { return nil }
        let words = Array(np[0..<cut])
        // a name inside is no description (`the company's chief Ann Lee`); a place may qualify one (`the Halifax nurse`)
        if people.last(inside: span(words)) != nil { return nil }
        let org = cut < np.count ? people.last(inside: span(np[cut...])).flatMap { $0.type == .organization ? $0.canonical : nil } : nil
        // `the mayor` when the article named its mayor: that person
        if first == "the", lexicon.titles.contains(head), !QuoteAttributor.kin.contains(head), let named = titled(head) {
            return Credit(name: named.canonical, mention: span(words))
        }
        // `the rookie defenceman`, `the affable owner`: one person, the one the text is about just now
        if first == "the", !head.hasSuffix("s"), !QuoteAttributor.collectives.contains(head), !QuoteAttributor.kin.contains(head),
           // one who has just been quoted would be `he` or `she`: a description names someone else
           let name = discourse.resolve(nil, before: quote.start, within: QuoteAttributor.descriptionReach, notTheCurrentSpeaker: true) {
            return Credit(name: name, mention: span(words))
        }
        // the words as the text gives them, with whom they speak for (`a spokesperson for the camp`), up to a clause
        var whole = words
        if cut < np.count, Sieve.affiliationPrepositions.contains(w[cut]) {
            for k in np[cut...] {
                let t = a.tokens[k].lower
                if Sieve.affiliationEnds.contains(t) { break }
                whole.append(k)
            }
        }
        var text = a.text(span(whole)).onOneLine
        // `A spokesperson` opening a sentence is `a spokesperson` wherever it is credited
        if QuoteAttributor.determiners.contains(first) || QuoteAttributor.possessives[first] != nil, let c = text.first, c.isUppercase {
            text = c.lowercased() + text.dropFirst()
        }
        return Credit(name: text, mention: span(words), kind: .description, organization: org)
    }

    /// The last person before the quotation whose name the article wrote after `title` (`Mayor Ann Lee`, `Surrey
    /// Mayor Ann Lee`).
    func titled(_ title: String) -> Entity? {
        var before = quote.start
        for _ in 0..<40 {
            guard let e = people.lastPerson(endingBy: before) else { break }
            if let k = a.token(startingAt: e.span.start) {
                for j in max(0, k - 2)..<k where a.tokens[j].lower == title { return e }
            }
            before = e.span.start
        }
        return nil
    }

    /// One capitalised word that speaks (`Marta shrugged and said`, `…,” Moreau concludes`): a person, the one of
    /// that first or last name the article names in full when it does.
    func singleName(_ ks: [Int]) -> Credit? {
        guard let k = ks.first else { return nil }
        let t = a.tokens[k]
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps else { return nil }
        let lower = t.lower
        guard QuoteAttributor.pronouns[lower] == nil, !QuoteAttributor.determiners.contains(lower), !lexicon.titles.contains(lower),
              lexicon.gender(ofFirstName: lower) != nil || !lexicon.commonWords.contains(lower) else { return nil }
        // only the verbs of the speaking may follow it (`shrugged and said`)
        for j in ks.dropFirst() {
            let w = a.tokens[j].lower
            guard Sieve.continuationWords.contains(w) || isReportingVerb(w) else { return nil }
        }
        return Credit(name: people.fullName(of: t.text) ?? t.text, mention: t.span)
    }
}

/// The word lists the Sieve reads, each named once (a literal list was built anew each time it was asked).
extension Sieve {
    /// Punctuation between a quote and the words of its attribution.
    static let leadingPunctuation: WordSet = [",", "\u{2014}", "-", "\u{2013}"]
    /// A, an, the.
    static let articles: WordSet = ["a", "an", "the"]
    /// Relative pronouns that start a clause of a description.
    static let relatives: WordSet = ["that", "which", "who"]
    /// Relative pronouns a segment that is no name starts with.
    static let relativeOpeners: WordSet = ["who", "which", "whose"]
    /// Prepositions between a person and what they belong to.
    static let affiliationWords: WordSet = ["of", "at", "with", "from"]
    /// Words between a speaker and the verb in `quoted as saying`.
    static let quotedAsWords: WordSet = ["quoted", "as", "and"]
    /// Possessive endings, in both apostrophes.
    static let possessives: WordSet = ["’s", "'s"]
    /// The, its before a noun that stands for an organisation.
    static let organisationDeterminers: WordSet = ["the", "its"]
    /// Where a description's head noun phrase ends.
    static let descriptionCuts: WordSet = ["for", "of", "at", "with", "from", "in", "who", "which", "that", ","]
    /// Collective nouns that speak without an article.
    static let bareCollectives: WordSet = ["police", "staff"]
    /// Prepositions that attach an organisation to a description.
    static let affiliationPrepositions: WordSet = ["for", "of", "at", "with", "from", "on"]
    /// Where the organisation after a description ends.
    static let affiliationEnds: WordSet = [",", "who", "which", "that", "said", "says"]
    /// Words that carry a speaker on to a verb of saying.
    static let continuationWords: WordSet = ["and", "then", "also"]
}
