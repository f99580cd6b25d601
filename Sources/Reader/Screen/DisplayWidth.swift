/// Terminal display width of graphemes: 0 for marks alone, 2 for East Asian wide and emoji, else 1.
enum DisplayWidth {
    static func of(_ c: Character) -> Int {
        if let a = c.asciiValue, a >= 0x20, a < 0x7F { return 1 }   // the common case, without property lookups
        guard let first = c.unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 1 }   // shown as a visible symbol
        if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark { return 0 }
        if v == 0x200B || v == 0x200D || v == 0xFEFF { return 0 }
        if isWide(v) { return 2 }
        if c.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        return 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE,
             0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
             0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
             0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF,
             0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// True for a scalar of one column that never forms a longer grapheme with a neighbour that is printable ASCII
    /// or simple too (no mark, joiner or selector among them): Latin letters, general punctuation, and the narrow
    /// arrows, box drawing, shapes and dingbats. Text made of these needs no grapheme segmentation.
    static func isSimple(_ v: UInt32) -> Bool {
        (0xA0...0x2FF).contains(v) || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
            || ((0x2190...0x27BF).contains(v) && !isWide(v))
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

    /// A visible stand-in for control characters, so escape sequences in article text never reach the terminal.
    static func safe(_ c: Character) -> String {
        if let a = c.asciiValue, a >= 0x20, a < 0x7F { return String(c) }
        guard let f = c.unicodeScalars.first else { return "" }
        if f.value < 0x20 || f.value == 0x7F, let u = Unicode.Scalar(safe(ascii: UInt8(f.value))) { return String(Character(u)) }
        if f.value >= 0x80 && f.value < 0xA0 { return "\u{FFFD}" }
        if c.unicodeScalars.contains(where: { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }) { return "\u{FFFD}" }
        return String(c)
    }

    /// A grapheme as a terminal should get it: a zero-width joiner that joins no emoji is left out, since terminals
    /// then disagree on where the next character goes (tmux draws it into the joiner's cell and the row shifts).
    static func withoutStrayJoiners(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value == 0x200D }),
              !text.unicodeScalars.contains(where: { $0.value > 0xFF && $0.properties.isEmoji }) else { return text }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text.unicodeScalars.lazy.filter { $0.value != 0x200D })
        return String(out)
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
