/// Gives every entity mention a canonical name, settled in its article and shared across the corpus only where
/// that is safe, and settles each name's type by majority in its article.
///
/// `Donald J Trump` → `Donald Trump` (initials dropped); `Trump` → the full name that ends in it;
/// `Tiktok`, `Tik Tok` → the most frequent spelling; `Harbor` → `Harbor Freight Lines`; an acronym →
/// the organisation whose initials it spells; a ticker → its company.
public struct EntityCanonicalizer: Sendable {
    let lexicon: Lexicon

    /// A canonicaliser over these word lists (first names tell a trusted full name).
    public init(lexicon: Lexicon = .bundled) { self.lexicon = lexicon }

    /// A spelling-insensitive key: letters and digits, lower case.
    static func key(_ s: String) -> String {
        // ASCII names, most of them, by bytes: asked for every mention, the scalar-by-scalar way was a tenth of
        // canonicalisation. Read in place (the name's own bytes, not its UTF-8 view a byte at a time) and written
        // straight into the string.
        let ascii: String? = WordTable.withBytes(of: s) { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                for c in bytes {
                    if c &- 0x41 < 26 { out[n] = c | 0x20; n += 1 } else if c &- 0x61 < 26 || c &- 0x30 < 10 { out[n] = c; n += 1 }
                }
                return n
            }
        }
        if let ascii { return ascii }
        return String(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }

    /// The words of a person's name without initials (`J`, `J.`) and a leading `the`.
    static func nameWords(_ s: String) -> [Substring] {
        // (the pieces between spaces read on the bytes, then the initials left out)
        var words = s.splitASCII(0x20)
        // (in place: a filtered copy was a second array for every name)
        words.removeAll(where: isInitial)
        return words
    }

    /// A person's name words (`nameWords`) and those words joined by single spaces: the name itself when it
    /// drops nothing, as most do, without making a new string.
    static func personName(_ s: String) -> (words: [Substring], joined: String) {
        let words = nameWords(s)
        // the words are pieces of the name in order: if they and one space between each account for every byte,
        // nothing was dropped and every gap is one space
        var length = max(0, words.count - 1)
        for w in words { length += w.utf8.count }
        return (words, length == s.utf8.count ? s : words.joined(separator: " "))
    }

