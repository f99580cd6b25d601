import Articles

/// Draws the whole screen for a state into a grid: title bar, panes, status bar, overlays. Pure.
enum Render {
    static func screen(_ s: ReaderState) -> Grid {
        var g = Grid(width: s.width, height: s.height)
        let l = Update.layout(s)
        if l.tooSmall {
            let msg = "terminal too small (\(s.width)×\(s.height))"
            let hint = "need \(PaneLayout.minWidth)×\(PaneLayout.minHeight)"
            g.put(DisplayWidth.ellipsize(msg, s.width), x: max(0, (s.width - DisplayWidth.of(msg)) / 2), y: max(0, s.height / 2 - 1), style: Style(role: .warning, bold: true))
            if s.height > 2 { g.put(DisplayWidth.ellipsize(hint, s.width), x: max(0, (s.width - DisplayWidth.of(hint)) / 2), y: s.height / 2, style: .role(.muted)) }
            return g
        }
        let lay = s.layout(width: (l.article?.width ?? s.width) - 2, rows: l.article?.height ?? s.height)
        titleBar(s, &g)
        if let r = l.articles { paneHeader("Articles", r, s.focus == .articles, &g); ArticlesListView.draw(s, in: r, grid: &g) }
        if let r = l.article {
            paneHeader("Article \(s.selected + 1)/\(s.corpus.articles.count)", r, s.focus == .article, &g)
            ArticleView.draw(s, lay, in: r, grid: &g)
        }
        if let r = l.timeline { paneHeader("Timeline", r, s.focus == .timeline, &g); TimelineView.draw(s, in: r, grid: &g) }
        separators(l, &g, s)
        statusBar(s, l, lay, &g)
        if let o = s.overlay { OverlayView.draw(o, s, &g) }
        return g
    }

    static func titleBar(_ s: ReaderState, _ g: inout Grid) {
        let bar = Style(role: .bar, bold: true, reverse: true)
        g.fill(x: 0, y: 0, width: s.width, height: 1, style: bar)
        let q = s.quotes.count
        let counts = s.annotating ? "annotating…"
            : counted(q, "quote") + " · " + counted(s.corpus.speakers.count, "speaker") + " · " + counted(s.events.count, "dated event")
        let text = " tiktok-reader · " + counted(s.corpus.articles.count, "article") + " · " + counts
        g.put(DisplayWidth.ellipsize(text, s.width), x: 0, y: 0, style: bar)
    }

    /// `1 article`, `2 articles`.
    static func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    static func paneHeader(_ title: String, _ r: Rect, _ focused: Bool, _ g: inout Grid) {
        let st = Style(role: focused ? .accent : .muted, bold: true, underline: focused)
        g.fill(x: r.x, y: r.y, width: r.width, height: 1, style: Style(role: .muted))
        g.put(DisplayWidth.ellipsize(" " + title + " ", r.width), x: r.x, y: r.y, style: st)
    }

    static func separators(_ l: PaneLayout, _ g: inout Grid, _ s: ReaderState) {
        let rects = [l.articles, l.article, l.timeline].compactMap { $0 }.sorted { $0.x < $1.x }
        for r in rects.dropFirst() where r.x > 0 {
            for y in r.y..<(r.y + r.height) { g[r.x - 1, y] = Cell(text: "│", style: .role(.muted)) }
        }
    }

    static func statusBar(_ s: ReaderState, _ l: PaneLayout, _ lay: ArticleLayout, _ g: inout Grid) {
        let y = s.height - 1
        let bar = Style(role: .bar, reverse: true)
        g.fill(x: 0, y: y, width: s.width, height: 1, style: bar)
        var parts: [String] = []
        let left = " \(s.selected + 1)/\(s.corpus.articles.count) \(ArticleView.position(s, lay, rows: (l.article?.height ?? s.height) - 1))% "
        let hint = s.width >= 150 ? " ]/[ quote · }/{ speaker · S speakers · t timeline · ? help " : " ? help "
        let avail = s.width - DisplayWidth.of(left) - DisplayWidth.of(hint) - 1
        if let search = s.search {
            parts.append("/" + search.query + (search.editing ? "▏" : ""))
        }
        // the answer to the last key first: a long quote would cut it off
        if let m = s.message { parts.append(m) }
        if let c = s.currentQuote {
            let q = s.quote(c)
            // the article's quotes found by halving, not by filtering every quote of the corpus on every frame
            let inArticle = s.quotes[s.quoteIndices(of: c.article)]
            let i = (inArticle.firstIndex(of: c).map { $0 - inArticle.startIndex } ?? 0) + 1
            let who = q.speaker ?? "unattributed"
            let room = max(8, avail - DisplayWidth.of(who) - 12)
            parts.append("“" + DisplayWidth.ellipsize(q.text.onOneLine, room) + "” — \(who) (\(i)/\(inArticle.count))")
        }
        if let f = s.speakerFilter { parts.append("filter: \(SpeakerLines.label(f))") }
        if let e = s.markedEntity { parts.append("marked: \(e)") }
        if s.annotating { parts.append("finding names, quotes and dates…" + (s.annotationPercent.map { " \($0)%" } ?? "")) }
        g.put(left, x: 0, y: y, style: Style(role: .bar, bold: true, reverse: true))
        let mid = parts.joined(separator: " · ")
        g.put(DisplayWidth.ellipsize(mid, max(0, avail)), x: DisplayWidth.of(left) + 1, y: y, style: bar)
        g.put(hint, x: max(0, s.width - DisplayWidth.of(hint)), y: y, style: bar)
    }
}
