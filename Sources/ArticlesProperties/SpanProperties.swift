import Articles

/// The properties every annotated corpus must have, whatever its input: every span inside its file and on UTF-8
/// scalar boundaries, spans of one kind in order and not overlapping, and the indices that tie paragraphs,
/// sentences and tokens together in range. The fuzzer (`articles-fuzz`) and the tests both call these.
public enum SpanProperties {
    /// Every property of `corpus` that does not hold, one message each (empty when all hold).
    public static func violations(_ corpus: Corpus) -> [String] {
        var out: [String] = []
        for (ai, a) in corpus.articles.enumerated() {
            check(a, article: ai, into: &out)
        }
        checkTimeline(corpus, into: &out)
        return out
    }

    /// Offsets that are UTF-8 scalar boundaries, as the reader decodes: a valid scalar's bytes are one unit,
    /// each byte of an invalid sequence is a unit of its own (shown as U+FFFD), and the file's end is a boundary.
    public static func boundaries(_ b: [UInt8]) -> [Bool] {
        var out = [Bool](repeating: false, count: b.count + 1)
        var i = 0
        while i < b.count {
            out[i] = true
            i += UTF8Scanner.scalar(b, i, end: b.count).1
        }
        out[b.count] = true
        return out
    }

    // MARK: - One article

    /// Checks spans of one kind: each inside the file, on boundaries and (unless `allowEmpty`) not empty, and
    /// (when `ordered`) each starting at or after the end of the one before.
    private static func spans(_ kind: String, _ list: [ByteSpan], _ boundary: [Bool], article: Int, ordered: Bool = true,
                              allowEmpty: Bool = false, into out: inout [String]) {
        let n = boundary.count - 1
        var previous: ByteSpan?
        for (k, s) in list.enumerated() {
            let name = "article \(article): \(kind) \(k) \(s.start)..<\(s.end)"
            guard s.start >= 0, s.end <= n, s.start <= s.end else {
                out.append("\(name) is outside the file of \(n) bytes")
                continue
            }
            if !allowEmpty && s.start == s.end { out.append("\(name) is empty") }
            if !boundary[s.start] || !boundary[s.end] { out.append("\(name) is not on UTF-8 scalar boundaries") }
            if ordered, let p = previous {
                if s.start < p.start { out.append("\(name) comes before the previous \(kind) \(p.start)..<\(p.end)") }
                else if s.start < p.end { out.append("\(name) overlaps the previous \(kind) \(p.start)..<\(p.end)") }
            }
            previous = s
        }
    }

