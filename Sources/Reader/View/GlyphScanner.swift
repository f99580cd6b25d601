import Articles

/// What one terminal cell (or two, for a wide character) shows of an article, and where it comes from. A plain
/// value (no `String` inside), as it is made and copied per character.
struct Glyph: Sendable {
    /// What it shows, already safe for the terminal: one scalar, or when `isCluster`, the grapheme of several
    /// scalars that its bytes are (a letter and its marks).
    var scalar: UInt32
    var isCluster = false
    /// True when it shows a stand-in for its bytes (␛ for ESC, U+FFFD for an invalid byte or a C1 control).
    var isStandIn = false
    /// Byte offset in the file, or -1 for text the reader adds.
    var offset: Int
    /// How many bytes of the file it shows.
    var length: Int
    var width = 1
    var isSpace = false

    /// What it shows, as text (`bytes` are the article's): for a cluster, its bytes as the cells of
    /// `TerminalText.cells` (a base and its marks, without what the terminal gets no say in).
    func text(in bytes: [UInt8]) -> String {
        if isCluster {
            // a glyph is one cell: its base and the first marks after it, which lie in the first bytes (a letter
            // under a million marks is read as far as a cell can show, not decoded whole every frame)
            let end = min(bytes.count, offset + length)
            var stop = min(end, offset + 96)
            while stop < end && stop > offset && bytes[stop] & 0xC0 == 0x80 { stop -= 1 }
            var out = String.UnicodeScalarView()
            for c in String(decoding: bytes[offset..<stop], as: UTF8.self) {
                for cell in TerminalText.cells(of: c) where out.count < TerminalText.cellScalars {
                    out.append(contentsOf: cell.scalars.prefix(TerminalText.cellScalars - out.count).compactMap(Unicode.Scalar.init))
                }
            }
            return String(out)
        }
        return Unicode.Scalar(scalar).map { String(Character($0)) } ?? "\u{FFFD}"
    }

    /// One ASCII byte, shown as itself or as the visible symbol of a control character.
    init(ascii b: UInt8, offset: Int, length: Int, isSpace: Bool) {
        scalar = DisplayWidth.safe(ascii: b)
        isStandIn = scalar != UInt32(b)
        self.offset = offset
        self.length = length
        self.isSpace = isSpace
    }

    /// One scalar of one column, shown as it is.
    init(scalar: UInt32, offset: Int, length: Int, isSpace: Bool) {
        self.scalar = scalar
        self.offset = offset
        self.length = length
        self.isSpace = isSpace
    }

    /// One terminal cell of a grapheme of the file (`TerminalText.cells`), at `offset`; `isSpace` when the
    /// grapheme is white space.
    init(_ cell: TerminalText.Cell, offset: Int, isSpace: Bool) {
        scalar = cell.scalars.first ?? 0x20
        isCluster = cell.scalars.count > 1
        isStandIn = cell.isStandIn
        self.offset = offset
        length = cell.bytes
        width = cell.width
        self.isSpace = isSpace
    }
}

/// Cuts an article's bytes into glyphs with their byte offsets, display widths and whether they are white
/// space, as a stream (bytes that show nothing and follow nothing they could join, such as a byte order mark at
/// the start or a zero-width space after a blank, belong to no glyph): nothing is kept, so laying out a long
/// article costs no memory per character. Plain ASCII takes a table lookup per byte; only runs of other text go
/// through grapheme segmentation, and an invalid byte is one U+FFFD of its own so offsets stay true.
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
            // One simple scalar followed by ASCII (’s, “Quote”, café): one column, and it cannot join another
            // character, so it needs no grapheme segmentation.
            let (first, n) = UTF8Scanner.scalar(bytes, i, end: end)
            if let u = first?.value, i + n == end || bytes[i + n] < 0x80, DisplayWidth.isSimple(u) {
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
                    let cells = TerminalText.cells(of: c)
                    if offset == i, var p = pending, p.offset + p.length == offset, !p.isSpace, !p.isStandIn,
                       extendsPrevious(c), cells.allSatisfy({ $0.width == 0 && !$0.isStandIn }) {
                        // a cluster that only extends joins the glyph before it, as it would uncut (never a
                        // stand-in: its bytes are a control character, which must not reach the terminal)
                        p.isCluster = p.isCluster || cells.contains { !$0.scalars.isEmpty }
                        p.length += n
                        pending = p
                    } else {
                        // one glyph per cell the terminal gets, each over the bytes it stands for
                        var at = offset
                        for cell in cells {
                            if cell.scalars.isEmpty || cell.width == 0, var p = pending, p.offset + p.length == at,
                               !p.isSpace, !p.isStandIn, !cell.isStandIn {
                                // left out, or a mark: it belongs to the cell before
                                p.isCluster = p.isCluster || !cell.scalars.isEmpty
                                p.length += cell.bytes
                                pending = p
                            } else if !cell.scalars.isEmpty {
                                emit(Glyph(cell, offset: at, isSpace: c.isWhitespace))
                            }
                            at += cell.bytes
                        }
                    }
                    offset += n
                }
            }
            if j < end && bytes[j] >= 0x80 {
                var invalid = Glyph(scalar: 0xFFFD, offset: j, length: 1, isSpace: false)
                invalid.isStandIn = true
                emit(invalid)
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
