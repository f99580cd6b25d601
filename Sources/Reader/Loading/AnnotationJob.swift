import Articles
import Synchronization

/// Annotates a corpus on a thread of its own, so the reader can show the articles' text at once and take the
/// annotations (entities, quotes, timeline) when they are ready: on a large folder that is seconds, not a frame.
final class AnnotationJob: Sendable {
    private let result = Mutex<Corpus?>(nil)
    private let articles: [Article]
    /// How far the annotation has come (the status bar shows it).
    let progress = AnnotationProgress()

    /// Starts annotating articles already read (word lists are loaded on the job's thread too).
    init(articles: [Article]) {
        self.articles = articles
        if let thread = Thread.start({ [self] in run() }) {
            thread.detach()
        } else {
            run()   // no thread to be had: annotate here, late but complete
        }
    }

    private func run() {
        let corpus = CorpusBuilder().annotate(articles, progress: progress)
        result.withLock { $0 = corpus }
    }

    /// The annotated corpus once it is ready; nil before. Hands it over once.
    func take() -> Corpus? {
        result.withLock { r in
            defer { r = nil }
            return r
        }
    }
}
