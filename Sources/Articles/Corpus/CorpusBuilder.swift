/// Runs the pipeline over a set of articles: read → entities → canonical names → quotes and speakers →
/// article dates → time values → timeline.
public struct CorpusBuilder: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .bundled) { self.lexicon = lexicon }

    /// Reads and annotates articles given as (path, bytes), in the order given.
    public func build(_ files: [(path: String, bytes: [UInt8])]) -> Corpus {
        annotate(CorpusBuilder.read(files))
    }

    /// Reads articles given as (path, bytes) without annotating them: structure and metadata only, which is
    /// enough to show them while `annotate` runs.
    public static func read(_ files: [(path: String, bytes: [UInt8])]) -> [Article] {
        let reader = ArticleReader()
        return files.map { reader.readStructure(path: $0.path, bytes: $0.bytes) }
    }

    /// Annotates articles from `read`: tokens and sentences, entities, canonical names, quotes, dates, time
    /// values, timeline.
    public func annotate(_ read: [Article]) -> Corpus {
        var articles = read
        for i in articles.indices { ArticleReader.tokenize(&articles[i]) }
        // Entities in two passes: the first learns which capitalised words are names mid-sentence.
        // The words learned are the article's own: another story's `Liu He` must not make this one's `He` a name.
        for i in articles.indices {
            var recognizer = EntityRecognizer(lexicon: lexicon)
            recognizer.knownNameWords = recognizer.confidentNameWords(articles[i])
            articles[i].entities = recognizer.recognize(articles[i])
        }
        EntityCanonicalizer().canonicalize(&articles)
        // Quotes and speakers.
        let attributor = QuoteAttributor(lexicon: lexicon)
        for i in articles.indices {
            articles[i].quotes = PhraseClassifier.classify(attributor.attribute(articles[i], found: QuoteFinder.find(articles[i])), in: articles[i])
        }
        // Time: recognise, infer missing dates from the corpus, then resolve.
        for i in articles.indices { articles[i].timexes = recognizeTimexes(articles[i]).withoutSpareCapacity() }
        DateInferrer().inferDates(&articles)
        for i in articles.indices {
            for t in articles[i].timexes.indices {
                articles[i].timexes[t].value = TimexNormalizer.value(of: articles[i].timexes[t].pattern, anchor: articles[i].date)
            }
        }
        return Corpus(articles: articles, timeline: TimelineBuilder().build(articles), speakers: speakers(articles))
    }

    func recognizeTimexes(_ a: Article) -> [Timex] {
        var out: [Timex] = []
        // searched, not scanned, for each time expression: a long article has many of both
        let personSpans = SpanIndex(a.entities.lazy.filter { $0.type == .person || $0.type == .organization }.map { $0.span })
        for p in a.paragraphs where [.body, .caption, .bio].contains(p.role) {
            for s in p.sentences {
                for t in TimexRecognizer.recognize(tokens: a.tokens, range: a.sentences[s].tokens, bytes: a.bytes)
                where !personSpans.anyOverlaps(t.span) {
                    out.append(t)
                }
            }
        }
        return out
    }

    /// The speakers of direct quotations: named ones first, in the order they are first quoted, then descriptions
    /// grouped by the organisation they speak for (groups in order of first appearance, those of none last).
    /// Words credited as a description anywhere are a description wherever they speak (a continuation too).
    func speakers(_ articles: [Article]) -> [Speaker] {
        struct Key: Hashable { var name: String; var organization: String? }
        var counts: [Key: Int] = [:]
        var order: [Key] = []
        var described = Set<String>()
        for a in articles {
            for q in a.quotes where q.kind == .direct {
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
