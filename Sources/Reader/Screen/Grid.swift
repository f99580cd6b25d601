/// An in-memory screen: rows of cells that `render` draws into and the backend paints (or a test reads).
///
/// A cell is stored as one number and a style, not a `String`: the first screen is drawn and painted before
/// anything else happens, and a `String` per cell made that several times slower (and the grid ~4× larger).
struct Grid: Sendable, Equatable {
    let width: Int
    let height: Int
    /// What each cell shows: a Unicode scalar; `Grid.rightHalf` for the right half of a wide grapheme; or, from
    /// `Grid.clusterBase` up, a grapheme of several scalars (a letter and its marks, an emoji sequence) kept
    /// in `clusters`.
    private(set) var codes: [UInt32]
    private(set) var styles: [Style]
    private var clusters: [String] = []

    static let rightHalf: UInt32 = 0
    static let clusterBase: UInt32 = 0x110000

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        codes = Array(repeating: 0x20, count: self.width * self.height)
        styles = Array(repeating: .plain, count: self.width * self.height)
    }

    subscript(x: Int, y: Int) -> Cell {
        get { Cell(text: text(code: codes[y * width + x]), style: styles[y * width + x]) }
        set { if x >= 0 && y >= 0 && x < width && y < height { set(y * width + x, newValue.text, newValue.style) } }
    }

    /// Every cell, row by row.
    var cells: [Cell] { (0..<codes.count).map { Cell(text: text(code: codes[$0]), style: styles[$0]) } }

    /// The text a cell code stands for.
    func text(code: UInt32) -> String {
        if code == Grid.rightHalf { return "" }
        if code >= Grid.clusterBase { return clusters[Int(code - Grid.clusterBase)] }
        return Unicode.Scalar(code).map { String(Character($0)) } ?? "\u{FFFD}"
    }

    /// The grapheme of several scalars behind a cluster code.
    func cluster(_ code: UInt32) -> String { clusters[Int(code - Grid.clusterBase)] }

    private mutating func set(_ i: Int, _ text: String, _ style: Style) {
        styles[i] = style
        let scalars = text.unicodeScalars
        if scalars.isEmpty {
            codes[i] = Grid.rightHalf
        } else if let s = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            codes[i] = s.value
        } else {
            codes[i] = Grid.clusterBase + UInt32(clusters.count)
            clusters.append(text)
        }
    }

    /// Adds a zero-width mark to the grapheme in the cell at `i`, or in the cell before it when `i` is the right
    /// half of a wide one (the mark belongs to the wide grapheme, and the right half must stay empty). A cell keeps
    /// at most `TerminalText.cellScalars` scalars, as a curses cell does: a letter under a thousand marks costs
    /// a cell, not a copy of them per mark.
    private mutating func join(_ i: Int, _ mark: String) {
        let at = codes[i] == Grid.rightHalf && i % width > 0 ? i - 1 : i
        guard codes[at] != Grid.rightHalf else { return }
        let current = text(code: codes[at])
        let room = TerminalText.cellScalars - current.unicodeScalars.count
        guard room > 0 else { return }
        var joined = current.unicodeScalars
        joined.append(contentsOf: mark.unicodeScalars.prefix(room))
        set(at, String(joined), styles[at])
    }

    /// Writes text at (x, y), clipped to `maxWidth` columns; returns the columns used. Control characters
    /// are shown as visible symbols; a wide grapheme that does not fit is left out.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        guard y >= 0 && y < height else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        if DisplayWidth.isSimpleText(text) {
            // one cell per scalar (plain ASCII, curly quotes, dashes, ·, …): no grapheme segmentation
            var cx = x
            for u in text.unicodeScalars {
                if cx >= limit { break }
                if cx >= 0 {
                    codes[y * width + cx] = u.value
                    styles[y * width + cx] = style
                }
                cx += 1
            }
            return cx - x
        }
        var cx = x
        for ch in text {
            let scalars = ch.unicodeScalars
            if let u = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
               TerminalText.treatment(of: u.value) == nil, case let w = ScalarWidth.of(u.value), w > 0 {
                // one scalar the terminal may have as it is (most of CJK and other scripts): no cells to make
                if cx + w > limit { return cx - x }
                cx += place(scalar: u.value, width: w, x: cx, y: y, style: style, limit: limit)
                continue
            }
            // a grapheme as the cells a terminal places alike (`TerminalText.cells`): stand-ins for controls
            for cell in TerminalText.cells(of: ch) where !cell.scalars.isEmpty {
                let shown = String(String.UnicodeScalarView(cell.scalars.compactMap(Unicode.Scalar.init)))
                if cell.width == 0 {
                    // a lone mark joins the previous cell
                    if cx > x, cx - 1 >= 0, cx - 1 < width { join(y * width + cx - 1, shown) }
                    continue
                }
                if cx + cell.width > limit { return cx - x }
                if cx >= 0 {
                    set(y * width + cx, shown, style)
                    if cell.width == 2 && cx + 1 < width { set(y * width + cx + 1, "", style) }
                }
                cx += cell.width
            }
        }
        return cx - x
    }

    /// Places one glyph already made safe and measured; returns the columns used (0 when it does not fit
    /// before `limit`). A zero-width glyph joins the cell before it.
    @discardableResult
    mutating func place(_ text: String, width w: Int, x: Int, y: Int, style: Style, limit: Int) -> Int {
        let scalars = text.unicodeScalars
        if let s = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            return place(scalar: s.value, width: w, x: x, y: y, style: style, limit: limit)
        }
        guard y >= 0 && y < height && x >= 0 else { return 0 }
        if w == 0 {
            if x > 0 && x - 1 < width { join(y * width + x - 1, text) }
            return 0
        }
        guard x + w <= min(width, limit) else { return 0 }
        set(y * width + x, text, style)
        if w == 2 { set(y * width + x + 1, "", style) }
        return w
    }

    /// `place` for a glyph of one scalar (no grapheme of several), without making a `String` of it.
    @discardableResult
    mutating func place(scalar: UInt32, width w: Int, x: Int, y: Int, style: Style, limit: Int) -> Int {
        guard y >= 0 && y < height && x >= 0 else { return 0 }
        if w == 0 {
            if x > 0 && x - 1 < width, let u = Unicode.Scalar(scalar) { join(y * width + x - 1, String(Character(u))) }
            return 0
        }
        guard x + w <= min(width, limit) else { return 0 }
        let i = y * width + x
        codes[i] = scalar
        styles[i] = style
        if w == 2 {
            codes[i + 1] = Grid.rightHalf
            styles[i + 1] = style
        }
        return w
    }

    /// Fills a rectangle with a style (blank cells).
    mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style) {
        for yy in max(0, y)..<min(height, y + h) {
            for xx in max(0, x)..<min(width, x + w) {
                codes[yy * width + xx] = 0x20
                styles[yy * width + xx] = style
            }
        }
    }

    /// The text of a row, for tests and captures.
    func row(_ y: Int) -> String {
        guard y >= 0 && y < height else { return "" }
        return (0..<width).map { self[$0, y].text }.joined()
    }

    /// All rows joined by newlines.
    var text: String { (0..<height).map(row).joined(separator: "\n") }

    /// Grids are equal when they show the same: clusters compare by their text, not by where they are kept.
    static func == (a: Grid, b: Grid) -> Bool {
        guard a.width == b.width, a.height == b.height, a.styles == b.styles else { return false }
        if a.clusters.isEmpty && b.clusters.isEmpty { return a.codes == b.codes }
        for i in 0..<a.codes.count where a.codes[i] != b.codes[i] || a.codes[i] >= clusterBase {
            guard a.codes[i] >= clusterBase, b.codes[i] >= clusterBase, a.cluster(a.codes[i]) == b.cluster(b.codes[i]) else {
                return false
            }
        }
        return true
    }
}
