#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses

/// The only code that talks to ncurses: starts and restores the terminal, paints finished grids
/// (ncurses sends only what changed) and decodes keys.
///
/// Unchecked `Sendable`: it is made on a helper thread at start-up (see `ReaderApp`) and from then on used by the
/// main loop only; ncurses itself is never touched by two threads at once.
final class NcursesTerminal: @unchecked Sendable {
    private var pairs: [ColorRole: Int16] = [:]
    private let monochrome: Bool

    init() {
        setlocale(LC_ALL, "")
        initscr()
        // ncurses flushes its output at every cursor movement until the screen has once been through endwin and
        // a refresh (that first state is meant for low-level terminfo users): one screen went out in ~100 writes
        // instead of a handful. Done before any mode is set, so the refresh restores nothing stale.
        endwin()
        refresh()
        tr_install_signal_handlers()
        cbreak()
        noecho()
        nonl()
        keypad(tr_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        mousemask(tr_button1_pressed() | tr_button4_pressed() | tr_button5_pressed(), nil)
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        monochrome = noColor || !has_colors()
        if !monochrome {
            start_color()
            use_default_colors()
            setupPairs(rich: tr_colors() >= 256)
        }
    }

    /// Restores the terminal.
    func stop() { endwin() }

    var size: (width: Int, height: Int) { (Int(tr_cols()), Int(tr_lines())) }

    /// The terminal's size as the kernel knows it, readable before ncurses starts.
    static func kernelSize() -> (width: Int, height: Int)? {
        var rows: Int32 = 0, cols: Int32 = 0
        return tr_tty_size(&rows, &cols) != 0 ? (Int(cols), Int(rows)) : nil
    }

    private func setupPairs(rich: Bool) {
        // (256-colour, 8-colour) foregrounds; -1 keeps the user's background
        let table: [(ColorRole, Int16, Int16)] = [
            (.person, 39, Int16(COLOR_CYAN)), (.organization, 214, Int16(COLOR_YELLOW)), (.place, 114, Int16(COLOR_GREEN)),
            (.date, 177, Int16(COLOR_MAGENTA)), (.ticker, 203, Int16(COLOR_RED)), (.quote, 223, Int16(COLOR_WHITE)),
            (.accent, 75, Int16(COLOR_BLUE)), (.muted, 245, Int16(COLOR_WHITE)), (.bar, 67, Int16(COLOR_BLUE)),
            (.selection, 153, Int16(COLOR_CYAN)), (.mark, 220, Int16(COLOR_YELLOW)), (.warning, 196, Int16(COLOR_RED)),
        ]
        for (i, (role, fg256, fg8)) in table.enumerated() {
            let pair = Int16(i + 1)
            init_pair(pair, rich ? fg256 : fg8, -1)
            pairs[role] = pair
        }
    }

    private func attributes(_ st: Style) -> (attr_t, Int16) {
        var a = tr_normal()
        if st.bold { a |= tr_bold() }
        if st.underline { a |= tr_underline() }
        if st.reverse { a |= tr_reverse() }
        if st.dim { a |= tr_dim() }
        if monochrome {
            // no colour: entities by underline, the quote being read and marks by reverse
            switch st.role {
            case .person, .organization, .place, .ticker, .date: a |= tr_underline()
            case .mark, .selection: a |= tr_bold()
            default: break
            }
            return (a, 0)
        }
        return (a, pairs[st.role] ?? 0)
    }

    /// Paints a grid row by row, each row handed to ncurses as one array of cells (ncurses then sends only
    /// what changed on the screen).
    func paint(_ g: Grid) {
        let w = g.width, per = Int(tr_cell_chars())
        var text = [wchar_t](repeating: 0, count: max(1, w * per))
        var len = [UInt8](repeating: 0, count: max(1, w))
        var attrs = [attr_t](repeating: 0, count: max(1, w))
        var pairs = [Int16](repeating: 0, count: max(1, w))
        var lastStyle: Style?
        var last: (attr_t, Int16) = (0, 0)
        g.cells.withUnsafeBufferPointer { cells in
        for y in 0..<g.height {
            // a wide character takes its own cell and the next; the next must be its right half (empty) and
            // anything else is repaired to spaces, or the rest of the row would shift
            var wideAt: Int?
            for x in 0..<w {
                let cell = cells[y * w + x]
                if cell.style != lastStyle { last = attributes(cell.style); lastStyle = cell.style }
                attrs[x] = last.0
                pairs[x] = last.1
                if cell.text.isEmpty && wideAt != nil {
                    len[x] = 0
                    wideAt = nil
                    continue
                }
                if let p = wideAt { text[p * per] = 0x20; len[p] = 1; wideAt = nil }
                let utf8 = cell.text.utf8
                if utf8.count == 1, let b = utf8.first {
                    // plain ASCII, most cells
                    text[x * per] = wchar_t(b)
                    len[x] = 1
                    continue
                }
                var n = 0
                for u in cell.text.unicodeScalars where n < per {
                    text[x * per + n] = wchar_t(bitPattern: u.value)
                    n += 1
                }
                if n == 0 { text[x * per] = 0x20; n = 1 }
                len[x] = UInt8(n)
                if let c = cell.text.first, DisplayWidth.of(c) == 2 { wideAt = x }
            }
            if let p = wideAt { text[p * per] = 0x20; len[p] = 1 }
            tr_paint_row(Int32(y), Int32(w), text, len, attrs, pairs)
        }
        }
        refresh()
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
        default:
            guard let u = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .char(Character(u))
        }
    }
}
