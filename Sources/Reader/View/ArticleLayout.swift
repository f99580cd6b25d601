import Articles

/// An article laid out for a pane width: display lines of graphemes, each remembering its byte offset,
/// so scrolling, search and jumps work in byte offsets whatever the width.
struct ArticleLayout: Sendable {
    /// How a line is drawn as a whole.
    enum LineKind: Sendable { case title, meta, body, subheading, caption, bio, label, blank }

    struct Glyph: Sendable {
        /// What the cell shows, already safe for the terminal (control characters as visible symbols).
        var text: String
        /// Byte offset in the file, or -1 for text the reader adds (the metadata line).
        var offset: Int
        var width: Int
        var isSpace: Bool
    }

    struct Line: Sendable {
        var kind: LineKind
        var glyphs: [Glyph]
        /// The first byte offset the line shows (for positioning), or the last one before it.
        var offset: Int
    }

    let lines: [Line]
    let width: Int

    /// Lays out `a` for `width` columns; while `annotating`, the metadata line leaves out what is not known yet.
    init(article a: Article, width: Int, annotating: Bool = false) {
        self.width = max(1, width)
        var lines: [Line] = []
        let w = self.width
        func wrap(_ glyphs: [Glyph], kind: LineKind, indent: Int = 0) {
            var out: [[Glyph]] = []
            var current: [Glyph] = []
            var col = 0
            var i = 0
            // words are runs of non-space glyphs; spaces between them collapse at line breaks
            while i < glyphs.count {
                if glyphs[i].isSpace {
                    if !current.isEmpty { current.append(Glyph(text: " ", offset: glyphs[i].offset, width: 1, isSpace: true)); col += 1 }
                    i += 1
                    continue
                }
                var j = i, ww = 0
                while j < glyphs.count && !glyphs[j].isSpace { ww += glyphs[j].width; j += 1 }
                if col + ww > w - indent && !current.isEmpty {
                    while let l = current.last, l.isSpace { current.removeLast() }
                    out.append(current); current = []; col = 0
                }
                if ww > w - indent {
                    // a word longer than the line: cut it
                    for g in glyphs[i..<j] {
                        if col + g.width > w - indent { out.append(current); current = []; col = 0 }
                        current.append(g); col += g.width
                    }
                } else {
                    current += glyphs[i..<j]; col += ww
                }
                i = j
            }
            while let l = current.last, l.isSpace { current.removeLast() }
            if !current.isEmpty { out.append(current) }
            let pad = Array(repeating: Glyph(text: " ", offset: -1, width: 1, isSpace: true), count: indent)
            for g in out {
                lines.append(Line(kind: kind, glyphs: pad + g, offset: g.first(where: { $0.offset >= 0 })?.offset ?? (lines.last?.offset ?? 0)))
            }
        }
        func glyphs(_ span: ByteSpan) -> [Glyph] { GlyphScanner.glyphs(a.bytes, span) }
        func added(_ s: String) -> [Glyph] {
            s.map { c in
                let safe = DisplayWidth.safe(c)
                return Glyph(text: safe, offset: -1, width: DisplayWidth.of(Character(safe)), isSpace: c.isWhitespace)
            }
        }
        func blank() { lines.append(Line(kind: .blank, glyphs: [], offset: lines.last?.offset ?? 0)) }

        if let ts = a.titleSpan { wrap(glyphs(ts), kind: .title) } else { wrap(added(a.title), kind: .title) }
        var meta: [String] = []
        if let d = a.date { meta.append(DateLabel.day(d) + (a.dateSource == .inferred ? " (inferred)" : "")) } else if !annotating { meta.append("undated") }
        if let b = a.byline { meta.append("By " + b) }
        if let s = a.source { meta.append(s) }
        if !annotating { meta.append("\(a.quotes.filter { $0.kind == .direct }.count) quotes") }
        wrap(added(meta.joined(separator: " · ")), kind: .meta)
        for warning in a.warnings { wrap(added("⚠ " + warning), kind: .meta) }
        blank()
        var bioShown = false
        for p in a.paragraphs {
            switch p.role {
            case .header, .title, .byline: continue
            case .subheading:
                let inner = a.subheadings.first { p.span.encloses($0) } ?? p.span
                wrap(glyphs(inner), kind: .subheading)
            case .caption:
                wrap(glyphs(p.span), kind: .caption, indent: 2)
            case .bio:
                if !bioShown { wrap(added("About the author"), kind: .label); bioShown = true }
                wrap(glyphs(p.span), kind: .bio)
            case .body:
                wrap(glyphs(p.span), kind: .body)
            }
            blank()
        }
        if lines.last?.kind == .blank { lines.removeLast() }
        self.lines = lines
    }

    /// The index of the line showing `offset` (the last line starting at or before it).
    func line(containing offset: Int) -> Int {
        var best = 0
        for (i, l) in lines.enumerated() where l.glyphs.contains(where: { $0.offset >= 0 }) {
            if l.offset <= offset { best = i } else { break }
        }
        return best
    }
}
