/// Runs the pipeline over a set of articles: read → entities → canonical names → quotes and speakers →
/// article dates → time values → timeline.
public struct CorpusBuilder: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .bundled) { self.lexicon = lexicon }

    /// Reads and annotates articles given as (path, bytes), in the order given.
    public func build(_ files: [(path: String, bytes: [UInt8])], stages: StageTimes? = nil) -> Corpus {
        let read = CorpusBuilder.read(files)
        stages?.lap("read")
        return annotate(read, stages: stages)
    }

    /// Reads articles given as (path, bytes) without annotating them: structure and metadata only, which is
    /// enough to show them while `annotate` runs.
    public static func read(_ files: [(path: String, bytes: [UInt8])]) -> [Article] {
        let reader = ArticleReader()
        // a folder of many articles is read on every core; a few (the seeds, one story) on this thread alone,
        // where starting threads would cost more than it saves before the first screen
        let bytes = files.reduce(0) { $0 + $1.bytes.count }
        guard files.count >= Parallel.manyPieces || bytes >= 4 << 20 else { return files.map { reader.readStructure(path: $0.path, bytes: $0.bytes) } }
        return Parallel.map(files.count) { reader.readStructure(path: files[$0].path, bytes: files[$0].bytes) }
    }

    /// What the first screen needs of many files, fast: the first article read whole, the next `visible` only as
    /// far as their top (title, date, byline: the first 768 bytes, cut at a line's end), which is all the list shows
    /// of them, and the rest not at all (an empty article of their path, off the screen until they are read).
    /// `complete` says whether every article was read whole (a few files are: the seeds, one story); if not,
    /// `readWhole` gives the whole articles later, in the same order.
    public static func readForFirstScreen(_ files: [(path: String, bytes: [UInt8])], visible: Int = .max) -> (articles: [Article], complete: Bool) {
        guard files.count >= Parallel.manyPieces else { return (read(files), true) }
        let reader = ArticleReader()
        let shown = visible >= files.count - 1 ? files.count : max(1, visible + 1)
        let articles = Parallel.map(shown) { k -> Article in
            let b = files[k].bytes
            guard k > 0, b.count > 768 else { return reader.readStructure(path: files[k].path, bytes: b) }
            var end = 768
            while end > 0 && b[end - 1] != 0x0A { end -= 1 }
            return reader.readStructure(path: files[k].path, bytes: Array(b[0..<(end > 0 ? end : 768)]))
        }
        guard shown < files.count else { return (articles, false) }
        let unread = reader.readStructure(path: "", bytes: [])
        var all = articles
        all.reserveCapacity(files.count)
        for k in shown..<files.count {
            var a = unread
            a.path = files[k].path
            a.title = ArticleReader.title(ofPath: a.path)
            all.append(a)
        }
        return (all, false)
    }

    /// The articles of `readForFirstScreen` read whole: those it read only to their top read again, the others
    /// kept as they are.
    public static func readWhole(_ files: [(path: String, bytes: [UInt8])], tops: [Article]) -> [Article] {
        let reader = ArticleReader()
        return Parallel.map(files.count) { k in
            tops[k].bytes.count == files[k].bytes.count ? tops[k] : reader.readStructure(path: files[k].path, bytes: files[k].bytes)
        }
    }

    /// Annotates articles from `read`: tokens and sentences, entities, canonical names, quotes, dates, time
    /// values, timeline; `progress`, when given, says how far it has come while it runs, and `work` counts its
    /// steps (the tokens each article's steps read, the entries the corpus steps visit), and `stages` the time each
    /// step took.
    public func annotate(_ read: [Article], progress: AnnotationProgress? = nil, work: WorkCount? = nil,
                         stages: StageTimes? = nil) -> Corpus {
        // Every step that looks at one article (or one run of its paragraphs) at a time runs on all cores;
        // the steps that relate articles (names, dates, timeline) run once, between them.
        // (the weights of the steps, for `progress`: what each costs per article or piece, roughly)
        let w = (tokenize: 5, learn: 20, find: 25, canonical: 10, quotes: 20, time: 15)
        progress?.plan(w.tokenize * read.count)
        let tokenized = Parallel.map(read.count) { i in
            var a = read[i]
            ArticleReader.tokenize(&a)
            progress?.advance(w.tokenize)
            work?.add(a.tokens.count)
            return a
        }
        var articles = tokenized
        stages?.lap("tokens")
        let pieces = CorpusBuilder.pieces(of: articles)
        // (each step that reads a piece's tokens once: learning names, finding them, quotes, time expressions)
        work?.add(4 * articles.reduce(0) { $0 + $1.tokens.count })
        progress?.plan((w.tokenize + w.quotes) * read.count + (w.learn + w.find + w.time) * pieces.count + w.canonical)
        // Entities in two passes: the first learns which capitalised words are names mid-sentence.
        // The words learned are the article's own: another story's `Liu He` must not make this one's `He` a name.
        // An article that is one piece does both passes at once (`recognizeLearning`, which finds most sentences'
        // candidates once); a long one learns from all its pieces before any is recognised.
        let recognizer = EntityRecognizer(lexicon: lexicon)
        var pieceCount = [Int](repeating: 0, count: articles.count)
        for piece in pieces { pieceCount[piece.article] += 1 }
        let whole = pieceCount
        let learned = Parallel.map(pieces.count) { j -> Set<String> in
            guard whole[pieces[j].article] > 1 else { return [] }
            defer { progress?.advance(w.learn) }
            return recognizer.confidentNameWords(tokenized[pieces[j].article], paragraphs: pieces[j].paragraphs)
        }
        var learnedByArticle = [Set<String>](repeating: [], count: articles.count)
        for j in pieces.indices { learnedByArticle[pieces[j].article].formUnion(learned[j]) }
        let known = learnedByArticle
        let found = Parallel.map(pieces.count) { j in
            let piece = pieces[j]
            guard whole[piece.article] > 1 else {
                defer { progress?.advance(w.learn + w.find) }
                return recognizer.recognizeLearning(tokenized[piece.article], paragraphs: piece.paragraphs)
            }
            var r = recognizer
            r.knownNameWords = known[piece.article]
            defer { progress?.advance(w.find) }
            return r.recognize(tokenized[piece.article], paragraphs: piece.paragraphs)
        }
        CorpusBuilder.join(found, of: pieces, into: &articles) { $0.entities = $1 }
        stages?.lap("names")
        let capitals = CapitalsReader(lexicon: lexicon)
        Parallel.update(&articles) { capitals.read(&$0) }
        stages?.lap("capitals")
        EntityCanonicalizer(lexicon: lexicon).canonicalize(&articles, work: work)
        stages?.lap("canonical names")
        progress?.advance(w.canonical)
        // Quotes and speakers.
        // (beside them, on a thread of its own: the dates of undated articles, a corpus step on one core, given
        // once the time expressions are found)
        let attributor = QuoteAttributor(lexicon: lexicon)
        let named = articles
        let (inferred, quotes) = Parallel.alongside({ DateInferrer().inferredDates(named, work: work) }) {
            Parallel.map(named.count) { i in
                defer { progress?.advance(w.quotes) }
                // (the article taken out of the array once: each `named[i]` handed on was a copy of it, every array
                // of it retained and released)
                let a = named[i]
                return PhraseClassifier.classify(attributor.attribute(a, found: QuoteFinder.find(a)), in: a)
            }
        }
        for i in articles.indices { articles[i].quotes = quotes[i] }
        stages?.lap("quotes and article dates")
        // Time: recognise, then resolve against the dates (the speakers, a corpus step, are gathered beside the
        // recognition)
        let quoted = articles
        let (speaking, timexes) = Parallel.alongside({ speakers(quoted, work: work) }) {
            Parallel.map(pieces.count) { j in
                defer { progress?.advance(w.time) }
                return recognizeTimexes(quoted[pieces[j].article], paragraphs: pieces[j].paragraphs)
            }
        }
        CorpusBuilder.join(timexes, of: pieces, into: &articles) { $0.timexes = $1 }
        DateInferrer.give(inferred, to: &articles)
        stages?.lap("time expressions and speakers")
        let resolver = TimexResolver()
        Parallel.update(&articles) { a in
            // (the sentences captured, not the whole article: a copy of it retained every array it holds)
            let sentences = a.sentences
            let values = resolver.values(of: a.timexes, anchor: a.date) { t in
                let lo = sentences.countBelow(t.span.start + 1) { $0.span.end }
                return lo < sentences.count && sentences[lo].span.start <= t.span.start ? lo : -1
            }
            for t in a.timexes.indices { a.timexes[t].value = values[t] }
            work?.add(a.timexes.count)
        }
        stages?.lap("time values")
        let timeline = TimelineBuilder().build(articles, work: work)
        stages?.lap("timeline")
        return Corpus(articles: articles, timeline: timeline, speakers: speaking)
    }

    /// A run of an article's paragraphs annotated as one piece of work.
    struct Piece {
        var article: Int
        var paragraphs: Range<Int>
    }

    /// How many tokens a piece of a long article holds at most: enough that the work outweighs handing it out,
    /// few enough that one huge file keeps every core busy.
    static let tokensPerPiece = 50_000

    /// Each article as one piece, or, when long, as runs of whole paragraphs of about `tokensPerPiece` tokens.
    static func pieces(of articles: [Article], tokensPerPiece: Int = CorpusBuilder.tokensPerPiece) -> [Piece] {
        var out: [Piece] = []
        // (each article read in place: taken out as a value, every array of it was retained and released)
        for i in articles.indices {
            var start = 0, tokens = 0
            for p in articles[i].paragraphs.indices {
                tokens += articles[i].tokenRange(of: articles[i].paragraphs[p]).count
                if tokens >= tokensPerPiece {
                    out.append(Piece(article: i, paragraphs: start..<(p + 1)))
                    start = p + 1
                    tokens = 0
                }
            }
            let count = articles[i].paragraphs.count
            if start < count || out.last?.article != i { out.append(Piece(article: i, paragraphs: start..<count)) }
        }
        return out
    }

    /// Joins the pieces' results, in order, into each article's (sized once: a long article has many).
    static func join<T>(_ results: [[T]], of pieces: [Piece], into articles: inout [Article], _ set: (inout Article, [T]) -> Void) {
        var j = 0
        for i in articles.indices {
            var count = 0, k = j
            while k < pieces.count && pieces[k].article == i { count += results[k].count; k += 1 }
            // an article of one piece, as most are, takes its piece's results as they are (copied into a new array,
            // every element was retained)
            if k == j + 1 {
                set(&articles[i], results[j])
                j = k
                continue
            }
            var all: [T] = []
            all.reserveCapacity(count)
            for r in j..<k { all += results[r] }
            set(&articles[i], all)
            j = k
        }
    }

    func recognizeTimexes(_ a: Article, paragraphs: Range<Int>) -> [Timex] {
        var out: [Timex] = []
        // searched, not scanned, for each time expression: a long article has many of both. Only the names of
        // these paragraphs (entities are in text order): every piece of a long article indexing all its names
        // took the square of its length.
        guard !paragraphs.isEmpty else { return [] }
        let lo = a.paragraphs[paragraphs.lowerBound].span.start, hi = a.paragraphs[paragraphs.upperBound - 1].span.end
        let names = a.entities.countBelow(lo) { $0.span.start }..<a.entities.countBelow(hi) { $0.span.start }
        // a name claims a time expression's words (`Theresa May`, `August Wilson`, the programme `60 Minutes`),
        // except a holiday an organisation's name was taken to be (`Election Day`)
        // (the spans read by index: a lazy filter over the entities copied each, its strings retained and released)
        var people: [ByteSpan] = [], organizations: [ByteSpan] = []
        for e in names {
            switch a.entities[e].type {
            case .person: people.append(a.entities[e].span)
            case .organization: organizations.append(a.entities[e].span)
            default: break
            }
        }
        let personSpans = SpanIndex(people), orgSpans = SpanIndex(organizations)
        func claimed(_ t: Timex) -> Bool {
            if personSpans.anyOverlaps(t.span) { return true }
            if case .holiday = t.pattern.shape { return false }
            return orgSpans.anyOverlaps(t.span)
        }
        let reader = ArticleReader()
        for p in a.paragraphs[paragraphs] {
            // a date line under the headline (`May 29, 2006`) is the article's date written in its text: a time
            // expression, though no event (it stands in no sentence, so the timeline leaves it out)
            if p.role == .header, p.span.length <= 80, let found = reader.dateLineTimexes(a.bytes, p.span) {
                out += found
                continue
            }
            guard [.body, .caption, .bio, .title, .subheading].contains(p.role) else { continue }
            for s in p.sentences {
                for t in TimexRecognizer.recognize(tokens: a.tokens, range: a.sentences[s].tokens, bytes: a.bytes)
                where !claimed(t) {
                    out.append(t)
                }
            }
        }
        return out
    }

    /// The speakers of direct quotations: named ones first, in the order they are first quoted, then descriptions
    /// grouped by the organisation they speak for (groups in order of first appearance, those of none last).
    /// Words credited as a description anywhere are a description wherever they speak (a continuation too).
    func speakers(_ articles: [Article], work: WorkCount? = nil) -> [Speaker] {
        struct Key: Hashable { var name: String; var organization: String? }
        var counts: [Key: Int] = [:]
        var order: [Key] = []
        var described = Set<String>()
        // (each article's quotations read in place: an article taken out as a value retained every array of it)
        for ai in articles.indices {
            work?.add(articles[ai].quotes.count)
            for q in articles[ai].quotes where q.kind == .direct {
                guard let s = q.speaker else { continue }
                let key = Key(name: s, organization: q.speakerOrganization)
                if counts[key] == nil { order.append(key) }
                counts[key, default: 0] += 1
                if q.speakerKind == .description { described.insert(s) }
            }
        }
        let all = order.map { k in
            Speaker(name: k.name, quotes: counts[k] ?? 0,
                    kind: k.organization != nil || described.contains(k.name) ? .description : .name, organization: k.organization)
        }
        // the reader lists them in this order, under a heading per organisation
        var groupRank: [String: Int] = [:]
        for sp in all where sp.kind == .description { if let o = sp.organization, groupRank[o] == nil { groupRank[o] = groupRank.count + 1 } }
        func rank(_ sp: Speaker) -> Int { sp.kind == .name ? 0 : sp.organization.flatMap { groupRank[$0] } ?? Int.max }
        return all.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }
}
