import Articles

/// The article pane: the laid-out text with entities coloured by type, quotes styled (marked phrases nobody says
/// in the quote colour, dimmed), the current quote and its speaker's mention standing out, search matches and
/// marked spans highlighted.
enum ArticleView {
    /// Per-byte styling of an article, built once per frame.
    struct Marks {
        var entityRole: [ColorRole?]
        /// Direct quotations and marked phrases (reported speech is not styled).
        var quoteKind: [Quote.Kind?]
        var current: [Bool]
        var highlight: [Bool]

        /// Styling for the bytes in `window` only (what is on screen), so long articles cost what is shown.
        let base: Int
        /// True when nothing is marked: no entities, quotes, timexes, current quote, marks or search (the article
        /// as first shown, before annotation), so every byte has the style of its line.
        let isEmpty: Bool

        init(_ s: ReaderState, window: ByteSpan) {
            let a = s.article
            base = max(0, window.start)
            isEmpty = a.entities.isEmpty && a.timexes.isEmpty && a.quotes.isEmpty && s.currentQuote == nil
                && s.marked == nil && s.markedEntity == nil && s.search == nil
            let n = isEmpty ? 0 : max(0, min(a.bytes.count, window.end) - base)
            entityRole = Array(repeating: nil, count: n)
            quoteKind = Array(repeating: nil, count: n)
            current = Array(repeating: false, count: n)
            highlight = Array(repeating: false, count: n)
            let base = self.base
            func fill<T>(_ arr: inout [T], _ span: ByteSpan, _ v: T) {
                let lo = max(0, span.start - base), hi = min(n, span.end - base)
                if lo < hi { for i in lo..<hi { arr[i] = v } }
            }
            for e in a.entities[ArticleView.overlapping(a.entities, window, \.span)] {
                let role: ColorRole?
                switch e.type {
                case .person: role = .person
                case .organization: role = .organization
                case .place, .nationality: role = .place
                case .ticker: role = .ticker
                case .money, .percent, .misc: role = nil
                }
                if let r = role { fill(&entityRole, e.span, r) }
            }
            for t in a.timexes[ArticleView.overlapping(a.timexes, window, \.span)] { fill(&entityRole, t.span, .date) }
            for q in a.quotes where q.kind != .reported { fill(&quoteKind, q.span, q.kind) }
            if let c = s.currentQuote, c.article == s.selected {
                let q = s.quote(c)
                fill(&current, q.span, true)
                if let m = q.speakerMention { fill(&current, m, true) }
            }
            if let m = s.marked, m.article == s.selected { fill(&highlight, m.span, true) }
            if let name = s.markedEntity {
                for e in a.entities[ArticleView.overlapping(a.entities, window, \.span)] where e.canonical == name { fill(&highlight, e.span, true) }
            }
            if let q = s.search?.query, !q.isEmpty, let c = s.search?.current { fill(&highlight, ByteSpan(c, c + q.utf8.count), true) }
        }

        func style(at absolute: Int, base style: Style) -> Style {
            let offset = absolute - base
            guard absolute >= 0 && offset >= 0 && offset < entityRole.count else { return style }
            var st = style
            if let r = entityRole[offset] { st.role = r }
            if let k = quoteKind[offset] {
                st.underline = false
                if st.role == .normal { st.role = .quote; st.dim = k == .phrase }
            }
            if current[offset] { st.reverse = true; st.bold = true }
            if highlight[offset] { st.role = .mark; st.reverse = true }
            return st
        }
    }

    /// The items of `items` (ordered, not overlapping: their ends ascend too) whose spans reach into `window`,
    /// found by binary search: a frame of a long article costs what is on the screen, not all its names.
    static func overlapping<T>(_ items: [T], _ window: ByteSpan, _ span: KeyPath<T, ByteSpan>) -> Range<Int> {
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if items[mid][keyPath: span].end <= window.start { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < items.count && items[end][keyPath: span].start < window.end { end += 1 }
        return lo..<end
    }

    static func draw(_ s: ReaderState, _ lay: ArticleLayout, in r: Rect, grid g: inout Grid) {
        let top = lay.line(containing: s.anchor)
        let rows = r.height - 1
        let shown = lay.lines[min(top, lay.lines.count - 1)..<min(lay.lines.count, top + rows)]
        let onScreen = shown.filter(\.showsFile)
        let marks = Marks(s, window: ByteSpan(onScreen.map(\.span.start).min() ?? 0, onScreen.map(\.span.end).max() ?? 0))
        for row in 0..<rows {
            let li = top + row
            guard li < lay.lines.count else { break }
            let line = lay.lines[li]
            var base = Style.plain
            switch line.kind {
            case .title: base = Style(role: .accent, bold: true)
            case .meta, .label: base = Style(role: .muted)
            case .subheading: base = Style(role: .accent, bold: true, underline: true)
            case .caption, .bio: base = Style(role: .muted, dim: true)
            case .body, .blank: break
            }
            let y = r.y + 1 + row
            if let added = line.added {
                g.put(added, x: r.x + 1, y: y, style: base, maxWidth: r.width - 1)
                continue
            }
            var x = r.x + 1 + line.indent
            let article = s.article
            GlyphScanner.forEach(article.bytes, line.span) { glyph in
                let st = marks.isEmpty ? base : marks.style(at: glyph.offset, base: base)
                if glyph.isSpace {
                    x += g.place(scalar: 0x20, width: 1, x: x, y: y, style: st, limit: r.x + r.width)
                } else if glyph.isCluster {
                    x += g.place(glyph.text(in: article.bytes), width: glyph.width, x: x, y: y, style: st, limit: r.x + r.width)
                } else {
                    x += g.place(scalar: glyph.scalar, width: glyph.width, x: x, y: y, style: st, limit: r.x + r.width)
                }
            }
        }
        // a scroll indicator on the right edge
        if lay.lines.count > rows, rows > 2 {
            let pos = Int(Double(top) / Double(max(1, lay.lines.count - rows)) * Double(rows - 1))
            g.put("▐", x: r.x + r.width - 1, y: r.y + 1 + min(rows - 1, max(0, pos)), style: Style(role: .muted))
        }
    }

    /// The reading position as a percentage.
    static func position(_ s: ReaderState, _ lay: ArticleLayout, rows: Int) -> Int {
        let top = lay.line(containing: s.anchor)
        let maxTop = max(1, lay.lines.count - rows)
        return min(100, top * 100 / maxTop)
    }
}
