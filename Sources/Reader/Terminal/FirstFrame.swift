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
    /// Sets the background colour.
    var background: (Int16) -> [UInt8] = { _ in [] }
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
