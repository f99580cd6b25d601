/// Gives an undated article the date of the dated article it shares most canonical entities with
/// (`dateSource: inferred`); with nothing shared, the article stays undated.
public struct DateInferrer: Sendable {
    public init() {}

    public func inferDates(_ articles: inout [Article]) {
        // lazily: a filtered copy of every entity of a long article was the largest thing held at this point
        let names = articles.map { Set($0.entities.lazy.filter { [.person, .organization, .place].contains($0.type) }.map { $0.canonical }) }
        for i in articles.indices where articles[i].date == nil {
            var best: (shared: Int, index: Int)?
            for j in articles.indices where j != i && articles[j].dateSource == .metadata {
                let shared = names[i].intersection(names[j]).count
                if shared > 0 && shared > (best?.shared ?? 0) { best = (shared, j) }
            }
            if let b = best {
                articles[i].date = articles[b.index].date
                articles[i].dateSource = .inferred
            }
        }
    }
}
