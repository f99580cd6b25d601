/// The people and organisations an article names outside quotations, in text order, and the questions the
/// attributor asks of them ("the last person before here", "the names inside these words"), answered by binary
/// search over their starts. Filtering all of them once per quotation made attribution quadratic in the article.
struct SpeakerCandidates {
    /// The article's entities (shared, not copied).
    private let all: [Entity]
    /// The candidates, as indices into `all` ordered by span.
    private let people: [Int]
    private let starts: [Int]
    /// Indices of the people a `he` may stand for (of no known gender, or a man's first name), and of those a
    /// `she` may stand for.
    private let forHe: [Int], forShe: [Int]
    /// Indices of every person.
    private let persons: [Int]
    /// A lower-cased first or last name → the full (several-word) name it is part of, first named first: a
    /// speaker called by one name is the person the article named in full.
    private let fullNames: [String: String]
    private let organizations: [Int]
    /// Organisations that open a sentence (not the title's): what a text is about.
    private let subjectOrganizations: [Int]

    /// The entities of `a` that `isCandidate` accepts.
    init(in a: Article, lexicon: Lexicon, where isCandidate: (Entity) -> Bool) {
        let all = a.entities
        // (each entity handed over in place: read through the array's subscript it was copied for the call)
        var sorted = all.withUnsafeBufferPointer { entities in entities.indices.filter { isCandidate(entities[$0]) } }
        if zip(sorted, sorted.dropFirst()).contains(where: { all[$1].span < all[$0].span }) { sorted.sort { all[$0].span < all[$1].span } }
        self.all = all
        people = sorted
        starts = sorted.map { all[$0].span.start }
        var he: [Int] = [], she: [Int] = [], orgs: [Int] = [], subjects: [Int] = [], everyone: [Int] = []
        // (the tables made at the most they can hold, a name or a sentence per candidate: grown from empty, each
        // rehashed its names at every doubling)
        var fullNames = [String: String](minimumCapacity: 2 * sorted.count)
        // the first word of each sentence, looked up once per sentence however many names it holds
        var firstWordStart = [Int: Int](minimumCapacity: sorted.count)
        // the gender of each canonical name's first name, read at its first mention (a name is mentioned many times)
        var genders = [String: Character?](minimumCapacity: sorted.count)
        // (the entities read in place, by index: a copy of each retained and released its strings)
        for (i, k) in sorted.enumerated() {
            switch all[k].type {
            case .person:
                everyone.append(i)
                let known: Character?
                let canonical = all[k].canonical
                if let g = genders[canonical] {
                    known = g
                } else {
                    // (the first and last words found without splitting the name into all of them)
                    let outer = canonical.outerPiecesASCII(0x20)
                    if let o = outer, o.several {
                        let first = o.first.lowercased(), last = o.last.lowercased()
                        if fullNames[first] == nil { fullNames[first] = canonical }
                        if fullNames[last] == nil { fullNames[last] = canonical }
                    }
                    known = lexicon.gender(ofFirstName: outer.map { String($0.first) } ?? "")
                    genders[canonical] = known
                }
                if known == nil || known == "u" || known == "m" { he.append(i) }
                if known == nil || known == "u" || known == "f" { she.append(i) }
            case .organization:
                orgs.append(i)
                let mentionStart = all[k].span.start
                guard let si = a.sentenceIndex(containing: mentionStart) else { continue }
                let s = a.sentences[si]
                guard a.paragraphs[s.paragraph].role != .title else { continue }
                let start: Int
                if let known = firstWordStart[si] {
                    start = known
                } else {
                    start = a.tokens[s.tokens].first { $0.kind == .word }?.span.start ?? -1
                    firstWordStart[si] = start
                }
                if start == mentionStart { subjects.append(i) }
            default:
                break
            }
        }
        forHe = he
        forShe = she
        persons = everyone
        self.fullNames = fullNames
        organizations = orgs
        subjectOrganizations = subjects
    }

    /// How many candidates start before `offset`.
    private func countStarting(before offset: Int) -> Int { starts.countBelow(offset) }

    /// How many of `list` (indices, ascending) are below `bound`.
    private static func count(_ list: [Int], below bound: Int) -> Int { list.countBelow(bound) }

    /// The last of `list` (in text order) that ends by `before` and starts at or after `floor`.
    private func last(of list: [Int], endingBy before: Int, from floor: Int = Int.min) -> Entity? {
        // a name that ends by `before` starts before it; step back over the few that straddle it
        var k = SpeakerCandidates.count(list, below: countStarting(before: before))
        while k > 0 {
            k -= 1
            let e = all[people[list[k]]]
            if e.span.start < floor { return nil }
            if e.span.end <= before { return e }
        }
        return nil
    }

    /// The last person inside `span`, else the last candidate inside it.
    func last(inside span: ByteSpan) -> Entity? {
        let lo = countStarting(before: span.start), hi = countStarting(before: span.end)
        var any: Entity?
        var k = hi
        while k > lo {
            k -= 1
            let e = all[people[k]]
            guard e.span.end <= span.end else { continue }
            if e.type == .person { return e }
            if any == nil { any = e }
        }
        return any
    }

    /// The last person a `he` (`m`) or `she` (`f`) can stand for, named by `before`.
    func lastPerson(gender: Character, endingBy before: Int) -> Entity? {
        last(of: gender == "m" ? forHe : forShe, endingBy: before)
    }

    /// The last person named by `before`, of any gender.
    func lastPerson(endingBy before: Int) -> Entity? {
        last(of: persons, endingBy: before)
    }

    /// The full name of the person a single first or last name stands for, if the article names one in full.
    func fullName(of word: String) -> String? { fullNames[word.lowercased()] }

    /// The last organisation named by `before` that starts at or after `floor`.
    func lastOrganization(endingBy before: Int, from floor: Int = Int.min) -> Entity? {
        last(of: organizations, endingBy: before, from: floor)
    }

    /// The last organisation named by `before` that opens a sentence.
    func lastSubjectOrganization(endingBy before: Int) -> Entity? {
        last(of: subjectOrganizations, endingBy: before)
    }
}
