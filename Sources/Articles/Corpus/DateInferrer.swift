/// Gives an undated article the date of the dated article it shares most canonical entities with
/// (`dateSource: inferred`); with nothing shared, the article stays undated.
public struct DateInferrer: Sendable {
    public init() {}

    public func inferDates(_ articles: inout [Article]) {
        // lazily: a filtered copy of every entity of a long article was the largest thing held at this point
        let names = articles.map { Set($0.entities.lazy.filter { [.person, .organization, .place].contains($0.type) }.map { $0.canonical }) }
        // the dated articles that name each name, in order: an undated article counts what it shares with those
        // that share anything, instead of intersecting its names with every dated article's
        var datedNaming: [String: [Int]] = [:]
        for j in articles.indices where articles[j].dateSource == .metadata {
            for name in names[j] { datedNaming[name, default: []].append(j) }
        }
        var shared = [Int](repeating: 0, count: articles.count)
        var touched: [Int] = []
        for i in articles.indices where articles[i].date == nil {
            for name in names[i] {
                for j in datedNaming[name] ?? [] where j != i {
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
            if let b = best {
                articles[i].date = articles[b.index].date
                articles[i].dateSource = .inferred
            }
        }
    }
}
