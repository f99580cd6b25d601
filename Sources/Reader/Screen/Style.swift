/// What a cell means; the terminal backend turns roles into colours (256, 8 or none) and attributes.
enum ColorRole: UInt8, Sendable, CaseIterable {
    case normal, person, organization, place, date, ticker, quote, accent, muted, bar, selection, mark, warning
}

/// The look of one cell: a colour role and attributes.
struct Style: Hashable, Sendable {
    var role: ColorRole = .normal
    var bold = false
    var underline = false
    var reverse = false
    var dim = false

    static let plain = Style()
    static func role(_ r: ColorRole) -> Style { Style(role: r) }

    /// Field by field, always inlined: the painters compare styles per cell, and a call each cost ~20 instructions.
    @inline(__always)
    static func == (a: Style, b: Style) -> Bool {
        a.role == b.role && a.bold == b.bold && a.underline == b.underline && a.reverse == b.reverse && a.dim == b.dim
    }
}

/// One cell of the screen as tests and single writes see it: a grapheme (empty for the right half of a wide
/// one, which the terminal fills by itself) and its style. `Grid` keeps cells more compactly.
struct Cell: Hashable, Sendable {
    var text: String
    var style: Style
}
