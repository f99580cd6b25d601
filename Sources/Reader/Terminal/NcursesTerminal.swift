#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses

/// The only code that talks to ncurses: starts and restores the terminal, paints finished grids
/// (ncurses sends only what changed) and decodes keys. Used from the main thread only.
final class NcursesTerminal {
    private let palette: Palette
    /// The curses colour pair of each pair of colours the palette gives (pair 0: the terminal's own).
    private var pairs: [Ink: Int16] = [:]
    /// True when the locale's character set is not UTF-8: curses can write only ASCII, so cells go out as
    /// `ASCIIStandIn`s.
    private let asciiOnly: Bool
    /// The frame on the screen when curses started, if it took over one painted before it (see `FirstFrame`).
    private(set) var shown: Grid?

    /// Starts curses. `first` is a frame already on the screen (`paintFirstFrame`): curses then sets the terminal
    /// up unseen and takes the frame over as it is, instead of painting the screen again.
    init(showing first: ShownFirstFrame? = nil, colors: ColorSettings = ColorSettings(), mouse: Bool = true) {
        asciiOnly = tr_utf8_locale() == 0
        // With a frame on the screen, curses' own start-up output must not reach the terminal: entering
        // full-screen mode again saves the cursor anew and, on xterm, clears the screen. It writes to the
        // terminal opened for reading only, through which it still learns the size and sets the modes.
        let realOutput = first.map { tr_swap_output($0.readOnlyTerminal) } ?? -1
        initscr()
        if first == nil {
            // ncurses flushes its output at every cursor movement until the screen has once been through endwin
            // (that first state is meant for low-level terminfo users): a screen went out in ~100 writes instead
            // of a handful. The first refresh then resumes the screen (clears it, restores the modes set below)
            // and paints it in one go.
            endwin()
        }
        tr_install_signal_handlers()
        cbreak()
        noecho()
        nonl()
        keypad(tr_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        if colors.choice.refusesColor || !has_colors() {
            palette = Palette(colors: .none)
        } else {
            start_color()
            use_default_colors()
            // COLORS is known once colour has started
            palette = Palette(canColor: true, count: Int(tr_colors()), settings: colors)
            for (i, ink) in palette.inks.enumerated() where i + 1 < Int(tr_color_pairs()) {
                init_pair(Int16(i + 1), ink.fg, ink.bg)
                pairs[ink] = Int16(i + 1)
            }
        }
        if let first {
            if realOutput >= 0 {
                // the frame went out in UTF-8 on the environment's word (`LocaleCodeset`): without a UTF-8
                // locale after all, curses paints ASCII stand-ins over it
                if first.palette == palette && first.grid.width == size.width && first.grid.height == size.height
                    && !asciiOnly {
                    put(first.grid)
                    shown = first.grid
                }
                // Out of the first-run state through endwin and a refresh, unseen; curses then believes the
                // screen shows the frame (or is blank) and the cursor is at the top left, where the frame left it.
                endwin()
                wmove(tr_stdscr(), 0, 0)
                refresh()
                tr_restore_output(realOutput)
                reset_prog_mode()   // sends keypad transmit again: the refused output swallowed it
            }
            // not the frame curses would paint: it paints its own over a cleared screen
            if shown == nil { clearok(tr_stdscr(), true) }
            close(first.readOnlyTerminal)
        }
        // without the mouse the terminal's own selection of text works
        if mouse { mousemask(tr_button1_pressed() | tr_button4_pressed() | tr_button5_pressed(), nil) }
    }

    /// Restores the terminal.
    func stop() { endwin() }

    /// Makes the next paint clear the screen and send every cell, not only what curses believes changed.
    func forgetScreen() { clearok(tr_stdscr(), true) }

    var size: (width: Int, height: Int) { (Int(tr_cols()), Int(tr_lines())) }

    /// The terminal's size as the kernel knows it, readable before ncurses starts.
    static func kernelSize() -> (width: Int, height: Int)? {
        var rows: Int32 = 0, cols: Int32 = 0
        return tr_tty_size(&rows, &cols) != 0 ? (Int(cols), Int(rows)) : nil
    }

    private func attributes(_ st: Style) -> (attr_t, Int16) {
        let look = palette.look(st)
        var a = tr_normal()
        if look.bold { a |= tr_bold() }
        if look.underline { a |= tr_underline() }
        if look.reverse { a |= tr_reverse() }
        if look.dim { a |= tr_dim() }
        guard look.color != nil || look.background != nil else { return (a, 0) }
        return (a, pairs[Ink(fg: look.color ?? -1, bg: look.background ?? -1)] ?? 0)
    }

    /// Paints a grid (ncurses then sends only what changed on the screen).
    func paint(_ g: Grid) {
        put(g)
        refresh()
    }

    /// Puts a grid into curses' picture of the screen row by row, each row as one array of cells.
    private func put(_ g: Grid) {
        let w = g.width, per = Int(tr_cell_chars())
        var text = [wchar_t](repeating: 0, count: max(1, w * per))
        var len = [UInt8](repeating: 0, count: max(1, w))
        var attrs = [attr_t](repeating: 0, count: max(1, w))
        var pairs = [Int16](repeating: 0, count: max(1, w))
        var lastStyle: Style?
        var last: (attr_t, Int16) = (0, 0)
        for y in 0..<g.height {
            // cells skipped for the right half of a wide character stay at length 0: ncurses fills them
            for x in 0..<w { len[x] = 0 }
            g.forEachPaintable(row: y) { x, scalar, cluster, style in
                if style != lastStyle { last = attributes(style); lastStyle = style }
                attrs[x] = last.0
                pairs[x] = last.1
                if asciiOnly {
                    text[x * per] = wchar_t(ASCIIStandIn.byte(for: scalar))
                    len[x] = 1
                    return
                }
                guard let cluster else {
                    text[x * per] = wchar_t(bitPattern: scalar)
                    len[x] = 1
                    return
                }
                var n = 0
                for u in cluster.unicodeScalars where n < per {
                    text[x * per + n] = wchar_t(bitPattern: u.value)
                    n += 1
                }
                len[x] = UInt8(max(1, n))
            }
            // without UTF-8 a wide character is two stand-ins, so the row keeps its columns
            if asciiOnly {
                for x in 1..<max(1, w) where len[x] == 0 {
                    text[x * per] = wchar_t(UInt8(ascii: "?"))
                    len[x] = 1
                    attrs[x] = attrs[x - 1]
                    pairs[x] = pairs[x - 1]
                }
            }
            tr_paint_row(Int32(y), Int32(w), text, len, attrs, pairs)
        }
    }

    /// How long `readKey` waits: nil for as long as it takes.
    func waitForKeys(milliseconds: Int?) {
        let ms = Int32(milliseconds ?? -1)
        if ms != waiting { tr_timeout(ms); waiting = ms }
    }
    private var waiting: Int32 = -1

    /// Waits for the next key (or the time set by `waitForKeys`); nil when none came or it means nothing.
    func readKey() -> Key? {
        var ch: wint_t = 0
        let r = get_wch(&ch)
        if r == ERR { return nil }
        if r == tr_key_code_yes() {
            switch Int32(ch) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_NPAGE: return .pageDown
            case KEY_PPAGE: return .pageUp
            case KEY_BTAB: return .backTab
            case KEY_ENTER: return .enter
            case KEY_BACKSPACE: return .backspace
            case tr_key_resize(): return .resize(width: size.width, height: size.height)
            case tr_key_mouse():
                var ev = MEVENT()
                guard getmouse(&ev) == OK else { return nil }
                if ev.bstate & tr_button4_pressed() != 0 { return .wheel(-1) }
                if tr_button5_pressed() != 0 && ev.bstate & tr_button5_pressed() != 0 { return .wheel(1) }
                if ev.bstate & tr_button1_pressed() != 0 { return .click(x: Int(ev.x), y: Int(ev.y)) }
                return nil
            default: return nil
            }
        }
        switch ch {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 127, 8: return .backspace
        case 3: return .interrupt
        case 12: return .redraw
        default:
            guard let u = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .char(Character(u))
        }
    }
}
