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
}

/// One cell of the screen: a grapheme (empty for the second half of a wide one) and its style.
struct Cell: Hashable, Sendable {
    var text: String
    var style: Style
    static let blank = Cell(text: " ", style: .plain)
    /// The right half of a double-width grapheme, which the terminal fills by itself.
    static let continuation = Cell(text: "", style: .plain)
}
