/// The escape codes the first frame needs, from the terminal's terminfo entry (literal ones in tests).
struct TerminalCodes {
    /// Enters full-screen mode, hides the cursor, turns attributes off and clears the screen, leaving the cursor
    /// at the top left.
    var start: [UInt8]
    /// From the end of a row to the start of the next (carriage return, cursor down).
    var nextRow: [UInt8]
    /// Turns attributes off and moves the cursor to the top left, where curses will believe it is.
    var finish: [UInt8]
    /// Turns every attribute and colour off.
    var plain: [UInt8]
    var bold: [UInt8]
    var underline: [UInt8]
    var reverse: [UInt8]
    var dim: [UInt8]
    /// Sets the foreground colour.
    var foreground: (Int16) -> [UInt8]
    /// The most characters one cell holds (a base and its combining marks), as curses keeps them.
    var cellCharacters = 5
    /// Terminfo's `ncv`: attributes the terminal cannot show together with a colour (2 underline, 4 reverse,
    /// 16 dim, 32 bold), which curses leaves out when a colour is set; 0 for none.
    var noColorVideo = 0
    /// Moves the cursor right by a number of columns: the code before the number and after it (terminfo's `cuf`
    /// when it is of the usual shape, `\E[%p1%dC`); nil when the terminal has none of that shape.
    var forward: (before: [UInt8], after: [UInt8])?
    /// Terminfo's `msgr`: the cursor may move while attributes are on, so they need not be turned off first.
    var movesInAttributes = false

    /// `cuf` split around its one decimal parameter, if it has that shape and no other parameter code.
    static func forward(from cuf: [UInt8]) -> (before: [UInt8], after: [UInt8])? {
        let mark = Array("%p1%d".utf8)
        guard let at = (0...max(0, cuf.count - mark.count)).first(where: { cuf.count >= mark.count && Array(cuf[$0..<($0 + mark.count)]) == mark })
        else { return nil }
        let before = Array(cuf[..<at]), after = Array(cuf[(at + mark.count)...])
        guard !before.contains(UInt8(ascii: "%")), !after.contains(UInt8(ascii: "%")) else { return nil }
        return (before, after)
    }

    /// A terminfo string as the terminal gets it: padding (`$<5>`, `$<2*/>`) is a delay for tputs to make, never
    /// bytes to send; no terminal that runs the reader needs the delay.
    static func unpadded(_ s: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if s[i] == UInt8(ascii: "$"), i + 1 < s.count, s[i + 1] == UInt8(ascii: "<"),
               let close = s[(i + 2)...].firstIndex(of: UInt8(ascii: ">")),
               s[(i + 2)..<close].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "/") }) {
                i = close + 1
                continue
            }
            out.append(s[i])
            i += 1
        }
        return out
    }
}

/// The first screen as one write, straight from the grid, so that it shows before curses has started (which takes
/// as long again as everything before it); curses then takes the screen over as it is (`NcursesTerminal(showing:)`).
enum FirstFrame {
    /// The bytes that paint `g` on a terminal that understands `codes`, top to bottom, on a screen just cleared.
    static func bytes(_ g: Grid, palette: Palette, codes: TerminalCodes) -> [UInt8] {
        var painter = FramePainter(palette: palette, codes: codes)
        for y in 0..<g.height {
            if y > 0 { painter.nextRow() }
            g.forEachPaintable(row: y) { _, scalar, cluster, style in painter.cell(scalar, cluster, style) }
        }
        return painter.finished()
    }

    /// True when terminals agree on the width of every cell. Emoji they do not agree on (a skin-tone modifier
    /// takes 2 columns in one and 4 in another): a row measured longer than we measured it would wrap and, at the
    /// bottom, scroll the whole frame, so such a frame is left to curses, which moves the cursor itself.
    static func widthsAreCertain(_ g: Grid) -> Bool {
        // a screen repeats a few such characters (borders, dots, quotes) many times: each is looked up once
        var plain: [UInt32] = []
        for code in g.codes where code >= 0x2000 && !plain.contains(code) {
            if code >= Grid.clusterBase {
                if g.cluster(code).unicodeScalars.contains(where: isEmojiLike) { return false }
            } else if let u = Unicode.Scalar(code), isEmojiLike(u) {
                return false
            }
            plain.append(code)
        }
        return true
    }

    private static func isEmojiLike(_ u: Unicode.Scalar) -> Bool {
        // joiners and variation selectors build emoji out of other characters
        u.value > 0xFF && (u.properties.isEmoji || u.value == 0x200D || (0xFE00...0xFE0F).contains(u.value))
    }
}

/// The first frame's bytes, cell by cell. A struct with mutating methods: as closures over local variables, the
/// steps paid the run-time exclusivity checks of captured variables on every cell.
private struct FramePainter {
    private let palette: Palette
    private let codes: TerminalCodes
    private var w = ByteWriter()
    /// What the terminal shows now (attributes off after `start`), so that only changes are sent: most of a
    /// frame's codes were resets that undid nothing. `current` is the grid's style that `shown` stands for.
    private var shown = Palette.Look()
    private var current = Style.plain
    /// Plain blanks not written yet: the screen was just cleared, so a run of them is skipped with a cursor move
    /// when that is shorter, and those at the end of a row are left out (the terminal has less to do).
    private var blanks = 0
    /// A role's colour code, made once (the table is indexed by role).
    private var colorCodes = [[UInt8]?](repeating: nil, count: ColorRole.allCases.count)