    /// `J`, `J.`, `É.`: one capital letter and dots. Read as bytes when ASCII (nearly every name, asked for each
    /// of its mentions in every pass), as characters otherwise.
    static func isInitial(_ w: Substring) -> Bool {
        // (the bytes read in place: a walk of the view's indices cost some four hundred instructions a word)
        let onBytes: Bool?? = w.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            var count = 0, first: UInt8 = 0
            for c in b where c != 0x2E {
                if c >= 0x80 { return nil }
                if count == 0 { first = c }
                count += 1
                if count > 1 { return false }
            }
            return count == 1 && first >= 0x41 && first <= 0x5A
        }
        if let ascii = onBytes ?? nil { return ascii }
        var count = 0, first: UInt8 = 0, ascii = true
        for b in w.utf8 where b != 0x2E {
            if count == 0 { first = b }
            count += 1
            if b >= 0x80 { ascii = false }
        }
        if ascii { return count == 1 && first >= 0x41 && first <= 0x5A }
        let letters = w.filter { $0 != "." }
        return letters.count == 1 && letters.first?.isUppercase == true
    }

    /// Canonical names and types, settled within each article first: a lone surname, first name or short name is
    /// the full name that article gives it, and a type is its majority there. Across articles only what is safe is
    /// shared: the spelling of an organisation's name (`Tiktok`, `TikTok` → one), and full names, which are the
    /// same string wherever they are. (Shared surnames made `He said` in one story `Liu He` from another, and one
    /// article's `In Alberta` typed as a person made Alberta a person in all of them.)
    /// `work`, when given, counts the entities and names each pass visits.
    public func canonicalize(_ articles: inout [Article], work: WorkCount? = nil) {
        var steps = 0
        defer { work?.add(steps) }
        // Spellings of organisations, over the corpus: the same letters are the same name; and an organisation's
        // full name, which a short form or the initials in another article may stand for (`Globex` → `Globex Inc`)
        var orgSpellings: [String: [String: Int]] = [:]
        var multiWordOrgs: [String: Int] = [:]
        // in how many articles each organisation's name is written (once per article)
        var articlesNaming: [String: Int] = [:]
        // each article's organisations read on every core (their names, how often each is written, their spelling
        // keys), then added up in article order on this one: the same sums, and the same first spelling of each
        // (the copy of the articles that the threads read is let go before they are changed in place below:
        // held, changing them would copy them all)
        let named = EntityCanonicalizer.organizations(of: articles)
        for ai in articles.indices {
            steps += articles[ai].entities.count
            for o in named[ai] {
                orgSpellings[o.key, default: [:]][o.name, default: 0] += o.count
                if o.name.utf8.contains(0x20) { multiWordOrgs[o.name, default: 0] += o.count }
                if o.first { articlesNaming[o.name, default: 0] += 1 }
            }
        }
        var corpus = OrganizationNames(multiWordOrgs, canonicalizer: self, spellings: orgSpellings.compactMapValues(EntityCanonicalizer.best))
        steps += multiWordOrgs.count + orgSpellings.count
        // `Boeing` named alone in more articles than `Boeing Commercial Airplanes` is a name of its own, not that
        // division's short form; `Globex` stands for the `Globex Inc` of another article however often it is
        // written alone (what the long name adds is only a legal form or an organisation word)
        corpus.longerNames = corpus.longerNames.filter { short, long in
            let added = long.splitASCII(0x20).dropFirst()
            return added.allSatisfy { lexicon.orgWords.contains($0.lowercased()) } || (articlesNaming[short] ?? 0) <= (articlesNaming[long] ?? 0)
        }
        // each article's own names, on every core (what is shared across articles is settled above), and each
        // distinct name kept once across the corpus
        let names = corpus
        let interner = NameInterner(expected: multiWordOrgs.count)
        Parallel.update(&articles) { canonicalize(&$0, corpus: names, interner: interner) }
        // (`canonicalize(_:corpus:interner:)` passes over each article's entities six times)
        steps += articles.reduce(0) { $0 + 6 * $1.entities.count }
    }

    /// Each article's organisations (`organizations(of:)`), on every core.
    static func organizations(of articles: [Article]) -> [[(name: String, key: String, count: Int, first: Bool)]] {
        Parallel.map(articles.count) { ai in organizations(of: articles[ai]) }
    }

    /// An article's organisations: each name as first written, its spelling key and how many times it is written.
    /// (Names are told apart by their bytes, as the key is made of them; `first` marks the first of those a
    /// `String` holds equal, a precomposed and a decomposed accent, which the article counts as one name.)
    static func organizations(of a: Article) -> [(name: String, key: String, count: Int, first: Bool)] {
        var out: [(name: String, key: String, count: Int, first: Bool)] = []
        var at: [String: Int] = [:]
        for e in a.entities.indices where a.entities[e].type == .organization {
            let name = a.entities[e].text
            guard let k = at[name] else {
                at[name] = out.count
                out.append((name, key(name), 1, true))
                continue
            }
            if out[k].name.hasSameBytes(as: name) { out[k].count += 1 } else { out.append((name, key(name), 1, false)) }
        }
        return out
    }

    /// The most frequent key, ties to the first in order.
    static func best(_ counts: [String: Int]) -> String? {
        counts.max { l, r in l.value != r.value ? l.value < r.value : l.key > r.key }?.key
    }

    /// Organisations' full names by their short forms and initials, and their spellings by key.
    struct OrganizationNames {
        var longerNames: [String: String]
        /// Full names by their last word, where that word is no organisation word (`Rovers` → `Brightwell Rovers`,
        /// but not `Bank` → any bank).
        let namesByLastWord: [String: String]
        let spelledNames: [String: String]
        let spellings: [String: String]

        init(_ multiWordOrgs: [String: Int], canonicalizer: EntityCanonicalizer, spellings: [String: String]) {
            // each key's most frequent name kept as the names are read (ties to the name that sorts first, as `best`
            // picks), not a table of every name per key reduced afterwards: built for every article, the tables of
            // tables were most of the work
            // (made at the most they can hold, a key per name: grown from empty, each rehashed at every doubling)
            var longer = [String: (name: String, count: Int)](minimumCapacity: multiWordOrgs.count)
            var byLastWord = [String: (name: String, names: Int)](minimumCapacity: multiWordOrgs.count)
            var spelled = [String: (name: String, count: Int)](minimumCapacity: multiWordOrgs.count)
            func keep(_ table: inout [String: (name: String, count: Int)], _ key: String, _ name: String, _ count: Int) {
                if let had = table[key], had.count > count || (had.count == count && had.name < name) { return }
                table[key] = (name, count)
            }
            for (name, count) in multiWordOrgs {
                // `Harbor Freight Lines` is a longer name of `Harbor`: what comes before its first space
                if let space = name.utf8.firstIndex(of: 0x20) { keep(&longer, String(name[..<space]), name, count) }
                if let space = name.utf8.lastIndex(of: 0x20) {
                    let last = String(name[name.index(after: space)...])
                    if !canonicalizer.lexicon.orgWords.contains(last.lowercased()) {
                        if let had = byLastWord[last] { byLastWord[last] = (had.name, had.names + 1) } else { byLastWord[last] = (name, 1) }
                    }
                }
                keep(&spelled, canonicalizer.initials(name), name, count)
            }
            longerNames = longer.mapValues(\.name)
            // only a last word that ends one name: `United` ends too many clubs to stand for one
            namesByLastWord = byLastWord.compactMapValues { $0.names == 1 ? $0.name : nil }
            spelledNames = spelled.mapValues(\.name)
            self.spellings = spellings
        }
    }

    /// One article's canonical names and types, from its own full names; an organisation's short form the article
    /// does not spell out takes the corpus's full name (`corpus`).
    func canonicalize(_ article: inout Article, corpus: OrganizationNames, interner: NameInterner = NameInterner()) {
        let bestSpellings = corpus.spellings
        // the entities taken out of the article and worked on in place, read and written by index: a loop over
        // them as values copied each mention (its strings retained and released) at every pass
        var entities: [Entity] = []
        swap(&entities, &article.entities)
        defer { swap(&entities, &article.entities) }
        // (the tables made at the most they can hold, a name per mention: grown from empty, each rehashed its
        // names at every doubling)
        let n = entities.count
        // each person mention's name words read once, for this loop and the first pass below
        // (by index: `map` handed each entity over as a copy)
        var personNames: [(words: [Substring], joined: String)?] = []
        personNames.reserveCapacity(n)
        var persons = 0, organizations = 0
        for ei in entities.indices {
            switch entities[ei].type {
            case .person: persons += 1
            case .organization: organizations += 1
            default: break
            }
            personNames.append(entities[ei].type == .person ? EntityCanonicalizer.personName(entities[ei].text) : nil)
        }
        // (each table made at the most its type of mention can fill)
        // Full person names by surname, in this article (how often each is written, kept beside the surname: a
        // table of names per surname was an allocation for each).
        var surnames = [String: NameTally](minimumCapacity: persons)
        // full names typed by evidence or opening with a first name: they may retype a mention typed by evidence
        var trusted = Set<String>(minimumCapacity: persons)
        var multiWordOrgs = [String: Int](minimumCapacity: organizations)
        // where each organisation's name is first written in this article
        var firstMention = [String: Int](minimumCapacity: organizations)
        for ei in entities.indices {
            switch entities[ei].type {
            case .person:
                guard let (words, name) = personNames[ei] else { break }
                if words.count >= 2, let last = words.last {
                    let surname = String(last)
                    if surnames[surname]?.add(name) == nil { surnames[surname] = NameTally(name) }
                    if !entities[ei].typedByDefault || firstNameLed(entities[ei].text) { trusted.insert(name) }
                }
            case .organization:
                let text = entities[ei].text
                if text.utf8.contains(0x20) { multiWordOrgs[text, default: 0] += 1 }
                if firstMention[text] == nil { firstMention[text] = entities[ei].span.start }
            default: break
            }
        }
        // Each choice made once per surname, first word, initials and spelling key, not once per mention: a
        // search of every multi-word name per mention was quadratic in a long article.
        // (the article's own short forms, last words and initials worked out the first time a one-word
        // organisation's name is settled: most articles settle none, and the tables cost more than the rest)
        var hereNames: OrganizationNames?
        func here() -> OrganizationNames {
            if let h = hereNames { return h }
            let h = OrganizationNames(multiWordOrgs, canonicalizer: self, spellings: bestSpellings)
            hereNames = h
            return h
        }
        func fullName(_ surname: String) -> String? { surnames[surname]?.best }
        // (each distinct name settled once: a name is written many times in an article, and settling it asked
        // half a dozen tables keyed by strings)
        // (keyed on the bytes: a `String` key holds a precomposed and a decomposed spelling as one, which the
        // spelling key and the tables below tell apart)
        // (a `String` key with the text it was settled for, whose bytes a hit must match: an array of the bytes as
        // the key was an allocation at every mention)
        var settledOrgNames = [String: (text: String, name: String)](minimumCapacity: organizations + 1)
        func orgName(_ text: String) -> String {
            if let known = settledOrgNames[text] {
                if known.text.hasSameBytes(as: text) { return known.name }
                return settleOrgName(text)
            }
            let name = settleOrgName(text)
            settledOrgNames[text] = (text, name)
            return name
        }
        func settleOrgName(_ text: String) -> String {
            if !text.utf8.contains(0x20) {
                let here = here()
                // a short form of a longer name: Harbor → Harbor Freight Lines
                // (in this article only if the full name comes first, as news introduces a name: `Boeing` before
                // `Boeing Commercial Airplanes` is the company, not its division)
                if let l = here.longerNames[text] {
                    if (firstMention[l] ?? .max) < (firstMention[text] ?? .max) { return l }
                } else if let l = corpus.longerNames[text] ?? here.namesByLastWord[text] {
                    return l
                }
                // an acronym of a longer name: ITIF → Information Technology & Innovation Foundation
                if text.count >= 2, text.allSatisfy({ $0.isUppercase }), let l = here.spelledNames[text] ?? corpus.spelledNames[text] { return l }
            }
            return bestSpellings[EntityCanonicalizer.key(text)] ?? text
        }

        // Organisations of more than one word typed by evidence in this article, by each of their shorter
        // word prefixes (`China Eastern` → `China Eastern Airlines`; the first in byte order when several share one):
        // looked up per mention, not searched.
        var longerOrgs: [String: String] = [:]
        for ei in entities.indices where entities[ei].type == .organization && !entities[ei].typedByDefault {
            let text = entities[ei].text
            var prefix = Substring(text)
            while let space = prefix.utf8.lastIndex(of: 0x20) {
                prefix = prefix[..<space]
                let key = String(prefix)
                if let had = longerOrgs[key], had <= text { continue }
                longerOrgs[key] = text
            }
        }
        // First pass: canonical names.
        // people named in full in this article, by their first name (`We thank Luis` after `Luis Ferreira`)
        // (the one full name of each first name, or that there are several: a set of them per first name was an
        // allocation for each)
        var byFirstName = [Substring: (name: String, several: Bool)](minimumCapacity: persons)
        for case let (words, name)? in personNames where words.count >= 2 {
            if let had = byFirstName[words[0]] {
                if !had.several && had.name != name { byFirstName[words[0]] = (had.name, true) }
            } else {
                byFirstName[words[0]] = (name, false)
            }
        }
        for ei in entities.indices {
            let text = entities[ei].text, typedByDefault = entities[ei].typedByDefault
            switch entities[ei].type {
            case .person:
                let (words, name) = personNames[ei] ?? EntityCanonicalizer.personName(text)
                if typedByDefault, words.count >= 2, let org = longerOrgs[text] {
                    // China Eastern where the article names China Eastern Airlines: the airline's short name
                    entities[ei].type = .organization
                    entities[ei].typedByDefault = false
                    entities[ei].canonical = orgName(org)
                } else if words.count >= 2 {
                    entities[ei].canonical = name
                } else if let full = fullName(text) {
                    entities[ei].canonical = full
                }
            case .organization:
                if !text.utf8.contains(0x20), let full = fullName(text), typedByDefault || trusted.contains(full) {
                    // a surname standing alone where the person was named in full
                    entities[ei].type = .person
                    entities[ei].canonical = full
                } else if !text.utf8.contains(0x20), let named = byFirstName[Substring(text)], !named.several, case let full = named.name,
                          typedByDefault || trusted.contains(full) {
                    // a first name alone, where one person of that first name was named in full here
                    entities[ei].type = .person
                    entities[ei].canonical = full
                } else {
                    entities[ei].canonical = orgName(text)
                }
            case .place:
                // Warren said …: a place name that is the surname of someone named in full is that person
                if !text.utf8.contains(0x20), text == entities[ei].canonical, let full = fullName(text), trusted.contains(full) {
                    entities[ei].type = .person
                    entities[ei].canonical = full
                }
            case .ticker:
                entities[ei].canonical = orgName(entities[ei].canonical)
            default: break
            }
        }

        // Second pass: one type per canonical name, by majority over the article.
        // a mention typed by evidence outweighs those typed by default (a thousand to one: any article's count)
        // (each mention's key made once, and a name's votes counted in place: a dictionary of types per name was an
        // allocation and three hashings for each)
        var votes = [String: TypeVotes](minimumCapacity: n)
        var keys: [String?] = []
        keys.reserveCapacity(entities.count)
        for ei in entities.indices {
            guard TypeVotes.votes(entities[ei].type) else { keys.append(nil); continue }
            let key = EntityCanonicalizer.key(entities[ei].canonical)
            keys.append(key)
            votes[key, default: TypeVotes()][entities[ei].type] += entities[ei].typedByDefault ? 1 : 1000
        }
        for ei in entities.indices {
            guard let key = keys[ei], let v = votes[key] else { continue }
            let type = entities[ei].type
            // on a tie, a type some context gave (person, place) wins over organisation, the type of last resort
            func rank(_ t: EntityType) -> Int { t == .organization ? 0 : 1 }
            if let top = v.top(by: { $0.value != $1.value ? $0.value < $1.value
                                     : rank($0.key) != rank($1.key) ? rank($0.key) < rank($1.key) : $0.key.rawValue > $1.key.rawValue }),
               top.value > v[type] || (top.value == v[type] && rank(top.key) > rank(type)) {
                entities[ei].type = top.key
                if top.key == .organization { entities[ei].canonical = orgName(entities[ei].canonical) }
            }
        }
        for ei in entities.indices {
            entities[ei].text = interner.intern(entities[ei].text)
            // (most names are their own canonical name: the copy just shared, not asked for again)
            entities[ei].canonical = entities[ei].canonical.hasSameBytes(as: entities[ei].text)
                ? entities[ei].text : interner.intern(entities[ei].canonical)
        }
    }

    /// The full names one surname stands for in an article and how often each is written: most surnames stand for
    /// one, kept inline (names told apart as a `String` key tells them).
    struct NameTally {
        private var first: String
        private var firstCount = 1
        private var others: [(name: String, count: Int)] = []

        init(_ name: String) { first = name }

        /// Counts one more mention of `name`.
        mutating func add(_ name: String) {
            if name == first { firstCount += 1; return }
            if let i = others.firstIndex(where: { $0.name == name }) { others[i].count += 1 } else { others.append((name, 1)) }
        }

        /// The most written name, ties to the one that sorts first (as `EntityCanonicalizer.best`).
        var best: String {
            var top = (name: first, count: firstCount)
            for o in others where o.count > top.count || (o.count == top.count && o.name < top.name) { top = o }
            return top.name
        }
    }

    /// How strongly an article calls one name each of the types that are voted on: a person, an organisation, a
    /// place (a mention typed by evidence counts a thousand, one typed by default one).
    struct TypeVotes {
        var person = 0, organization = 0, place = 0

        /// Whether mentions of type `t` vote.
        static func votes(_ t: EntityType) -> Bool { t == .person || t == .organization || t == .place }
        /// The types voted on, in the order ties are read (a table, not a literal built at every mention).
        static let voted: [EntityType] = [.person, .organization, .place]

        /// The votes for `t` (none for a type that is not voted on).
        subscript(_ t: EntityType) -> Int {
            get {
                switch t {
                case .person: return person
                case .organization: return organization
                case .place: return place
                default: return 0
                }
            }
            set {
                switch t {
                case .person: person = newValue
                case .organization: organization = newValue
                case .place: place = newValue
                default: break
                }
            }
        }

        /// The type with the most votes, as `max(by:)` orders types that have any.
        func top(by less: ((key: EntityType, value: Int), (key: EntityType, value: Int)) -> Bool) -> (key: EntityType, value: Int)? {
            var best: (key: EntityType, value: Int)?
            for t in TypeVotes.voted where self[t] > 0 {
                let c = (key: t, value: self[t])
                if let b = best, !less(b, c) { continue }
                best = c
            }
            return best
        }
    }

    /// Whether a name opens with a known first name (`Sandy Angers`, not `Garuda Indonesia`).
    func firstNameLed(_ name: String) -> Bool {
        guard let f = EntityCanonicalizer.nameWords(name).first else { return false }
        return lexicon.firstNames[f.lowercased()] != nil
    }

    /// The capitals that open each word, leaving out a legal suffix: `Apple Inc` does not spell `AI`, but
    /// `International Business Machines Corp` spells `IBM`.
    func initials(_ name: String) -> String {
        // ASCII names, nearly all, on their bytes in place: a capital opens the word, and the legal suffixes are
        // ASCII (split into an array of slices, each looked up through a copy, it cost thousands of instructions a
        // name, asked of every organisation's name in every article)
        let ascii: String? = WordTable.withBytes(of: name) { b in
            guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
            var out: [UInt8] = []
            var i = 0
            while i < b.count {
                while i < b.count && b[i] == 0x20 { i += 1 }
                let start = i
                while i < b.count && b[i] != 0x20 { i += 1 }
                guard i > start else { break }
                let f = b[start]
                guard f >= 0x41 && f <= 0x5A else { continue }
                let end = b[i - 1] == 0x2E ? i - 1 : i
                if !EntityCanonicalizer.legalSuffixes.contains(foldingASCII: UnsafeBufferPointer(rebasing: b[start..<end])) { out.append(f) }
            }
            return String(decoding: out, as: UTF8.self)
        }
        if let ascii { return ascii }
        return String(name.splitASCII(0x20).compactMap { w -> Character? in
            guard let f = w.first, f.isUppercase else { return nil }
            let bare = w.hasSuffix(".") ? w.dropLast() : w
            return EntityCanonicalizer.legalSuffixes.contains(bare.lowercased()) ? nil : f
        })
    }

    static let legalSuffixes: WordSet = [
        "inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "llc", "llp", "plc", "gmbh", "ag", "sa",
        "nv", "bv", "se", "lp",
    ]
}
