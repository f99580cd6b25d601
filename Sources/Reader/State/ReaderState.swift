import Articles

/// The panes that can have the focus.
enum Pane: Hashable, Sendable { case articles, article, timeline }

/// Overlays drawn over the panes.
enum Overlay: Hashable, Sendable {
    /// The help, scrolled to show from line `top` (a short terminal cannot show it all).
    case help(top: Int)
    case speakers(selected: Int)
    case entities(selected: Int)
}

/// A quotation's place in the corpus.
struct QuoteRef: Hashable, Sendable {
    var article: Int
    var quote: Int
}

/// An incremental search in the current article.
struct Search: Hashable, Sendable {
    var query: String
    var editing: Bool
    var current: Int?
}

/// Everything the reader shows, changed only by `update`.
struct ReaderState: Sendable {
    let corpus: Corpus
    /// Direct quotations in reading order (article by article).
    let quotes: [QuoteRef]
    /// Timeline events flattened in display order: (row, event).
    let events: [(row: Int, event: Int)]

    var width: Int
    var height: Int
    var selected = 0
    var focus: Pane = .articles
    /// Byte offset of the first line shown in the article pane: the reading position survives resizes.
    var anchor = 0
    /// Per article, whether it has been opened (unread ones stand out in the list).
    var read: [Bool]
    var currentQuote: QuoteRef?
    /// The speaker whose quotations `]`/`[` step through (chosen in the speakers overlay), nil for everyone's.
    var speakerFilter: Speaker?
    var timelineSelected = 0
    /// A span marked in an article (a timeline event's sentence), drawn highlighted.
    var marked: (article: Int, span: ByteSpan)?
    /// An entity whose mentions are marked and stepped through with n/N.
    var markedEntity: String?
    var overlay: Overlay?
    var search: Search?
    /// In 80–119 columns the timeline is shown only when toggled.
    var showTimeline = false
    /// Which key does what (the configuration's, else the standard bindings).
    var bindings = KeyBindings.standard
    /// The timeline's width with three panes, when the configuration sets one.
    var timelineWidth: Int?
    var quitting = false
    var message: String?
    /// True while the corpus shown is only read, not yet annotated (see `AnnotationJob`).
    var annotating = false
    /// How far annotation has come, in percent, while it runs (nil before it is known).
    var annotationPercent: Int?
    /// Article layouts already computed (shared between copies of the state; see `LayoutCache`).
    let layouts = LayoutCache()
    /// The timeline's lines, made once (see `TimelineLinesCache`).
    let timelineLines = TimelineLinesCache()

    init(corpus: Corpus, width: Int, height: Int) {
        self.corpus = corpus
        self.width = width
        self.height = height
        var qs: [QuoteRef] = []
        for (ai, a) in corpus.articles.enumerated() {
            for (qi, q) in a.quotes.enumerated() where q.kind == .direct { qs.append(QuoteRef(article: ai, quote: qi)) }
        }
        quotes = qs
        var evs: [(Int, Int)] = []
        for (ri, row) in corpus.timeline.enumerated() { for ei in row.events.indices { evs.append((ri, ei)) } }
        events = evs
        read = corpus.articles.indices.map { $0 == 0 }
    }

    /// The same view, still being annotated, of other articles of the same files: read whole, or some of them
    /// annotated alone (the ones opened meanwhile: `ArticleOnDemand`).
    func showing(_ articles: [Article]) -> ReaderState {
        var n = annotated(with: Corpus(articles: articles, timeline: corpus.timeline, speakers: corpus.speakers))
        n.annotating = annotating
        n.annotationPercent = annotationPercent
        return n
    }

    /// `showing` the articles with some replaced by themselves annotated alone.
    func replacing(_ replaced: [(index: Int, article: Article)]) -> ReaderState {
        var articles = corpus.articles
        for r in replaced where articles.indices.contains(r.index) { articles[r.index] = r.article }
        return showing(articles)
    }

    /// The same view of a newly annotated corpus of the same files: selection, reading position, focus, read
    /// articles, overlay, search, the configuration's keys and widths, and the current quote (the same bytes, found among the new quotes) carry over;
    /// the timeline's position starts anew.
    func annotated(with corpus: Corpus) -> ReaderState {
        var n = ReaderState(corpus: corpus, width: width, height: height)
        if let c = currentQuote, corpus.articles.indices.contains(c.article) {
            let span = quote(c).span
            n.currentQuote = corpus.articles[c.article].quotes.firstIndex { $0.span == span && $0.kind == .direct }
                .map { QuoteRef(article: c.article, quote: $0) }
        }
        n.selected = min(selected, max(0, corpus.articles.count - 1))
        n.focus = focus
        n.anchor = anchor
        if n.read.count == read.count { n.read = read }
        n.overlay = overlay
        n.search = search
        n.showTimeline = showTimeline
        n.bindings = bindings
        n.timelineWidth = timelineWidth
        n.quitting = quitting
        n.message = message
        return n
    }

    /// The selected article; an empty one when the corpus has none, so that every view and key works on it.
    var article: Article { corpus.articles.indices.contains(selected) ? corpus.articles[selected] : ReaderState.noArticle }

    static let noArticle = Article(path: "", bytes: [], title: "", titleSpan: nil, titleDerived: false, date: nil,
                                   dateSource: .none, byline: nil, source: nil, url: nil, paragraphs: [], sentences: [],
                                   tokens: TokenList(bytes: []), subheadings: [])

    func quote(_ r: QuoteRef) -> Quote { corpus.articles[r.article].quotes[r.quote] }

    /// Where the quotes of `article` are in `quotes` (which are in the order of their articles), found by halving.
    func quoteIndices(of article: Int) -> Range<Int> {
        quotes.countBelow(article) { $0.article }..<quotes.countBelow(article + 1) { $0.article }
    }

    /// The current article laid out for a text width. For drawing `rows` lines at the top of the article before
    /// the whole layout is at hand, only as far as those rows: the first screen of a long article does not wait
    /// for the rest of it (and is drawn the same).
    func layout(width: Int, rows: Int? = nil) -> ArticleLayout {
        let w = max(10, width)
        if let rows, anchor == 0, !layouts.has(article: selected, width: w) {
            let top = ArticleLayout(article: article, width: w, annotating: annotating, lineLimit: rows)
            if !top.isComplete { return top }
            return layouts.layout(article: selected, width: w) { top }
        }
        return layouts.layout(article: selected, width: w) { ArticleLayout(article: article, width: w, annotating: annotating) }
    }
}
