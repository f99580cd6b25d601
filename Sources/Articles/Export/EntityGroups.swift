/// An article's entities grouped by type, each canonical name once with its mention count, the most mentioned
/// first (then by name): the reader's entities overlay and the readable export list them so.
public struct EntityGroups: Sendable {
    public struct Row: Sendable { public var type: EntityType; public var name: String; public var count: Int }
    public let rows: [Row]

    public static let order: [EntityType] = [.person, .organization, .place, .ticker, .nationality, .money, .percent, .misc]

    public init(article: Article) {
        var counts: [EntityType: [String: Int]] = [:]
        for e in article.entities { counts[e.type, default: [:]][e.canonical, default: 0] += 1 }
        var rows: [Row] = []
        for t in EntityGroups.order {
            for (name, c) in (counts[t] ?? [:]).sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                rows.append(Row(type: t, name: name, count: c))
            }
        }
        self.rows = rows
    }
}
