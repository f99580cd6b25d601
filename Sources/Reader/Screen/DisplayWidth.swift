/// Terminal display width of text, as the cells `TerminalText` makes of it take on a terminal.
enum DisplayWidth {
    /// Columns of a grapheme as the terminal gets it: the cells `TerminalText.cells(of:)` makes of it.
    static func of(_ c: Character) -> Int {
        if let a = c.asciiValue, a >= 0x20, a < 0x7F { return 1 }   // the common case, without property lookups
        let scalars = c.unicodeScalars
        if let f = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            // one scalar: its own width, or its stand-in's (one column)
            switch TerminalText.treatment(of: f.value) {
            case .leftOut?: return (0x1F3FB...0x1F3FF).contains(f.value) ? 2 : 0
            case .standIn?: return 1
            case nil: let w = ScalarWidth.of(f.value); return w < 0 ? 1 : w   // no width: shown as U+FFFD
            }
        }
        return TerminalText.cells(of: c).reduce(0) { $0 + $1.width }
    }

    /// True for a scalar that takes two columns.
    static func isWide(_ v: UInt32) -> Bool { v >= 0x1100 && ScalarWidth.of(v) == 2 }

    /// True for a scalar of one column that never forms a longer grapheme with a neighbour that is printable ASCII
    /// or simple too (no mark, joiner or selector among them): Latin letters, general punctuation, and the narrow
    /// arrows, box drawing, shapes and dingbats. Text made of these needs no grapheme segmentation.
    static func isSimple(_ v: UInt32) -> Bool {
        (0xA0...0x2FF).contains(v) || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
            || ((0x2190...0x27BF).contains(v) && !(0x2427...0x245F).contains(v) && !isWide(v))   // unassigned between
    }

    /// The width of a string.
    static func of(_ s: String) -> Int {
        if isPrintableASCII(s) { return s.utf8.count }
        if isSimpleText(s) { return s.unicodeScalars.count }
        return s.reduce(0) { $0 + of($1) }
    }

    /// True when every scalar is one column and a grapheme of its own (printable ASCII or `isSimple`: Latin
    /// letters, dashes, curly quotes, dots, arrows, box drawing): then scalars count columns, without the grapheme
    /// segmentation that costs ten times as much (bars and titles are mostly such text).
    static func isSimpleText(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { ($0.value >= 0x20 && $0.value < 0x7F) || isSimple($0.value) }
    }

    /// True when every byte is printable ASCII: one column per byte, nothing to segment.
    static func isPrintableASCII(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// What an ASCII byte shows as: itself, or for a control character its visible symbol (␛, ␀ … ␡).
    static func safe(ascii b: UInt8) -> UInt32 {
        if b < 0x20 { return 0x2400 + UInt32(b) }
        return b == 0x7F ? 0x2421 : UInt32(b)
    }

    /// `text` cut to at most `width` columns, with an ellipsis when cut.
    static func ellipsize(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        if isSimpleText(text) {
            let scalars = text.unicodeScalars
            if scalars.count <= width { return text }
            let end = scalars.index(scalars.startIndex, offsetBy: width - 1)
            return String(text[..<end]) + "…"
        }
        if of(text) <= width { return text }
        var out = "", w = 0
        for c in text {
            let cw = of(c)
            if w + cw > width - 1 { break }
            out.append(c); w += cw
        }
        return out + "…"
    }
}
