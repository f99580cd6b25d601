import Foundation

/// Remembers article layouts by (article, width): laying out a long article on every key press made each key
/// cost as much as the whole text. Results depend only on the key, so `update` and `render` stay pure in effect.
final class LayoutCache: @unchecked Sendable {
    private var entries: [Key: ArticleLayout] = [:]
    private let lock = NSLock()

    struct Key: Hashable { var article: Int; var width: Int }

    func layout(article: Int, width: Int, make: () -> ArticleLayout) -> ArticleLayout {
        let key = Key(article: article, width: width)
        lock.lock()
        defer { lock.unlock() }
        if let hit = entries[key] { return hit }
        let made = make()
        if entries.count > 16 { entries.removeAll() }
        entries[key] = made
        return made
    }
}
