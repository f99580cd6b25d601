import Articles

/// The articles pane: per article its title, date (marked when inferred), byline or source, quote count.
enum ArticlesListView {
    static let rowHeight = 3

    static func draw(_ s: ReaderState, in r: Rect, grid g: inout Grid) {
        let w = r.width
        // only the rows on screen: a frame costs what it shows, not the whole folder
        let top = scroll(s, r) / rowHeight
        let rows = top..<min(s.corpus.articles.count, top + max(0, r.height) / rowHeight + 1)
        for i in rows {
            let a = s.corpus.articles[i]
            let y = r.y + 1 + i * rowHeight - scroll(s, r)
            guard y >= r.y + 1, y + 1 < r.y + r.height else { continue }
            let isSel = i == s.selected
            let unread = !(s.read.indices.contains(i) && s.read[i])
            var base = Style.plain
            if isSel { base = Style(role: .selection, bold: true, reverse: s.focus == .articles) }
            g.fill(x: r.x, y: y, width: w, height: 2, style: base)
            let marker = unread ? "● " : "  "
            g.put(marker, x: r.x, y: y, style: Style(role: .accent, bold: true, reverse: base.reverse))
            var titleStyle = base
            titleStyle.bold = unread || isSel
            g.put(DisplayWidth.ellipsize(a.title, w - 2), x: r.x + 2, y: y, style: titleStyle)
            var meta: [String] = []
            if let d = a.date { meta.append(DateLabel.day(d) + (a.dateSource == .inferred ? "?" : "")) } else if !s.annotating { meta.append("undated") }
            if let b = a.byline ?? a.source { meta.append(b) }
            if !s.annotating { meta.append("\(a.quotes.filter { $0.kind == .direct }.count)❝") }
            var ms = base
            ms.role = isSel ? .selection : .muted
            g.put(DisplayWidth.ellipsize(meta.joined(separator: " · "), w - 2), x: r.x + 2, y: y + 1, style: ms)
        }
    }

    static func scroll(_ s: ReaderState, _ r: Rect) -> Int {
        let visible = max(1, (r.height - 1) / rowHeight)
        return max(0, s.selected - visible + 1) * rowHeight
    }
}
