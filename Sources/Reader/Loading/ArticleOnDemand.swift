import Articles
import Synchronization

/// While a large folder is annotated, the article the reader opens is annotated alone, at once, on a thread of
/// its own: its names, quotes and dates show within a few milliseconds rather than when the corpus is done
/// (what the corpus adds, a date inferred from the other articles, comes with it).
final class ArticleOnDemand: Sendable {
    private struct Requests {
        var asked = Set<Int>()
        var running = 0
        var done: [(index: Int, article: Article)] = []
    }
    private let requests = Mutex(Requests())
    private let files: [(path: String, bytes: [UInt8])]

    init(files: [(path: String, bytes: [UInt8])]) { self.files = files }

    /// How many articles are annotated alone at once: a held-down `j` passes hundreds, and the loop asks again
    /// for the open one until it is taken.
    static let atOnce = 2

    /// Starts annotating article `index` unless it was asked for before, or enough are under way (the loop asks
    /// again for the one it shows).
    func ask(_ index: Int) {
        guard files.indices.contains(index), requests.withLock({ r in
            guard r.running < ArticleOnDemand.atOnce, r.asked.insert(index).inserted else { return false }
            r.running += 1
            return true
        }) else { return }
        let file = files[index]
        let work: @Sendable () -> Void = { [self] in
            let article = CorpusBuilder().annotate(CorpusBuilder.read([file])).articles[0]
            requests.withLock { r in
                r.done.append((index, article))
                r.running -= 1
            }
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
