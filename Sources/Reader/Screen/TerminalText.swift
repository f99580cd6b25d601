/// What text from outside the program (article text, titles, file names, error text) may send to a terminal, as
/// one catalogue: everything the grid holds and everything written to standard error goes through here, so no
/// escape sequence, bidi control or invisible character reaches the terminal as it is, and both painters and
/// `StandardStreams.error` show the same stand-ins.
enum TerminalText {
    /// What happens to a scalar that may not go to the terminal as it is.
    enum Treatment: Equatable {
        /// Shown as this visible scalar instead.
        case standIn(UInt32)
        /// Left out: it has no look of its own, and terminals disagree on the columns it takes.
        case leftOut
    }

    /// One entry of the catalogue: a range of scalars, what they become, and why.
    struct Entry {
        let first: UInt32, last: UInt32
        let treatment: Treatment
        let why: StaticString
    }

    /// The catalogue, by range. C0 controls become their Control Pictures (␛ for ESC) in `standIn(for:)`.
    static let catalogue: [Entry] = [
        Entry(first: 0x7F, last: 0x7F, treatment: .standIn(0x2421), why: "DEL: ␡"),
        Entry(first: 0x80, last: 0x9F, treatment: .standIn(0xFFFD), why: "C1 controls: CSI, OSC and ST start escape sequences on some terminals"),
        Entry(first: 0x061C, last: 0x061C, treatment: .standIn(0x21C4), why: "Arabic letter mark: reorders text"),
        Entry(first: 0x200B, last: 0x200D, treatment: .leftOut, why: "zero-width space, non-joiner, joiner"),
        Entry(first: 0x200E, last: 0x200F, treatment: .standIn(0x21C4), why: "left-to-right and right-to-left marks: reorder text"),
        Entry(first: 0x2028, last: 0x2029, treatment: .standIn(0x2424), why: "line and paragraph separators: some terminals break the row"),
        Entry(first: 0x202A, last: 0x202E, treatment: .standIn(0x21C4), why: "bidi embeddings and overrides: `Invoice ‮fdp.exe`"),
        Entry(first: 0x2060, last: 0x2064, treatment: .leftOut, why: "word joiner, invisible operators"),
        Entry(first: 0x2066, last: 0x2069, treatment: .standIn(0x21C4), why: "bidi isolates: reorder text"),
        Entry(first: 0x206A, last: 0x206F, treatment: .standIn(0xFFFD), why: "deprecated format controls (symmetric swapping, shaping)"),
        Entry(first: 0xFE00, last: 0xFE0F, treatment: .leftOut, why: "variation selectors: terminals give ❤️ one column or two"),
        Entry(first: 0xFEFF, last: 0xFEFF, treatment: .leftOut, why: "byte order mark, zero-width no-break space"),
        Entry(first: 0xFFF9, last: 0xFFFB, treatment: .standIn(0xFFFD), why: "interlinear annotation controls"),
        Entry(first: 0x1F3FB, last: 0x1F3FF, treatment: .leftOut, why: "skin-tone modifiers after an emoji: two more columns in tmux, none in others (kept alone)"),
        Entry(first: 0xE0000, last: 0xE007F, treatment: .leftOut, why: "tag characters (subdivision flags)"),
        Entry(first: 0xE0100, last: 0xE01EF, treatment: .leftOut, why: "variation selectors supplement"),
    ]

    /// The visible stand-in for a scalar that must not reach the terminal as it is; nil for one that may go as
    /// it is or is left out. `leftOut` scalars are stood in for by `treatment(of:)`.
    static func standIn(for v: UInt32) -> UInt32? {
        if v < 0x20 { return 0x2400 + v }
        if case .standIn(let s)? = treatment(of: v) { return s }
        return nil
    }

    /// The catalogue's treatment of a scalar; nil when it goes to the terminal as it is.
    @inline(__always)
    static func treatment(of v: UInt32) -> Treatment? {
        if v < 0x7F { return v < 0x20 ? .standIn(0x2400 + v) : nil }
        if v < 0xA0 { return v == 0x7F ? .standIn(0x2421) : .standIn(0xFFFD) }
        if v < 0x61C { return nil }
        for e in catalogue where v <= e.last {
            return v >= e.first ? e.treatment : nil
        }
        return nil
    }

