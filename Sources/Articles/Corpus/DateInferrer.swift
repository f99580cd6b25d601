/// Gives an undated article the date of the dated article it shares most canonical entities with
/// (`dateSource: inferred`); with nothing shared, the article stays undated.
public struct DateInferrer: Sendable {
    /// How many dated articles a name may be in and still count as shared: a name most of a large corpus names
    /// (`Washington`, `the United Nations`) says nothing of which article an undated one goes with, and counting
    /// it for every undated article would visit the square of the corpus.
    static let commonName = 256

    public init() {}

    /// `work`, when given, counts the names and index entries visited.
    public func inferDates(_ articles: inout [Article], work: WorkCount? = nil) {
        DateInferrer.give(inferredDates(articles, work: work), to: &articles)
    }

    /// Gives each article of `inferred` its date, marked as inferred.
    public static func give(_ inferred: [(article: Int, date: CalendarDate?)], to articles: inout [Article]) {
        for (i, date) in inferred {
            articles[i].date = date
            articles[i].dateSource = .inferred
        }
    }

    /// The dates `inferDates` gives, by article, in order, read without changing the articles: the annotation
    /// works this out on one thread while the others attribute quotations, which need none of it.
    public func inferredDates(_ articles: [Article], work: WorkCount? = nil) -> [(article: Int, date: CalendarDate?)] {
        var out: [(article: Int, date: CalendarDate?)] = []
        var steps = 0
        defer { work?.add(steps) }
        // lazily: a filtered copy of every entity of a long article was the largest thing held at this point
        // each article's distinct names, in the order first named: told apart in one set kept for every article
        // (a set per article, grown a name at a time, rehashed its names at each doubling; made at the size of
        // the mentions, it held several times the names for as long as the corpus is read)
        var seen = Set<String>()
        // (by index: `map` handed each article over as a copy, every array of it retained)
        var names: [[String]] = []
        names.reserveCapacity(articles.count)
        for ai in articles.indices {
            seen.removeAll(keepingCapacity: true)
            var distinct: [String] = []
            for e in articles[ai].entities.indices where articles[ai].entities[e].type.isName && seen.insert(articles[ai].entities[e].canonical).inserted {
                distinct.append(articles[ai].entities[e].canonical)
            }
            names.append(distinct)
        }
        // the dated articles that name each name, in order: an undated article counts what it shares with those
        // that share anything, instead of intersecting its names with every dated article's
        var datedNaming: [String: [Int]] = [:]
        for j in articles.indices where articles[j].dateSource == .metadata {
            steps += names[j].count
            for name in names[j] { datedNaming[name, default: []].append(j) }
        }
        var shared = [Int](repeating: 0, count: articles.count)
        var touched: [Int] = []
        for i in articles.indices where articles[i].date == nil {
            steps += names[i].count
            // the dated article that first names the rarest common name, should it share no other
            var fallback: (postings: Int, index: Int)?
            for name in names[i] {
                guard let naming = datedNaming[name] else { continue }
                if naming.count > DateInferrer.commonName {
                    if let j = naming.first(where: { $0 != i }), naming.count < (fallback?.postings ?? .max)
                        || (naming.count == fallback?.postings && j < (fallback?.index ?? .max)) { fallback = (naming.count, j) }
                    continue
                }
                steps += naming.count
                for j in naming where j != i {
                    if shared[j] == 0 { touched.append(j) }
                    shared[j] += 1
                }
            }
            // the most shared, the first such article on a tie (as a scan in order would pick)
            var best: (shared: Int, index: Int)?
            for j in touched {
                if shared[j] > (best?.shared ?? 0) || (shared[j] == best?.shared && j < (best?.index ?? .max)) { best = (shared[j], j) }
                shared[j] = 0
            }
            touched.removeAll(keepingCapacity: true)
            if let k = best?.index ?? fallback?.index { out.append((i, articles[k].date)) }
        }
        return out
    }
}
