import Articles

/// Cuts an article's bytes into glyphs (what one terminal cell or two show) with their byte offsets, display
/// widths and whether they are white space. Plain ASCII takes a table lookup per byte; only runs of other text
/// go through grapheme segmentation, and an invalid byte is one U+FFFD of its own so offsets stay true.
enum GlyphScanner {
    /// What an ASCII byte shows as: itself, or a visible symbol for control characters (␛, ␀ …, ␡).
    static let ascii: [String] = (0..<128).map { (b: Int) -> String in
        if b < 0x20 { return String(Character(Unicode.Scalar(UInt32(0x2400 + b)) ?? "\u{FFFD}")) }
        if b == 0x7F { return "\u{2421}" }
        return String(Character(Unicode.Scalar(UInt8(b))))
    }

    static func glyphs(_ bytes: [UInt8], _ span: ByteSpan) -> [ArticleLayout.Glyph] {
        var out: [ArticleLayout.Glyph] = []
        let end = min(span.end, bytes.count)
        var i = max(0, span.start)
        out.reserveCapacity(max(0, end - i))
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                let space = b == 0x20 || (b >= 0x09 && b <= 0x0D)
                out.append(.init(text: ascii[Int(b)], offset: i, width: 1, isSpace: space))
                i += 1
                continue
            }
            // a run of non-ASCII scalars, up to the next ASCII byte or invalid sequence
            var j = i
            while j < end && bytes[j] >= 0x80 {
                let (s, n) = UTF8Scanner.scalar(bytes, j, end: end)
                if s == nil { break }
                j += n
            }
            if j > i { appendClusters(bytes, i..<j, to: &out) }
            if j < end && bytes[j] >= 0x80 {
                out.append(.init(text: "\u{FFFD}", offset: j, width: 1, isSpace: false))
                j += 1
            }
            i = j
        }
        return out
    }

    /// Grapheme clusters of a valid run; a cluster that only extends (a combining mark, a joiner, a variation
    /// selector) joins the glyph before it, as it would have had the run not been cut at an ASCII byte.
    private static func appendClusters(_ bytes: [UInt8], _ r: Range<Int>, to out: inout [ArticleLayout.Glyph]) {
        var offset = r.lowerBound
        for c in String(decoding: bytes[r], as: UTF8.self) {
            let n = c.utf8.count
            defer { offset += n }
            let safe = DisplayWidth.safe(c)
            if offset == r.lowerBound, let last = out.last, last.offset == offset - 1, !last.isSpace, extendsPrevious(c) {
                out[out.count - 1].text += safe
                continue
            }
            out.append(.init(text: safe, offset: offset, width: DisplayWidth.of(Character(safe)), isSpace: c.isWhitespace))
        }
    }

    private static func extendsPrevious(_ c: Character) -> Bool {
        guard let f = c.unicodeScalars.first else { return false }
        switch f.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return f.value == 0x200D || (0xFE00...0xFE0F).contains(f.value) || (0x1F3FB...0x1F3FF).contains(f.value)
        }
    }
}
