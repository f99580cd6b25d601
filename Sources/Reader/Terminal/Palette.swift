#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether to colour the screen: `--color=auto|always|never`. `auto` follows the terminal and `NO_COLOR`;
/// `always` colours a terminal that can, even under `NO_COLOR` (an option given outranks the environment).
enum ColorChoice: String, Sendable {
    case auto, always, never

    /// Whether no colour is wanted: `never`, or `auto` with `NO_COLOR` set and not empty.
    var refusesColor: Bool {
        switch self {
        case .never: true
        case .always: false
        case .auto: getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        }
    }
}

/// What decides the colours: the user's choice, the background, and the configuration's colours.
struct ColorSettings: Equatable, Sendable {
    var choice: ColorChoice = .auto
    var theme: Theme = .dark
    var overrides: [ColorRole: Ink] = [:]
    var emphasis: [ColorRole: Emphasis] = [:]
}

/// Whether the terminal's background is dark or light: the colours that read on one vanish on the other.
enum Theme: String, Sendable, CaseIterable {
    case dark, light
}

/// A foreground and a background colour (terminal colour numbers; -1 the terminal's own).
struct Ink: Hashable, Sendable {
    var fg: Int16
    var bg: Int16 = -1

    static let terminal = Ink(fg: -1)
}

/// Attributes a configuration adds to an element's look (`color person blue default bold`).
struct Emphasis: Hashable, Sendable {
    var bold = false, underline = false
}

/// How styles look on a terminal: for each role, the colours of its text as it stands, reversed (the quote being
/// read, a selection, the bars) and dimmed (a caption, a phrase nobody says), chosen per number of colours and per
/// background so that every character keeps a contrast of 3:1 or more with what is behind it (`PaletteTests`
/// checks each pair against xterm's colours, bold ones brightened as xterm shows them). Without colour,
/// attributes stand in. The ncurses backend and the first-frame painter share it, so a cell looks the same
/// whichever of them painted it.
struct Palette: Equatable, Sendable {
    /// How many colours the terminal has to offer us.
    enum Colors: Sendable { case none, eight, sixteen, rich }

    let colors: Colors
    let theme: Theme
    /// Each role's inks as it stands, reversed and dimmed (`Variant` order), whether the configuration set its
    /// colours (`color person blue default`), and the attributes it adds: made once, as both painters ask for a
    /// look at every change of style, blanks included.
    private let roleInks: [Ink]
    private let roleOverridden: [Bool]
    private let roleEmphasis: [Emphasis]

    init(colors: Colors, theme: Theme = .dark, overrides: [ColorRole: Ink] = [:], emphasis: [ColorRole: Emphasis] = [:]) {
        self.colors = colors
        self.theme = theme
        let overrides = colors == .none ? [:] : overrides
        roleInks = ColorRole.allCases.flatMap { role in
            Variant.allCases.map { Palette.ink(role, $0, colors: colors, theme: theme, override: overrides[role]) }
        }
        roleOverridden = ColorRole.allCases.map { overrides[$0] != nil }
        roleEmphasis = ColorRole.allCases.map { emphasis[$0] ?? Emphasis() }
    }

    /// The palette for a terminal that can set colours (`canColor`) from `count` of them, unless the user asks for
    /// none (`choice`). Both painters decide through here, so curses takes over a first frame only in its own colours.
    init(canColor: Bool, count: Int, settings: ColorSettings) {
        let colors: Colors = settings.choice.refusesColor || !canColor ? .none : count >= 256 ? .rich : count >= 16 ? .sixteen : .eight
        // a colour of the configuration's that the terminal does not have is left to the palette
        let limit: Int16 = colors == .rich ? 256 : colors == .sixteen ? 16 : 8
        let fitting = settings.overrides.filter { $0.value.fg < limit && $0.value.bg < limit }
        self.init(colors: colors, theme: settings.theme, overrides: fitting, emphasis: settings.emphasis)
    }

    /// Attributes and colours (nil: the terminal's own) of one style.
    struct Look: Equatable, Sendable {
        var bold = false, underline = false, reverse = false, dim = false
        var color: Int16?
        var background: Int16?

        /// Whether a blank in this look shows: reverse video, underline or a background colour.
        var showsBlank: Bool { reverse || underline || background != nil }
    }

    /// How a style is drawn: as it stands, reversed or dimmed (reversed wins: the quote being read stands out
    /// whatever is in it).
    enum Variant: Int, Sendable, CaseIterable { case plain, reversed, dimmed }

    static func variant(_ st: Style) -> Variant { st.reverse ? .reversed : st.dim ? .dimmed : .plain }

    /// The colours of `role` drawn as `variant` on this terminal; the terminal's own without colour.
    func ink(_ role: ColorRole, _ variant: Variant) -> Ink {
        roleInks[Int(role.rawValue) * Variant.allCases.count + variant.rawValue]
    }

    /// `ink` worked out: the configuration's colour (reversed by swapping it onto the background), else the table's.
    private static func ink(_ role: ColorRole, _ variant: Variant, colors: Colors, theme: Theme, override: Ink?) -> Ink {
        guard colors != .none else { return .terminal }
        if let o = override {
            // a colour of one's own, reversed by swapping it onto the background
            return variant == .reversed ? Ink(fg: o.bg >= 0 ? o.bg : theme == .dark ? 0 : 15, bg: o.fg >= 0 ? o.fg : theme == .dark ? 7 : 0) : o
        }
        return PaletteTable.ink(role, variant, colors, theme)
    }

    func look(_ st: Style) -> Look {
        var l = Look(bold: st.bold, underline: st.underline, reverse: st.reverse, dim: st.dim)
        let e = roleEmphasis[Int(st.role.rawValue)]
        l.bold = l.bold || e.bold
        l.underline = l.underline || e.underline
        guard colors != .none else {
            // no colour: entities by underline, the quote being read and marks by bold
            switch st.role {
            case .person, .organization, .place, .ticker, .date: l.underline = true
            case .mark, .selection: l.bold = true
            default: break
            }
            return l
        }
        // with colour, reversed and dimmed cells get colours of their own: reverse video of a colour on the
        // terminal's background, and the terminal's faint, are what fell below the contrast the screen needs
        let ink = ink(st.role, Palette.variant(st))
        l.reverse = false
        l.dim = false
        l.color = ink.fg >= 0 ? ink.fg : nil
        l.background = ink.bg >= 0 ? ink.bg : nil
        // xterm shows bold text of the first eight colours in their bright forms: bold black turns grey, and
        // grey on a colour is unreadable (the 256-colour numbers are not brightened)
        if ink.fg == 0 && colors != .rich && !roleOverridden[Int(st.role.rawValue)] { l.bold = false }
        return l
    }

    /// Every pair of colours the palette can give, each once, in a fixed order: curses' colour pairs are their
    /// places here plus one (pair 0 is the terminal's own colours).
    var inks: [Ink] {
        var out: [Ink] = []
        for role in ColorRole.allCases {
            for v in Variant.allCases {
                let i = ink(role, v)
                if i != .terminal && !out.contains(i) { out.append(i) }
            }
        }
        return out
    }
}
