import Synchronization

/// Remembers article layouts by (article, width): laying out a long article on every key press made each key
/// cost as much as the whole text. Results depend only on the key, so `update` and `render` stay pure in effect.
final class LayoutCache: Sendable {
    struct Key: Equatable { var article: Int; var width: Int }

    /// A few entries, searched in order: a dictionary's first use costs more at start-up than all the searching.
    private let entries = Mutex<[(key: Key, layout: ArticleLayout)]>([])

    /// Whether the layout for (article, width) is at hand.
    func has(article: Int, width: Int) -> Bool {
        let key = Key(article: article, width: width)
        return entries.withLock { $0.contains { $0.key == key } }
    }

    func layout(article: Int, width: Int, make: () -> ArticleLayout) -> ArticleLayout {
        let key = Key(article: article, width: width)
        if let hit = entries.withLock({ $0.first { $0.key == key }?.layout }) { return hit }
        let made = make()
        entries.withLock { e in
            if e.count > 16 { e.removeAll() }
            e.append((key, made))
        }
        return made
    }
}

/// The timeline's lines, made once per corpus on first use: they do not depend on the pane's size, and making
/// them (a summary of each of a large corpus's many events) on every frame made each key cost half a second.
final class TimelineLinesCache: Sendable {
    private let made = Mutex<(lines: [TimelineView.Line], lineOfEvent: [Int])?>(nil)

    /// The lines, and for each event (in display order) the index of its line.
    func lines(make: () -> [TimelineView.Line]) -> (lines: [TimelineView.Line], lineOfEvent: [Int]) {
        if let hit = made.withLock({ $0 }) { return hit }
        let lines = make()
        var lineOfEvent: [Int] = []
        for (i, l) in lines.enumerated() where l.event != nil { lineOfEvent.append(i) }
        let result = (lines, lineOfEvent)
        made.withLock { $0 = result }
        return result
    }
}