    init(palette: Palette, codes: TerminalCodes) {
        self.palette = palette
        self.codes = codes
        w.write(codes.start)
    }

    /// From the end of a row to the start of the next (wherever the last one ended, at the margin or before its
    /// trailing blanks), with attributes off unless the terminal may move while showing them (`msgr`).
    mutating func nextRow() {
        blanks = 0
        if !codes.movesInAttributes { turnOff() }
        w.write(codes.nextRow)
    }

    @inline(__always)   // run for every cell: most are ASCII in the style before them, or plain blanks
    mutating func cell(_ scalar: UInt32, _ cluster: String?, _ style: Style) {
        if scalar < 0x80 && cluster == nil {
            if scalar != 0x20 && blanks == 0 && style == current {
                w.write(UInt8(scalar))
                return
            }
            if scalar == 0x20 && style == .plain {
                blanks += 1
                return
            }
        }
        anyCell(scalar, cluster, style)
    }

    private mutating func anyCell(_ scalar: UInt32, _ cluster: String?, _ style: Style) {
        // a blank shows nothing of its style but reverse video and underline
        if scalar == 0x20 && cluster == nil && !style.reverse && !palette.look(style).underline {
            blanks += 1
            return
        }
        if blanks > 0 { writeBlanks() }
        if style != current {
            var look = palette.look(style)
            if look.color != nil {
                // as curses does on a terminal that cannot combine these with colour
                if codes.noColorVideo & 2 != 0 { look.underline = false }
                if codes.noColorVideo & 4 != 0 { look.reverse = false }
                if codes.noColorVideo & 16 != 0 { look.dim = false }
                if codes.noColorVideo & 32 != 0 { look.bold = false }
            }
            if look != shown { show(look, role: style.role) }
            current = style
        }
        if scalar < 0x80 && cluster == nil {
            w.write(UInt8(scalar))   // one ASCII character, most cells
        } else if let cluster {
            // a grapheme keeps as many characters as a curses cell would, so both painters agree
            for u in cluster.unicodeScalars.prefix(codes.cellCharacters) { UTF8.encode(u) { w.write($0) } }
        } else if let u = Unicode.Scalar(scalar) {
            UTF8.encode(u) { w.write($0) }
        }
    }

    /// All the bytes, ending with attributes off and the cursor where curses will believe it is.
    mutating func finished() -> [UInt8] {
        w.write(codes.finish)
        defer { w.release() }
        return w.finished()
    }

    private mutating func writeBlanks() {
        let digits = blanks < 10 ? 1 : blanks < 100 ? 2 : blanks < 1000 ? 3 : 4
        if let f = codes.forward, f.before.count + digits + f.after.count < blanks {
            // a move where the terminal may not keep attributes wants them off
            if !codes.movesInAttributes { turnOff() }
            w.write(f.before)
            w.write(number: blanks)
            w.write(f.after)
        } else {
            // written, blanks stay blank in any look but reverse video and underline
            if shown.reverse || shown.underline { turnOff() }
            for _ in 0..<blanks { w.write(UInt8(0x20)) }
        }
        blanks = 0
    }

    private mutating func turnOff() {
        guard shown != Palette.Look() else { return }
        w.write(codes.plain)
        shown = Palette.Look()
        current = .plain
    }

    private mutating func show(_ look: Palette.Look, role: ColorRole) {
        let kept = (!shown.bold || look.bold) && (!shown.underline || look.underline)
            && (!shown.reverse || look.reverse) && (!shown.dim || look.dim)
        // attributes are turned off only all together, and so is a colour back to the terminal's own
        if !kept || (shown.color != nil && look.color == nil) {
            w.write(codes.plain)
            shown = Palette.Look()
        }
        if look.bold && !shown.bold { w.write(codes.bold) }
        if look.underline && !shown.underline { w.write(codes.underline) }
        if look.reverse && !shown.reverse { w.write(codes.reverse) }
        if look.dim && !shown.dim { w.write(codes.dim) }
        if let c = look.color, c != shown.color {
            let i = Int(role.rawValue)
            if colorCodes[i] == nil { colorCodes[i] = codes.foreground(c) }
            w.write(colorCodes[i] ?? [])
        }
        shown = look
    }
}

/// Bytes stored through a pointer into a buffer, moved into an array whenever it fills: a byte a cell costs a
/// store, not an array append (the first frame is a byte or two for each of thousands of cells).
private struct ByteWriter {
    private var out: [UInt8] = []
    private let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 4096)
    private var count = 0

    mutating func write(_ b: UInt8) {
        if count == buffer.count { flush() }
        buffer[count] = b
        count += 1
    }

    mutating func write(_ bytes: [UInt8]) { for b in bytes { write(b) } }

    /// A number in decimal.
    mutating func write(number n: Int) {
        if n >= 10 { write(number: n / 10) }
        write(UInt8(0x30 + n % 10))
    }

    private mutating func flush() {
        out.append(contentsOf: buffer[0..<count])
        count = 0
    }

    /// All the bytes written.
    mutating func finished() -> [UInt8] {
        flush()
        return out
    }

    func release() { buffer.deallocate() }
}

