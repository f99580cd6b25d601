import Articles

/// Breaks the glyphs of one paragraph into lines of at most `width` columns: words are runs of non-space glyphs,
/// the spaces between them collapse at line breaks, and a word longer than a line is cut glyph by glyph.
///
/// A struct with mutating methods rather than closures over local variables: those cost a run-time access check
/// per variable per character.
struct LineBreaker {
    let width: Int
    private var spans: [ByteSpan] = []
    private var lineStart = -1, lineEnd = -1, column = 0, spaces = 0
    private var wordStart = -1, wordEnd = -1, wordWidth = 0

    init(width: Int) { self.width = max(1, width) }

    /// Takes the next glyph of the paragraph (`bytes` are the article's, for cutting long words).
    mutating func take(_ g: Glyph, of bytes: [UInt8]) {
        if g.isSpace {
            placeWord(bytes)
            if lineStart >= 0 { spaces += 1 }
        } else {
            if wordStart < 0 { wordStart = g.offset }
            wordWidth += g.width
            wordEnd = g.offset + g.length
        }
    }

    /// The lines, as spans from their first word to their last, once the paragraph has ended.
    mutating func finish(_ bytes: [UInt8]) -> [ByteSpan] {
        placeWord(bytes)
        endLine()
        return spans
    }

    private mutating func endLine() {
        if lineStart >= 0 { spans.append(ByteSpan(lineStart, lineEnd)) }
        lineStart = -1
        column = 0
        spaces = 0
    }

    private mutating func add(_ start: Int, _ end: Int, _ w: Int) {
        if lineStart < 0 {
            lineStart = start
            column = w
        } else {
            column += spaces + w
        }
        spaces = 0
        lineEnd = end
    }

    private mutating func placeWord(_ bytes: [UInt8]) {
        guard wordStart >= 0 else { return }
        if lineStart >= 0 && column + spaces + wordWidth > width { endLine() }
        if wordWidth > width {
            GlyphScanner.forEach(bytes, ByteSpan(wordStart, wordEnd)) { g in
                if lineStart >= 0 && column + spaces + g.width > width { endLine() }
                add(g.offset, g.offset + g.length, g.width)
            }
        } else {
            add(wordStart, wordEnd, wordWidth)
        }
        wordStart = -1
        wordWidth = 0
    }
}
