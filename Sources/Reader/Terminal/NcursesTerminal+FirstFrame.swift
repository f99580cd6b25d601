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
    /// The signal mask from before the frame went out. Until curses has its handlers, the signals that end or
    /// stop the reader are held back (they stay pending), so none can leave the terminal in full-screen mode.
    let signalsBefore: sigset_t
}

extension NcursesTerminal {
    /// Paints `g` at once with codes read from terminfo, before curses starts (which takes as long again as
    /// everything before it). Returns nil when nothing was painted: no terminfo entry, no UTF-8 locale, a
    /// terminal that lacks a code the frame needs, or a cell whose width terminals disagree on; curses then
    /// paints the first frame itself.
    static func paintFirstFrame(_ g: Grid) -> ShownFirstFrame? {
        guard FirstFrame.widthsAreCertain(g), tr_utf8_locale() != 0, tr_setupterm() != 0 else { return nil }
        defer { tr_release_terminfo() }
        func code(_ name: String) -> [UInt8]? {
            tr_tigetstr(name).map { Array(UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: strlen($0))) }
        }
        func filled(_ p: UnsafePointer<CChar>?) -> [UInt8] {
            guard let p else { return [] }
            return Array(UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: strlen(p)))
        }
        // A full row leaves the cursor at the right margin; the next row starts with a carriage return and a
        // move down. That needs a terminal that waits at the margin (xenl) or does not wrap at all, as every
        // terminal in use today; writing the bottom-right cell then does not scroll either.
        guard let clear = code("clear"), let plain = code("sgr0"), let cr = code("cr"), let down = code("cud1"),
              tr_tigetflag("am") == 0 || tr_tigetflag("xenl") != 0 else { return nil }
        let setaf = tr_tigetstr("setaf")
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        let colors = Int(tr_tigetnum("colors"))
        let palette: Palette
        if noColor || setaf == nil || tr_tigetstr("setab") == nil || colors < 8 {
            palette = Palette(colors: .none)
        } else {
            palette = Palette(colors: colors >= 256 ? .rich : .eight)
        }
        let codes = TerminalCodes(
            start: (code("smcup") ?? []) + (code("civis") ?? []) + plain + clear,
            nextRow: cr + down,
            plain: plain, bold: code("bold") ?? [], underline: code("smul") ?? [], reverse: code("rev") ?? [],
            dim: code("dim") ?? [],
            foreground: { c in setaf.map { filled(tr_tiparm1($0, Int32(c))) } ?? [] },
            cellCharacters: Int(tr_cell_chars()))
        let bytes = FirstFrame.bytes(g, palette: palette, codes: codes)
        let held = tr_hold_signals()
        guard StandardStreams.output(bytes) else {
            tr_release_signals(held)
            return nil
        }
        return ShownFirstFrame(grid: g, palette: palette, signalsBefore: held)
    }

    /// Lets the signals held back since the first frame through, now that curses has its handlers.
    static func releaseSignals(of first: ShownFirstFrame) { tr_release_signals(first.signalsBefore) }
}
