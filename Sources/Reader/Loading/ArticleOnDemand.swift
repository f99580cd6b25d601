import Articles
import Synchronization

/// While a large folder is annotated, the article the reader opens is annotated alone, at once, on a thread of
/// its own: its names, quotes and dates show within a few milliseconds rather than when the corpus is done
/// (what the corpus adds, a date inferred from the other articles, comes with it).
final class ArticleOnDemand: Sendable {
    private struct Requests {
        var asked = Set<Int>()
        var done: [(index: Int, article: Article)] = []
    }
    private let requests = Mutex(Requests())
    private let files: [(path: String, bytes: [UInt8])]

    init(files: [(path: String, bytes: [UInt8])]) { self.files = files }

    /// Starts annotating article `index` unless it was asked for before.
    func ask(_ index: Int) {
        guard files.indices.contains(index), requests.withLock({ $0.asked.insert(index).inserted }) else { return }
        let file = files[index]
        let work: @Sendable () -> Void = { [self] in
            let article = CorpusBuilder().annotate(CorpusBuilder.read([file])).articles[0]
            requests.withLock { $0.done.append((index, article)) }
        }
        if let thread = Thread.start(work) { thread.detach() } else { work() }
    }

    /// The articles annotated since the last call, with their indices.
    func takeDone() -> [(index: Int, article: Article)] {
        requests.withLock { r in
            defer { r.done = [] }
            return r.done
        }
    }
}