    private static func check(_ a: Article, article ai: Int, into out: inout [String]) {
        let boundary = boundaries(a.bytes)
        let prefix = "article \(ai)"
        spans("paragraph", a.paragraphs.map(\.span), boundary, article: ai, into: &out)
        spans("sentence", a.sentences.map(\.span), boundary, article: ai, into: &out)
        spans("token", a.tokens.map(\.span), boundary, article: ai, into: &out)
        spans("subheading", a.subheadings, boundary, article: ai, into: &out)
        spans("caption", a.captions.map(\.span), boundary, article: ai, into: &out)
        spans("entity", a.entities.map(\.span), boundary, article: ai, into: &out)
        // One list for direct and reported speech: the finder keeps one quotation open at a time, so marks inside
        // it (nested ‘…’ or «…») are part of its words, not a quotation of their own, and reported speech is
        // dropped where it would touch a quotation. No two quotations share a byte.
        spans("quote", a.quotes.map(\.span), boundary, article: ai, into: &out)
        spans("speaker mention", a.quotes.compactMap(\.speakerMention), boundary, article: ai, ordered: false, into: &out)
        spans("timex", a.timexes.map(\.span), boundary, article: ai, into: &out)
        if let t = a.titleSpan { spans("title", [t], boundary, article: ai, into: &out) }

        // The indices that tie the structure together: paragraphs own consecutive sentences, sentences own
        // consecutive tokens, and each lies inside what owns it.
        var nextSentence = 0
        for (pi, p) in a.paragraphs.enumerated() {
            let r = p.sentences
            guard r.lowerBound >= 0, r.upperBound <= a.sentences.count else {
                out.append("\(prefix): paragraph \(pi) owns sentences \(r) of \(a.sentences.count)")
                continue
            }
            if !r.isEmpty && r.lowerBound != nextSentence {
                out.append("\(prefix): paragraph \(pi)'s sentences \(r) do not follow on from sentence \(nextSentence)")
            }
            if !r.isEmpty { nextSentence = r.upperBound }
            for si in r where a.sentences[si].paragraph != pi {
                out.append("\(prefix): sentence \(si) names paragraph \(a.sentences[si].paragraph), not its owner \(pi)")
            }
        }
        var nextToken = 0
        for (si, s) in a.sentences.enumerated() {
            guard s.paragraph >= 0, s.paragraph < a.paragraphs.count else {
                out.append("\(prefix): sentence \(si) names paragraph \(s.paragraph) of \(a.paragraphs.count)")
                continue
            }
            if !a.paragraphs[s.paragraph].span.encloses(s.span) {
                out.append("\(prefix): sentence \(si) \(s.span.start)..<\(s.span.end) is outside its paragraph")
            }
            let r = s.tokens
            guard !r.isEmpty, r.lowerBound >= 0, r.upperBound <= a.tokens.count else {
                out.append("\(prefix): sentence \(si) owns tokens \(r) of \(a.tokens.count)")
                continue
            }
            if r.lowerBound < nextToken { out.append("\(prefix): sentence \(si)'s tokens \(r) overlap the sentence before") }
            nextToken = r.upperBound
            if a.tokens[r.lowerBound].span.start != s.span.start || a.tokens[r.upperBound - 1].span.end != s.span.end {
                out.append("\(prefix): sentence \(si) does not run from its first token to its last")
            }
        }
        // Each mention lies where it was found, and its text is its span's: a name or a time expression in one
        // sentence (a time expression may also be the date line under the headline), a quotation in one paragraph
        // of body, caption or bio (the reader highlights the span and lists the text).
        let sentenceSpans = a.sentences.map(\.span)
        let timeSpans = (sentenceSpans + a.paragraphs.filter { $0.role == .header }.map(\.span)).sorted { $0.start < $1.start }
        for (k, e) in a.entities.enumerated() {
            if !inOne(sentenceSpans, e.span) { out.append("\(prefix): entity \(k) \(e.span.start)..<\(e.span.end) lies in no one sentence") }
            if e.text != a.text(e.span) { out.append("\(prefix): entity \(k)'s text is not its span's") }
        }
        for (k, t) in a.timexes.enumerated() {
            if !inOne(timeSpans, t.span) { out.append("\(prefix): timex \(k) \(t.span.start)..<\(t.span.end) lies in no one sentence or date line") }
            if t.text != a.text(t.span) { out.append("\(prefix): timex \(k)'s text is not its span's") }
        }
        let quotable = a.paragraphs.filter { [.body, .caption, .bio].contains($0.role) }.map(\.span)
        for (k, q) in a.quotes.enumerated() {
            if !inOne(quotable, q.span) { out.append("\(prefix): quote \(k) \(q.span.start)..<\(q.span.end) lies in no one body paragraph") }
            if q.text != a.text(q.span) { out.append("\(prefix): quote \(k)'s text is not its span's") }
        }
        for (k, t) in a.tokens.enumerated() where t.text != a.text(t.span) {
            out.append("\(prefix): token \(k)'s text is not its span's")
        }
        for (k, sub) in a.subheadings.enumerated()
        where !a.paragraphs.contains(where: { $0.role == .subheading && $0.span.encloses(sub) }) {
            out.append("\(prefix): subheading \(k) \(sub.start)..<\(sub.end) lies in no subheading paragraph")
        }
    }

    /// Whether one of `spans` (ordered, apart) encloses `s`: a binary search for the last one starting at or before it.
    private static func inOne(_ spans: [ByteSpan], _ s: ByteSpan) -> Bool {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].start <= s.start { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && spans[lo - 1].encloses(s)
    }

    // MARK: - Timeline

    /// Each event is a sentence of the article it names, dated by one of that article's time expressions; in a
    /// row, one article's events are in text order and distinct.
    private static func checkTimeline(_ corpus: Corpus, into out: inout [String]) {
        let articles = corpus.articles
        var boundaryCache: [Int: [Bool]] = [:]
        var timexCache: [Int: Set<ByteSpan>] = [:]
        for (ri, row) in corpus.timeline.enumerated() {
            if row.events.isEmpty { out.append("timeline row \(ri) (\(row.date)) has no events") }
            var lastByArticle: [Int: ByteSpan] = [:]
            for (ei, e) in row.events.enumerated() {
                let name = "timeline row \(ri) event \(ei)"
                guard e.article >= 0, e.article < articles.count else {
                    out.append("\(name) names article \(e.article) of \(articles.count)")
                    continue
                }
                let a = articles[e.article]
                if e.path != a.path { out.append("\(name) names path \(e.path) for article \(e.article) (\(a.path))") }
                let boundary = boundaryCache[e.article] ?? boundaries(a.bytes)
                boundaryCache[e.article] = boundary
                var problems: [String] = []
                spans("timeline event", [e.span], boundary, article: e.article, into: &problems)
                spans("timeline timex", [e.timex], boundary, article: e.article, into: &problems)
                out += problems.map { "\(name): \($0)" }
                if !e.span.encloses(e.timex) { out.append("\(name): its time expression lies outside its sentence") }
                let timexes = timexCache[e.article] ?? Set(a.timexes.map(\.span))
                timexCache[e.article] = timexes
                if !timexes.contains(e.timex) { out.append("\(name): dated by no time expression of its article") }
                if a.sentenceIndex(containing: e.span.start).map({ a.sentences[$0].span }) != e.span {
                    out.append("\(name): is no sentence of its article")
                }
                if let p = lastByArticle[e.article], e.span.start < p.end {
                    out.append("\(name): comes before or overlaps the article's previous event in the row")
                }
                lastByArticle[e.article] = e.span
            }
        }
    }
}
