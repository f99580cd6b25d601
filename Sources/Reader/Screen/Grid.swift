/// An in-memory screen: rows of cells that `render` draws into and the backend paints (or a test reads).
struct Grid: Sendable, Equatable {
    let width: Int
    let height: Int
    private(set) var cells: [Cell]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { if x >= 0 && y >= 0 && x < width && y < height { cells[y * width + x] = newValue } }
    }

    /// Writes text at (x, y), clipped to `maxWidth` columns; returns the columns used. Control characters
    /// are shown as visible symbols; a wide grapheme that does not fit is left out.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        guard y >= 0 && y < height else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        if DisplayWidth.isPrintableASCII(text) {
            // one cell per byte, no grapheme segmentation
            var cx = x
            for b in text.utf8 {
                if cx >= limit { break }
                if cx >= 0 { cells[y * width + cx] = Cell(text: GlyphScanner.ascii[Int(b)], style: style) }
                cx += 1
            }
            return cx - x
        }
        var cx = x
        for ch in text {
            let safe = DisplayWidth.safe(ch)
            let w = DisplayWidth.of(Character(safe))
            if w == 0 {
                // a lone mark joins the previous cell
                if cx > x, cx - 1 < width { self[cx - 1, y].text += safe }
                continue
            }
            if cx + w > limit { break }
            self[cx, y] = Cell(text: safe, style: style)
            if w == 2 { self[cx + 1, y] = Cell(text: "", style: style) }
            cx += w
        }
        return cx - x
    }

    /// Places one glyph already made safe and measured; returns the columns used (0 when it does not fit
    /// before `limit`). A zero-width glyph joins the cell before it.
    @discardableResult
    mutating func place(_ text: String, width w: Int, x: Int, y: Int, style: Style, limit: Int) -> Int {
        guard y >= 0 && y < height && x >= 0 else { return 0 }
        if w == 0 {
            if x > 0 && x - 1 < width { cells[y * width + x - 1].text += text }
            return 0
        }
        guard x + w <= min(width, limit) else { return 0 }
        cells[y * width + x] = Cell(text: text, style: style)
        if w == 2 { cells[y * width + x + 1] = Cell(text: "", style: style) }
        return w
    }

    /// Fills a rectangle with a style (blank cells).
    mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style) {
        for yy in max(0, y)..<min(height, y + h) {
            for xx in max(0, x)..<min(width, x + w) { self[xx, yy] = Cell(text: " ", style: style) }
        }
    }

    /// The text of a row, for tests and captures.
    func row(_ y: Int) -> String {
        guard y >= 0 && y < height else { return "" }
        return (0..<width).map { self[$0, y].text }.joined()
    }

    /// All rows joined by newlines.
    var text: String { (0..<height).map(row).joined(separator: "\n") }
}
