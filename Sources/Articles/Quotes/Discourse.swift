/// Who is speaking through an article and who it is about, in text order: the model that attribution reads a
/// pronoun or a paragraph of nothing but quotation against, once the patterns next to a quotation have found no
/// one (the last sieves of Muzny et al. 2017, "A Two-stage Sieve Approach for Quote Attribution").
///
/// It knows the current speaker (the last one credited with a quotation or with reported speech), the people
/// who open a sentence (its subject, most often), and each person's gender as far as the article tells it: a
/// title (`Mr`, `Ms`), a pronoun already resolved to them, else the usual gender of their first name.
struct Discourse {
    /// A speaker as the discourse remembers them.
    struct Speaker {
        var name: String
        var kind: Quote.SpeakerKind
        var organization: String?
        var mention: ByteSpan
        /// Where they last spoke (the end of their quotation), and in which paragraph.
        var at: Int
        var paragraph: Int
    }

    private(set) var current: Speaker?
    /// People who open a sentence of the body, in text order (their mention's start and canonical name).
    private let subjects: [(start: Int, name: String)]
    private let subjectStarts: [Int]
    /// Where each person is first named (outside quotations), in text order: someone just introduced is who the
    /// next `he says` is most often about (`… for accountant Joe Ruiz, 50. “…,” he says.`).
    private let introductions: [(start: Int, name: String)]
    private let introductionStarts: [Int]
    /// Body sentences that name people, in text order: where each ends, and its one person when it names just one
    /// (`It's a comment that Scheer found concerning.` before `“…,” he said`).
    private let namingSentences: [(end: Int, lone: (start: Int, name: String)?)]
    private let namingEnds: [Int]
    /// Genders the article gives (titles; pronouns resolved so far), by canonical name.
    private var genders: [String: Character] = [:]
    private let lexicon: Lexicon

    /// Titles that tell a person's gender.
    static let gendered: WordMap<Character> = [
        "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
        "dame": "f", "lady": "f", "madam": "f",
    ]

    /// The most words before a sentence's subject: `But Mayor Ann Lee`, `On Monday, Lee`.
    static let subjectReach = 4

    init(_ a: Article, lexicon: Lexicon, isQuoted: (ByteSpan) -> Bool) {
        self.lexicon = lexicon
        // (the tuples labelled as the properties they become: an array of unlabelled ones was copied element by
        // element to be stored)
        var subjects: [(start: Int, name: String)] = []
        var genders: [String: Character] = [:]
        // people, and people taken for organisations because a title came with them (`Liberal MP Ann Cole`)
        // (read by index, only those kept copied: a closure handed each entity as a value, its strings retained)
        var people: [Entity] = []
        for i in a.entities.indices where !isQuoted(a.entities[i].span) {
            if a.entities[i].type == .person {
                people.append(a.entities[i])
            } else if let name = Sieve.personName(in: a.entities[i], lexicon: lexicon) {
                var p = a.entities[i]
                p.type = .person
                p.canonical = name
                people.append(p)
            }
        }
        var e = 0
        // the subject of each sentence that has a person as its subject, by sentence
        var subjectOf: [Int: String] = [:]
        for (si, s) in a.sentences.enumerated() {
            // the people inside this sentence: entities are ordered, so one pass over both
            while e < people.count && people[e].span.start < s.span.start { e += 1 }
            guard e < people.count, people[e].span.start < s.span.end else { continue }
            let role = a.paragraphs[s.paragraph].role
            guard role == .body else { continue }
            // the first person, if a few words at most stand before them, or a clause set off by a comma
            // (`Speaking in Vaughan on Thursday, Trudeau denied …`) and a verb after them
            var words = 0, sinceComma = 0, k = s.tokens.lowerBound
            while k < s.tokens.upperBound && a.tokens[k].span.start < people[e].span.start {
                if a.tokens[k].equals(",") { sinceComma = 0 } else if a.tokens[k].kind != .punctuation { words += 1; sinceComma += 1 }
                k += 1
            }
            let end = people[e].span.end
            var next = k
            while next < s.tokens.upperBound && a.tokens[next].span.start < end { next += 1 }
            let verbAfter = next < s.tokens.upperBound && a.tokens[next].kind == .word && !a.tokens[next].isCapitalized
                && !Discourse.nameContinuations.contains(a.tokens[next])
            let afterClause = words > sinceComma && sinceComma == 0 && verbAfter
            if words <= Discourse.subjectReach || afterClause {
                subjects.append((people[e].span.start, people[e].canonical))
                subjectOf[si] = people[e].canonical
            }
        }
        var naming: [(end: Int, lone: (start: Int, name: String)?)] = []
        var pe = 0
        for s in a.sentences where a.paragraphs[s.paragraph].role == .body {
            while pe < people.count && people[pe].span.start < s.span.start { pe += 1 }
            // whether the sentence names one person only (however many times): compared with the first name,
            // not gathered in a set
            var first: String?, several = false, last: (start: Int, name: String)?
            var q = pe
            while q < people.count && people[q].span.start < s.span.end {
                if let f = first { if !several && people[q].canonical != f { several = true } } else { first = people[q].canonical }
                last = (people[q].span.start, people[q].canonical)
                q += 1
            }
            if first != nil { naming.append((s.span.end, several ? nil : last)) }
        }
        namingSentences = naming
        namingEnds = naming.map(\.0)
        var seen = Set<String>(minimumCapacity: people.count), introductions: [(start: Int, name: String)] = []
        // the first mention in the body (a photo caption above may have named them first); not one brought in by
        // another person who is the sentence's subject (`Myers cited an idea from Frank Clayton` is about Myers)
        for p in people where !seen.contains(p.canonical) {
            if let si = a.sentenceIndex(containing: p.span.start), a.paragraphs[a.sentences[si].paragraph].role == .body {
                seen.insert(p.canonical)
                if let subject = subjectOf[si], subject != p.canonical { continue }
                introductions.append((p.span.start, p.canonical))
            }
        }
        self.introductions = introductions
        introductionStarts = introductions.map(\.0)
        // a title right before a name tells its gender
        for p in people {
            let k = a.token(startingAt: p.span.start)
            if let k, k > 0, let g = Discourse.gendered[a.tokens[k - 1].lower] { genders[p.canonical] = g }
        }
        self.subjects = subjects
        subjectStarts = subjects.map(\.0)
        self.genders = genders
    }