    /// Text for a terminal line or standard error: every scalar the catalogue names is replaced by its stand-in,
    /// and so is one the terminal has no width for (unassigned, a separator) and a left-out one (a zero-width
    /// space that makes two file names look alike, a tag character hiding text), as U+FFFD — except a joiner,
    /// selector or skin tone inside an emoji, which only shapes it. Newlines and tabs stay when
    /// `keepingLineBreaks` is true (the program's own messages; a name from outside never keeps them).
    static func sanitized(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return text }
        var out = String.UnicodeScalarView()
        var afterEmoji = false
        for u in text.unicodeScalars {
            let v = u.value
            if keepingLineBreaks && (v == 0x0A || v == 0x09) { out.append(u); afterEmoji = false; continue }
            switch treatment(of: v) {
            case nil:
                out.append(v >= 0xA0 && ScalarWidth.of(v) < 0 ? "\u{FFFD}" : u)
                afterEmoji = v > 0xFF && u.properties.isEmoji
            case .leftOut?:
                let shapesEmoji = afterEmoji && (v == 0x200D || (0xFE00...0xFE0F).contains(v) || (0x1F3FB...0x1F3FF).contains(v))
                out.append(shapesEmoji ? u : "\u{FFFD}")
            case .standIn(let s)?:
                out.append(Unicode.Scalar(s) ?? "\u{FFFD}")
                afterEmoji = false
            }
        }
        return String(out)
    }

    /// The most scalars one cell holds, a base and its marks, as a curses cell does (`CCHARW_MAX`); marks past
    /// them are left out, so a letter under thousands of marks is still one small cell.
    static let cellScalars = 5

    /// One terminal cell's worth of a grapheme: a scalar that takes columns and the zero-width marks after it.
    struct Cell: Equatable {
        /// What goes to the terminal: one scalar, or a base and its marks.
        var scalars: [UInt32]
        /// Columns, as `ScalarWidth` gives the first scalar (0 for marks with nothing before them).
        var width: Int
        /// How many UTF-8 bytes of the grapheme this cell stands for (left-out scalars count with the cell before).
        var bytes: Int
        /// True when it shows a stand-in rather than the text's own scalar.
        var isStandIn: Bool
    }

    /// A grapheme as cells a terminal places the same way as the grid: one per scalar that takes columns, with the
    /// zero-width marks after it joined to it; catalogue scalars stood in for or left out; a scalar the terminal has
    /// no width for becomes U+FFFD. So a ZWJ family is four emoji of two columns, 👍🏽 one emoji, 🇺🇸 two cells
    /// of one, क्षि three cells: what ncurses, tmux and xterm all agree on.
    static func cells(of c: Character) -> [Cell] {
        var out: [Cell] = []
        // a skin-tone modifier is left out only after an emoji it modifies: alone it is shown
        var afterEmoji = false
        for u in c.unicodeScalars {
            let v = u.value, n = UTF8.width(u)
            var shown = v, standIn = false
            switch treatment(of: v) {
            case .leftOut?:
                if (0x1F3FB...0x1F3FF).contains(v) && !afterEmoji { break }
                if out.isEmpty { out.append(Cell(scalars: [], width: 0, bytes: n, isStandIn: false)) } else { out[out.count - 1].bytes += n }
                continue
            case .standIn(let s)?:
                shown = s
                standIn = true
            case nil:
                break
            }
            var w = ScalarWidth.of(shown)
            if w < 0 { shown = 0xFFFD; w = 1; standIn = true }
            afterEmoji = u.properties.isEmojiModifierBase
            if w == 0, !out.isEmpty, !standIn {
                if out[out.count - 1].scalars.count < cellScalars { out[out.count - 1].scalars.append(shown) }
                out[out.count - 1].bytes += n
            } else {
                out.append(Cell(scalars: [shown], width: w, bytes: n, isStandIn: standIn))
            }
        }
        return out
    }
}
