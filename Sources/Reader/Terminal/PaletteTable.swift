/// The colours of each role, per number of colours and per background, as a catalogue: for each role its ink as
/// it stands, reversed and dimmed. Colour numbers are the terminal's (0 black, 1 red, 2 green, 3 yellow, 4 blue,
/// 5 magenta, 6 cyan, 7 white, 8–15 their bright forms, 16–255 xterm's cube and greys); -1 the terminal's own.
///
/// Why they are what they are (contrast against xterm's colours, `PaletteTests`):
/// - dark, 8 colours: blue text (#0000ee) is 2.2:1 on black, so nothing is written in blue; blue is the bars'
///   background under white text. Reversed cells are black on the colour.
/// - light, 8 colours: only black, red, blue and magenta read on white (yellow, green and cyan fall to 1.7–2.2:1,
///   and xterm shows bold text in the bright colours, worse still): places and dates are black on green and on
///   yellow, as a highlighter marks them; reversed cells are white on the colour, or the colour on black.
/// - 16 colours add grey for what is muted; 256 colours give each role a shade of its own, darker on light.
enum PaletteTable {
    /// One role's inks: as it stands, reversed, dimmed.
    typealias Entry = (plain: Ink, reversed: Ink, dimmed: Ink)

    static func e(_ fg: Int16, _ bg: Int16 = -1, rev: (Int16, Int16), dim: (Int16, Int16)? = nil) -> Entry {
        (Ink(fg: fg, bg: bg), Ink(fg: rev.0, bg: rev.1), dim.map { Ink(fg: $0.0, bg: $0.1) } ?? Ink(fg: fg, bg: bg))
    }

    /// Roles in `ColorRole` order: normal, person, organization, place, date, ticker, quote, accent, muted, bar,
    /// selection, mark, warning.
    static let darkEight: [Entry] = [
        e(-1, rev: (0, 7)), e(6, rev: (0, 6)), e(3, rev: (0, 3)), e(2, rev: (0, 2)), e(5, rev: (0, 5)), e(1, rev: (0, 1)),
        e(7, rev: (0, 7)), e(7, rev: (0, 7)), e(7, rev: (0, 7)), e(7, 4, rev: (7, 4)),
        e(6, rev: (0, 6)), e(3, rev: (0, 3)), e(1, rev: (7, 1)),
    ]
    static let lightEight: [Entry] = [
        e(-1, rev: (7, 0)), e(4, rev: (7, 4)), e(5, rev: (7, 5)), e(0, 2, rev: (2, 0)), e(0, 3, rev: (3, 0)), e(1, rev: (7, 1)),
        e(-1, rev: (7, 0)), e(4, rev: (7, 4)), e(-1, rev: (7, 0)), e(7, 4, rev: (7, 4)),
        e(4, rev: (7, 4)), e(0, 6, rev: (0, 6)), e(1, rev: (7, 1)),
    ]
    static let darkSixteen: [Entry] = [
        e(-1, rev: (0, 7), dim: (8, -1)), e(6, rev: (0, 6)), e(3, rev: (0, 3)), e(2, rev: (0, 2)), e(5, rev: (0, 5)), e(1, rev: (0, 1)),
        e(7, rev: (0, 7), dim: (8, -1)), e(12, rev: (0, 12)), e(8, rev: (0, 7)), e(15, 4, rev: (15, 4)),
        e(14, rev: (0, 14)), e(11, rev: (0, 11)), e(9, rev: (15, 1)),
    ]
    static let lightSixteen: [Entry] = [
        e(-1, rev: (15, 0), dim: (8, -1)), e(4, rev: (15, 4)), e(5, rev: (15, 5)), e(0, 2, rev: (10, 0)), e(0, 3, rev: (11, 0)), e(1, rev: (15, 1)),
        e(-1, rev: (15, 0), dim: (8, -1)), e(4, rev: (15, 4)), e(8, rev: (15, 8)), e(15, 4, rev: (15, 4)),
        e(4, rev: (15, 4)), e(0, 14, rev: (0, 14)), e(1, rev: (15, 1)),
    ]
    static let darkRich: [Entry] = [
        e(-1, rev: (16, 252), dim: (245, -1)), e(39, rev: (16, 39)), e(214, rev: (16, 214)), e(114, rev: (16, 114)),
        e(177, rev: (16, 177)), e(203, rev: (16, 203)),
        e(223, rev: (16, 223), dim: (180, -1)), e(75, rev: (16, 75)), e(245, rev: (16, 250), dim: (243, -1)), e(231, 24, rev: (231, 24)),
        e(153, rev: (16, 153)), e(220, rev: (16, 220)), e(196, rev: (231, 160)),
    ]
    static let lightRich: [Entry] = [
        e(-1, rev: (231, 238), dim: (242, -1)), e(25, rev: (231, 25)), e(130, rev: (231, 130)), e(28, rev: (231, 28)),
        e(91, rev: (231, 91)), e(160, rev: (231, 160)),
        e(94, rev: (231, 94), dim: (137, -1)), e(25, rev: (231, 25)), e(242, rev: (231, 242), dim: (245, -1)), e(231, 24, rev: (231, 24)),
        e(25, rev: (231, 25)), e(16, 229, rev: (16, 229)), e(160, rev: (231, 160)),
    ]

    static func table(_ colors: Palette.Colors, _ theme: Theme) -> [Entry] {
        switch (colors, theme) {
        case (.rich, .dark): darkRich
        case (.rich, .light): lightRich
        case (.sixteen, .dark): darkSixteen
        case (.sixteen, .light): lightSixteen
        case (_, .dark): darkEight
        case (_, .light): lightEight
        }
    }

    static func ink(_ role: ColorRole, _ variant: Palette.Variant, _ colors: Palette.Colors, _ theme: Theme) -> Ink {
        let t = table(colors, theme)
        let entry = t[Int(role.rawValue) % t.count]
        switch variant {
        case .plain: return entry.plain
        case .reversed: return entry.reversed
        case .dimmed: return entry.dimmed
        }
    }
}