    /// A person's gender as the article tells it, else as their first name usually is; nil when unknown.
    func gender(of name: String) -> Character? {
        if let g = genders[name] { return g }
        let first = name.outerPiecesASCII(0x20).map { String($0.first) } ?? name
        let g = lexicon.gender(ofFirstName: first)
        return g == "u" ? nil : g
    }

    /// Notes that `speaker` spoke, ending at `at`.
    mutating func spoke(_ speaker: Speaker) { current = speaker }

    /// Notes what a resolved pronoun says of a person's gender.
    mutating func learn(_ name: String, gender: Character) {
        if genders[name] == nil { genders[name] = gender }
    }

    /// The last subject (a person opening a sentence) that starts before `offset`, as an index into `subjects`.
    private func lastSubject(before offset: Int) -> Int? { Discourse.last(subjectStarts, before: offset) }

    /// Whom `he` (`m`) or `she` (`f`) at `offset` stands for, or with no gender a definite description (`the
    /// rookie defenceman`): of the current speaker, the people who last opened a sentence and the person last
    /// introduced, the latest whose gender does not clash. Nil when nobody fits (the caller may still take the
    /// nearest name of that gender).
    func resolve(_ g: Character?, before offset: Int, within reach: Int = .max, notTheCurrentSpeaker: Bool = false) -> String? {
        var candidates: [(name: String, at: Int)] = []
        if let c = current, c.kind != .description, c.at <= offset, !notTheCurrentSpeaker { candidates.append((c.name, c.at)) }
        // the latest subjects before `offset` that fit, a few back at most
        var i = lastSubject(before: offset)
        var looked = 0
        while let k = i, looked < 6 {
            let s = subjects[k]
            if fits(s.name, g) { candidates.append((s.name, s.start)); break }
            i = k > 0 ? k - 1 : nil
            looked += 1
        }
        if let k = Discourse.last(introductionStarts, before: offset), fits(introductions[k].name, g) {
            candidates.append((introductions[k].name, introductions[k].start))
        }
        // the one person the last sentence that names anyone names
        if let k = Discourse.last(namingEnds, before: offset + 1), let lone = namingSentences[k].lone, fits(lone.name, g) {
            candidates.append((lone.name, lone.start))
        }
        let fitting = candidates.filter { fits($0.name, g) && offset - $0.at <= reach && !(notTheCurrentSpeaker && $0.name == current?.name) }
            .sorted { $0.at > $1.at }
        return fitting.first?.name
    }

    /// The index of the last of `starts` (ascending) before `offset`.
    static func last(_ starts: [Int], before offset: Int) -> Int? {
        let n = starts.countBelow(offset)
        return n > 0 ? n - 1 : nil
    }

    /// Whether a person's gender is `g` or unknown.
    func fits(_ name: String, _ g: Character?) -> Bool {
        guard let g, let known = gender(of: name) else { return true }
        return known == g
    }

    /// The speaker a quotation with nobody named next to it continues: the current one, while no other person has
    /// become the subject since they spoke and it is a few paragraphs at most since they did.
    func continuing(at offset: Int, paragraph: Int) -> Speaker? {
        guard let c = current, paragraph - c.paragraph <= 3 else { return nil }
        if let k = lastSubject(before: offset), subjects[k].start > c.at, subjects[k].name != c.name { return nil }
        return c
    }
}

/// The word lists the Discourse reads, each named once (a literal list was built anew each time it was asked).
extension Discourse {
    /// Words after which a name goes on.
    static let nameContinuations: WordSet = ["and", "or", "of", "who", "which"]
}
