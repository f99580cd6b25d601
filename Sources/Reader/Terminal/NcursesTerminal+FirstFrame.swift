#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses

/// A frame painted before curses started, handed to `NcursesTerminal(showing:)`.
struct ShownFirstFrame {
    let grid: Grid
    /// The colours it was painted in: curses takes the screen over as it is only when it would use the same.
    let palette: Palette
    /// The terminal opened for reading only, for curses to start on unseen.
    let readOnlyTerminal: Int32
}

extension NcursesTerminal {
    /// Reads the terminal's terminfo entry, for `paintFirstFrame`, before anything is written to the terminal;
    /// returns what to tell the user when it cannot show the reader (curses would exit with a terse message, or
    /// paint garbage on a terminal that cannot move the cursor).
    static func readTerminalEntry() -> String? {
        // as it reads, whatever bytes TERM holds (nothing from the environment goes to the terminal raw)
        let name = String((getenv("TERM").map { String(cString: $0) } ?? "").unicodeScalars.map {
            $0.value >= 0x20 && $0.value < 0x7F ? Character($0) : "?"
        })
        let hint = "try TERM=xterm-256color, or 'tiktok-reader export' for the annotations as JSON"
        let status = tr_setupterm()
        if status != 0 && name.isEmpty { return "TERM is not set; \(hint)" }
        switch status {
        case 0: return nil
        case 2: return "no terminfo database to look up TERM=\(name) in (Debian package ncurses-base); \(hint)"
        case 3: return "the terminal TERM=\(name) cannot move the cursor, which a full-screen reader needs; \(hint)"
        default: return "unknown terminal type TERM=\(name); \(hint)"
        }
    }

    /// Paints `g` at once with codes read from terminfo (`readTerminalEntry` read it), before curses starts (which
    /// takes as long again as everything before it), leaves the cursor at the top left and lets go of the entry.
    /// Returns nil when nothing was painted: no UTF-8 locale named in the environment, a terminal that lacks a
    /// code the frame needs, a cell whose width terminals disagree on, or no way to start curses unseen; curses
    /// then paints the first frame itself.
    static func paintFirstFrame(_ g: Grid, colors: ColorSettings = ColorSettings()) -> ShownFirstFrame? {
        defer { tr_release_terminfo() }   // the codes are copied out below; curses reads its own entry
        guard FirstFrame.widthsAreCertain(g), LocaleCodeset.environmentNamesUTF8() else { return nil }
        // a terminfo string (or one filled in by tiparm) as the terminal gets it
        func bytes(_ p: UnsafePointer<CChar>?) -> [UInt8]? {
            guard let p else { return nil }
            return TerminalCodes.unpadded(Array(UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: strlen(p))))
        }
        func code(_ name: String) -> [UInt8]? { bytes(tr_tigetstr(name)) }
        // A full row leaves the cursor at the right margin; the next row starts with a carriage return and a
        // move down. That needs a terminal that waits at the margin (xenl) or does not wrap at all, as every
        // terminal in use today; writing the bottom-right cell then does not scroll either.
        guard let clear = code("clear"), let plain = code("sgr0"), let cr = code("cr"), let down = code("cud1"),
              let home = code("home") ?? tr_tigetstr("cup").flatMap({ bytes(tr_tiparm2($0, 0, 0)) }),
              tr_tigetflag("am") == 0 || tr_tigetflag("xenl") != 0,
              tr_tigetnum("xmc") <= 0 else { return nil }   // attributes that take a cell of their own: curses' job
        let setaf = tr_tigetstr("setaf"), setab = tr_tigetstr("setab")
        // as curses decides (has_colors, COLORS), so that it agrees on the colours of the frame it takes over
        let palette = Palette(canColor: setaf != nil && setab != nil && tr_tigetnum("colors") >= 8,
                              count: Int(tr_tigetnum("colors")), settings: colors)
        let codes = TerminalCodes(
            start: (code("smcup") ?? []) + (code("civis") ?? []) + plain + clear, nextRow: cr + down,
            finish: plain + home,
            plain: plain, bold: code("bold") ?? [], underline: code("smul") ?? [], reverse: code("rev") ?? [],
            dim: code("dim") ?? [],
            foreground: { c in setaf.flatMap { bytes(tr_tiparm1($0, Int32(c))) } ?? [] },
            background: { c in setab.flatMap { bytes(tr_tiparm1($0, Int32(c))) } ?? [] },
            cellCharacters: Int(tr_cell_chars()), noColorVideo: max(0, Int(tr_tigetnum("ncv"))),
            forward: code("cuf").flatMap(TerminalCodes.forward(from:)), movesInAttributes: tr_tigetflag("msgr") != 0)
        let out = FirstFrame.bytes(g, palette: palette, codes: codes)
        guard writeUnprocessed(out) else { return nil }
        // Without a way to start curses unseen, it would enter full-screen mode again over the frame: it then
        // paints its own, as without a first frame. (Opened after the write, which it would only delay.)
        let readOnly = tr_open_terminal_read_only()
        guard readOnly >= 0 else { return nil }
        return ShownFirstFrame(grid: g, palette: palette, readOnlyTerminal: readOnly)
    }
}

extension NcursesTerminal {
    /// Writes the frame with the terminal's output processing (`OPOST`) off: the kernel then copies the bytes
    /// instead of looking at each one for newlines to translate, which takes half the write's time. Every row
    /// ends in a carriage return of its own, so nothing relies on the translation; the settings are put back
    /// at once, before curses saves them as the shell's.
    fileprivate static func writeUnprocessed(_ bytes: [UInt8]) -> Bool {
        var before = termios()
        guard tcgetattr(1, &before) == 0, before.c_oflag & tcflag_t(OPOST) != 0 else { return StandardStreams.output(bytes) == nil }
        var raw = before
        raw.c_oflag &= ~tcflag_t(OPOST)
        guard tcsetattr(1, TCSANOW, &raw) == 0 else { return StandardStreams.output(bytes) == nil }
        defer { _ = tcsetattr(1, TCSANOW, &before) }
        return StandardStreams.output(bytes) == nil
    }
}

/// The signals that end or stop the reader, held back (left pending) while the terminal is being set up, so that
/// none can leave it in full-screen mode before curses has its handlers; `release` lets them through.
struct HeldSignals {
    private let before: sigset_t

    init() { before = tr_hold_signals() }

    func release() { tr_release_signals(before) }
}
