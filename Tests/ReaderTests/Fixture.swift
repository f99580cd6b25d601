@testable import Reader
import Articles
import SeedArticles

/// The seed corpus and helpers for driving the reader without a terminal.
enum Fixture {
    static let corpus: Corpus = CorpusBuilder().build(SeedArticles.files)

    static func state(_ w: Int, _ h: Int) -> ReaderState { ReaderState(corpus: corpus, width: w, height: h) }

    /// Applies keys as the terminal would decode them.
    static func press(_ keys: [Key], _ s0: ReaderState) -> ReaderState {
        keys.reduce(s0) { s, k in Update.apply(KeyMap.action(for: k, in: s), to: s) }
    }

    static func keys(_ text: String) -> [Key] { text.map { Key.char($0) } }

    /// The cell where `text` first appears in a row range, if any.
    static func find(_ g: Grid, _ text: String, in rect: Rect? = nil) -> (x: Int, y: Int)? {
        for y in 0..<g.height {
            if let r = rect, y < r.y || y >= r.y + r.height { continue }
            let all = (0..<g.width).map { g[$0, y].text }
            let cells = rect.map { r in Array(all[r.x..<min(all.count, r.x + r.width)]) } ?? all
            let row = cells.joined()
            guard let r = row.range(of: text) else { continue }
            // map the character offset back to a column
            let prefix = row[row.startIndex..<r.lowerBound]
            var col = 0, acc = ""
            while col < cells.count && acc.count < prefix.count { acc += cells[col]; col += 1 }
            return (col + (rect?.x ?? 0), y)
        }
        return nil
    }
}
