import Articles

/// What one terminal cell (or two, for a wide character) shows of an article, and where it comes from.
struct Glyph: Sendable {
    /// What it shows, already safe for the terminal (control characters as visible symbols): one scalar, or
    /// `cluster` when it takes several (a letter and its marks). Most glyphs are one ASCII byte, and laying out
    /// and drawing them then makes no `String`.
    var scalar: UInt32
    var cluster: String?
    /// Byte offset in the file, or -1 for text the reader adds.
    var offset: Int
    /// How many bytes of the file it shows.
    var length: Int
    var width: Int
    var isSpace: Bool

    /// What it shows, as text.
    var text: String { cluster ?? Unicode.Scalar(scalar).map { String(Character($0)) } ?? "\u{FFFD}" }

    init(text: String, offset: Int, length: Int, width: Int, isSpace: Bool) {
        let scalars = text.unicodeScalars
        if let s = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            scalar = s.value
            cluster = nil
        } else {
            scalar = scalars.first?.value ?? 0x20
            cluster = text
        }
        self.offset = offset
        self.length = length
        self.width = width
        self.isSpace = isSpace
    }

    /// One scalar of one column that is safe to show as it is.
    init(scalar: UInt32, offset: Int, length: Int, isSpace: Bool) {
        self.scalar = scalar
        cluster = nil
        self.offset = offset
        self.length = length
        width = 1
        self.isSpace = isSpace
    }

    /// One ASCII byte, shown as itself or as the visible symbol of a control character.
    init(ascii b: UInt8, offset: Int, length: Int, isSpace: Bool) {
        scalar = DisplayWidth.safe(ascii: b)
        cluster = nil
        self.offset = offset
        self.length = length
        width = 1
        self.isSpace = isSpace
    }
}

/// Cuts an article's bytes into glyphs with their byte offsets, display widths and whether they are white
/// space, as a stream: nothing is kept, so laying out a long article costs no memory per character. Plain ASCII
/// takes a table lookup per byte; only runs of other text go through grapheme segmentation, and an invalid byte
/// is one U+FFFD of its own so offsets stay true.
enum GlyphScanner {
    /// Calls `body` with each glyph of `span`, in order.
    @inline(__always)   // the body runs per character: inlined, the caller's variables need no run-time access checks
    static func forEach(_ bytes: [UInt8], _ span: ByteSpan, _ body: (Glyph) -> Void) {
        let end = min(span.end, bytes.count)
        var i = max(0, span.start)
        // one glyph held back: a combining mark that follows may still join it
        var pending: Glyph?
        func emit(_ g: Glyph) {
            if let p = pending { body(p) }
            pending = g
        }
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0D && i + 1 < end && bytes[i + 1] == 0x0A {
                    // CR LF is one line break
                    emit(Glyph(ascii: 0x20, offset: i, length: 2, isSpace: true))
                    i += 2
                    continue
                }
                let space = b == 0x20 || (b >= 0x09 && b <= 0x0D)
                emit(Glyph(ascii: b, offset: i, length: 1, isSpace: space))
                i += 1
                continue
            }
            // One punctuation mark or Latin letter followed by ASCII (’s, “Quote”, café): one column, and nothing in
            // it can join another character, so it needs no grapheme segmentation.
            let (first, n) = UTF8Scanner.scalar(bytes, i, end: end)
            if let u = first?.value, i + n == end || bytes[i + n] < 0x80,
               (0xA0...0x2FF).contains(u) || (0x2010...0x2027).contains(u) || (0x2030...0x205E).contains(u) {
                emit(Glyph(scalar: u, offset: i, length: n, isSpace: u == 0xA0))
                i += n
                continue
            }
            // a run of non-ASCII scalars, up to the next ASCII byte or invalid sequence
            var j = i
            while j < end && bytes[j] >= 0x80 {
                let (s, n) = UTF8Scanner.scalar(bytes, j, end: end)
                if s == nil { break }
                j += n
            }
            if j > i {
                var offset = i
                for c in String(decoding: bytes[i..<j], as: UTF8.self) {
                    let n = c.utf8.count
                    let safe = DisplayWidth.safe(c)
                    if offset == i, var p = pending, p.offset + p.length == offset, !p.isSpace, extendsPrevious(c) {
                        // a cluster that only extends joins the glyph before it, as it would uncut
                        p.cluster = p.text + safe
                        p.length += n
                        pending = p
                    } else {
                        emit(Glyph(text: safe, offset: offset, length: n, width: DisplayWidth.of(Character(safe)), isSpace: c.isWhitespace))
                    }
                    offset += n
                }
            }
            if j < end && bytes[j] >= 0x80 {
                emit(Glyph(text: "\u{FFFD}", offset: j, length: 1, width: 1, isSpace: false))
                j += 1
            }
            i = j
        }
        if let p = pending { body(p) }
    }

    /// The glyphs of `span` as an array (for short spans and tests).
    static func glyphs(_ bytes: [UInt8], _ span: ByteSpan) -> [Glyph] {
        var out: [Glyph] = []
        forEach(bytes, span) { out.append($0) }
        return out
    }

    private static func extendsPrevious(_ c: Character) -> Bool {
        guard let f = c.unicodeScalars.first else { return false }
        switch f.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return f.value == 0x200D || (0xFE00...0xFE0F).contains(f.value) || (0x1F3FB...0x1F3FF).contains(f.value)
        }
    }
}
