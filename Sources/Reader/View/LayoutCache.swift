import Synchronization

/// Remembers article layouts by (article, width): laying out a long article on every key press made each key
/// cost as much as the whole text. Results depend only on the key, so `update` and `render` stay pure in effect.
final class LayoutCache: Sendable {
    struct Key: Hashable { var article: Int; var width: Int }

    private let entries = Mutex<[Key: ArticleLayout]>([:])

    func layout(article: Int, width: Int, make: () -> ArticleLayout) -> ArticleLayout {
        let key = Key(article: article, width: width)
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let made = make()
        entries.withLock { e in
            if e.count > 16 { e.removeAll() }
            e[key] = made
        }
        return made
    }
}
