/// The first frame's bytes, cell by cell. A struct with mutating methods: as closures over local variables, the
/// steps paid the run-time exclusivity checks of captured variables on every cell.
struct FramePainter {
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
    /// The codes of each pair of colours, made once (a frame uses a handful).
    private var colorCodes: [Ink: [UInt8]] = [:]

    /// Starts a frame: full-screen mode, attributes off, a cleared screen.
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

    /// The next cell of the row, as `Grid.forEachPaintable` gives it.
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
        if scalar == 0x20 && cluster == nil && !palette.look(style).showsBlank {
            blanks += 1
            return
        }
        if blanks > 0 { writeBlanks() }
        if style != current {
            var look = palette.look(style)
            if look.color != nil || look.background != nil {
                // as curses does on a terminal that cannot combine these with colour
                if codes.noColorVideo & 2 != 0 { look.underline = false }
                if codes.noColorVideo & 4 != 0 { look.reverse = false }
                if codes.noColorVideo & 16 != 0 { look.dim = false }
                if codes.noColorVideo & 32 != 0 { look.bold = false }
            }
            if look != shown { show(look) }
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
            // written, blanks stay blank in any look but reverse video, underline and a background
            if shown.showsBlank { turnOff() }
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

    private mutating func show(_ look: Palette.Look) {
        let kept = (!shown.bold || look.bold) && (!shown.underline || look.underline)
            && (!shown.reverse || look.reverse) && (!shown.dim || look.dim)
        // attributes are turned off only all together, and so is a colour back to the terminal's own
        if !kept || (shown.color != nil && look.color == nil) || (shown.background != nil && look.background == nil) {
            w.write(codes.plain)
            shown = Palette.Look()
        }
        if look.bold && !shown.bold { w.write(codes.bold) }
        if look.underline && !shown.underline { w.write(codes.underline) }
        if look.reverse && !shown.reverse { w.write(codes.reverse) }
        if look.dim && !shown.dim { w.write(codes.dim) }
        if look.color != shown.color || look.background != shown.background, look.color != nil || look.background != nil {
            let ink = Ink(fg: look.color ?? -1, bg: look.background ?? -1)
            if colorCodes[ink] == nil {
                colorCodes[ink] = (look.color.map { codes.foreground($0) } ?? []) + (look.background.map { codes.background($0) } ?? [])
            }
            w.write(colorCodes[ink] ?? [])
        }
        shown = look
    }
}

/// Bytes stored through a pointer into a buffer, moved into an array whenever it fills: a byte a cell costs a
/// store, not an array append (the first frame is a byte or two for each of thousands of cells).
struct ByteWriter {
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

