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
    /// Paints `g` at once with codes read from terminfo, before curses starts (which takes as long again as
    /// everything before it), and leaves the cursor at the top left. Returns nil when nothing was painted: no
    /// terminfo entry, no UTF-8 locale, a terminal that lacks a code the frame needs, a cell whose width terminals
    /// disagree on, or no way to start curses unseen; curses then paints the first frame itself.
    static func paintFirstFrame(_ g: Grid) -> ShownFirstFrame? {
        guard FirstFrame.widthsAreCertain(g), tr_utf8_locale() != 0, tr_setupterm() != 0 else { return nil }
        defer { tr_release_terminfo() }   // the codes are copied out below; curses reads its own entry
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
        let setaf = tr_tigetstr("setaf")
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        // as curses decides (has_colors, COLORS), so that it agrees on the colours of the frame it takes over
        let palette: Palette
        if noColor || setaf == nil || tr_tigetstr("setab") == nil || tr_tigetnum("colors") < 8 {
            palette = Palette(colors: .none)
        } else {
            palette = Palette(colors: tr_tigetnum("colors") >= 256 ? .rich : .eight)
        }
        let codes = TerminalCodes(
            start: (code("smcup") ?? []) + (code("civis") ?? []) + plain + clear, nextRow: cr + down,
            finish: plain + home,
            plain: plain, bold: code("bold") ?? [], underline: code("smul") ?? [], reverse: code("rev") ?? [],
            dim: code("dim") ?? [],
            foreground: { c in setaf.flatMap { bytes(tr_tiparm1($0, Int32(c))) } ?? [] },
            cellCharacters: Int(tr_cell_chars()), noColorVideo: max(0, Int(tr_tigetnum("ncv"))),
            forward: code("cuf").flatMap(TerminalCodes.forward(from:)))
        let out = FirstFrame.bytes(g, palette: palette, codes: codes)
        // without a way to start curses unseen, it would enter full-screen mode again over the frame
        let readOnly = tr_open_terminal_read_only()
        guard readOnly >= 0 else { return nil }
        guard StandardStreams.output(out) else {
            close(readOnly)
            return nil
        }
        return ShownFirstFrame(grid: g, palette: palette, readOnlyTerminal: readOnly)
    }
}

/// The signals that end or stop the reader, held back (left pending) while the terminal is being set up, so that
/// none can leave it in full-screen mode before curses has its handlers; `release` lets them through.
struct HeldSignals {
    private let before: sigset_t

    init() { before = tr_hold_signals() }

    func release() { tr_release_signals(before) }
}
