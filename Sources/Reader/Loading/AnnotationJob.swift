import Articles
import Synchronization

/// Annotates a corpus on a thread of its own, so the reader can show the articles' text at once and take the
/// annotations (entities, quotes, timeline) when they are ready: on a large folder that is seconds, not a frame.
final class AnnotationJob: Sendable {
    private let result = Mutex<Corpus?>(nil)
    private let whole = Mutex<[Article]?>(nil)
    /// How far the annotation has come (the status bar shows it).
    let progress = AnnotationProgress()

    /// Starts annotating articles already read (word lists are loaded on the job's thread too); given `files`,
    /// the articles were read only as far as the first screen needs, and the job reads them whole first.
    init(articles: [Article], files: [(path: String, bytes: [UInt8])]? = nil) {
        // (what it reads from is handed to the run, not kept: the first screen's articles are let go with it)
        if let thread = Thread.start({ [self] in run(articles, files) }) {
            thread.detach()
        } else {
            run(articles, files)   // no thread to be had: annotate here, late but complete
        }
    }

    private func run(_ articles: [Article], _ files: [(path: String, bytes: [UInt8])]?) {
        var read = articles
        if let files {
            read = CorpusBuilder.readWhole(files, tops: articles)
            // the open article's names, quotes and dates first, annotated alone in a few milliseconds, while the
            // corpus takes seconds (what the corpus adds to it, a date inferred from other articles, comes then)
            var shown = read
            if let open = read.first { shown[0] = CorpusBuilder().annotate([open]).articles[0] }
            whole.withLock { $0 = shown }
        }
        var corpus = CorpusBuilder().annotate(read, progress: progress)
        // the reader shows text, spans and sentences, never the tokens they were found by: 8 bytes for each word
        // and mark of every article (40 MB of 26 MB of text), let go before the corpus is handed over
        for i in corpus.articles.indices { corpus.articles[i].tokens = TokenList(bytes: []) }
        result.withLock { $0 = corpus }
    }

    /// The articles read whole, once they are, when the first screen had only their tops (the first of them, open
    /// on the first screen, annotated); nil before (and after it was taken once).
    func takeWhole() -> [Article]? {
        whole.withLock { w in
            defer { w = nil }
            return w
        }
    }

    /// The annotated corpus once it is ready; nil before. Hands it over once.
    func take() -> Corpus? {
        result.withLock { r in
            defer { r = nil }
            return r
        }
    }
}
