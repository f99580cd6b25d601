import Articles

/// An article laid out for a pane width: display lines, each a span of the file's bytes (or text the reader
/// adds), so scrolling, search and jumps work in byte offsets whatever the width. Lines keep spans, not glyphs:
/// a long article lays out in little memory, and drawing scans only the lines on screen.
struct ArticleLayout: Sendable {
    /// How a line is drawn as a whole.
    enum LineKind: Sendable { case title, meta, body, subheading, caption, bio, label, blank }

    struct Line: Sendable {
        var kind: LineKind
        /// The bytes the line shows, from its first word to its last; white space inside is drawn as spaces.
        var span: ByteSpan
        /// Text the reader adds (the metadata line, labels), shown instead of `span`.
        var added: String?
        /// Columns left blank before the text (captions).
        var indent: Int
        /// The first byte offset the line shows (for positioning), or the last one before it.
        var offset: Int

        /// True when the line shows bytes of the file.
        var showsFile: Bool { added == nil && span.length > 0 }
    }

    let lines: [Line]
    let width: Int
    /// False when laying out stopped after `lineLimit` lines: the lines there are exactly the first ones of the
    /// whole layout.
    let isComplete: Bool

    /// Lays out `a` for `width` columns; while `annotating`, the metadata line leaves out what is not known yet.
    /// With a `lineLimit`, it stops after the paragraph that passes that many lines.
    init(article a: Article, width: Int, annotating: Bool = false, lineLimit: Int = .max) {
        self.width = max(1, width)
        var lines: [Line] = []
        let w = self.width
        var lastOffset: Int { lines.last?.offset ?? 0 }

        func wrap(_ span: ByteSpan, kind: LineKind, indent: Int = 0) {
            var breaker = LineBreaker(width: w - indent)
            GlyphScanner.forEach(a.bytes, span) { breaker.take($0, of: a.bytes) }
            for line in breaker.finish(a.bytes) {
                lines.append(Line(kind: kind, span: line, added: nil, indent: indent, offset: line.start))
            }
        }
        // Text the reader adds, wrapped the same way.
        func wrap(added text: String, kind: LineKind) {
            var line = "", col = 0
            for word in text.split(separator: " ", omittingEmptySubsequences: true) {
                let ww = DisplayWidth.of(String(word))
                if col > 0 && col + 1 + ww > w {
                    lines.append(Line(kind: kind, span: ByteSpan(0, 0), added: line, indent: 0, offset: lastOffset))
                    line = ""; col = 0
                }
                if col > 0 { line += " "; col += 1 }
                line += DisplayWidth.ellipsize(String(word), w)
                col += min(ww, w)
            }
            if !line.isEmpty { lines.append(Line(kind: kind, span: ByteSpan(0, 0), added: line, indent: 0, offset: lastOffset)) }
        }
        func blank() { lines.append(Line(kind: .blank, span: ByteSpan(0, 0), added: "", indent: 0, offset: lastOffset)) }

        if let ts = a.titleSpan { wrap(ts, kind: .title) } else { wrap(added: a.title, kind: .title) }
        var meta: [String] = []
        if let d = a.date { meta.append(DateLabel.day(d) + (a.dateSource == .inferred ? " (inferred)" : "")) } else if !annotating { meta.append("undated") }
        if let b = a.byline { meta.append("By " + b) }
        if let s = a.source { meta.append(s) }
        if !annotating { meta.append(Render.counted(a.quotes.filter { $0.kind == .direct }.count, "quote")) }
        wrap(added: meta.joined(separator: " · "), kind: .meta)
        for warning in a.warnings { wrap(added: "⚠ " + warning, kind: .meta) }
        blank()
        var bioShown = false
        var complete = true
        for p in a.paragraphs {
            if lines.count > lineLimit {
                complete = false
                break
            }
            switch p.role {
            case .header, .title, .byline: continue
            case .subheading:
                let inner = a.subheadings.first { p.span.encloses($0) } ?? p.span
                wrap(inner, kind: .subheading)
            case .caption:
                wrap(p.span, kind: .caption, indent: 2)
            case .bio:
                if !bioShown { wrap(added: "About the author", kind: .label); bioShown = true }
                wrap(p.span, kind: .bio)
            case .body:
                wrap(p.span, kind: .body)
            }
            blank()
        }
        if complete && lines.last?.kind == .blank { lines.removeLast() }
        self.lines = lines
        isComplete = complete
    }

    /// The index of the line showing `offset` (the last line of the file's text starting at or before it), by
    /// binary search: lines' offsets never decrease (a line the reader adds has the offset of the one before), and
    /// a long article has hundreds of thousands of lines, searched several times a key.
    func line(containing offset: Int) -> Int {
        var lo = 0, hi = lines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lines[mid].offset <= offset { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while i > 0 && !lines[i].showsFile { i -= 1 }
        return i > 0 && lines[i].showsFile ? i : 0
    }
}
