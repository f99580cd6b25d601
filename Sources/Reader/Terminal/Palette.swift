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

/// How styles look on a terminal: the colour of each role (from 256 colours, from 8, or none) and, without
/// colour, the attributes that stand in for it. The ncurses backend and the first-frame painter share it, so a
/// cell looks the same whichever of them painted it.
struct Palette: Equatable, Sendable {
    /// How many colours the terminal has to offer us.
    enum Colors: Sendable { case none, eight, rich }

    let colors: Colors

    init(colors: Colors) { self.colors = colors }

    /// The palette for a terminal that can set colours (`canColor`) from `count` of them, unless the user asks for
    /// none (`choice`). Both painters decide through here, so curses takes over a first frame only in its own colours.
    init(canColor: Bool, count: Int, choice: ColorChoice) {
        colors = choice.refusesColor || !canColor ? .none : count >= 256 ? .rich : .eight
    }

    /// Attributes and foreground colour (nil: the terminal's own) of one style.
    struct Look: Equatable, Sendable {
        var bold = false, underline = false, reverse = false, dim = false
        var color: Int16?
    }

    /// The foreground of a role as (256-colour, 8-colour) numbers; nil for text in the terminal's own colour.
    static func foreground(_ role: ColorRole) -> (rich: Int16, eight: Int16)? {
        // 8-colour numbers are the ANSI ones: 1 red, 2 green, 3 yellow, 4 blue, 5 magenta, 6 cyan, 7 white
        switch role {
        case .normal: nil
        case .person: (39, 6)
        case .organization: (214, 3)
        case .place: (114, 2)
        case .date: (177, 5)
        case .ticker: (203, 1)
        case .quote: (223, 7)
        case .accent: (75, 4)
        case .muted: (245, 7)
        case .bar: (67, 4)
        case .selection: (153, 6)
        case .mark: (220, 3)
        case .warning: (196, 1)
        }
    }

    /// The colour a role takes on this terminal.
    func color(_ role: ColorRole) -> Int16? {
        guard let f = Palette.foreground(role) else { return nil }
        switch colors {
        case .none: return nil
        case .eight: return f.eight
        case .rich: return f.rich
        }
    }

    func look(_ st: Style) -> Look {
        var l = Look(bold: st.bold, underline: st.underline, reverse: st.reverse, dim: st.dim, color: color(st.role))
        if colors == .none {
            // no colour: entities by underline, the quote being read and marks by bold
            switch st.role {
            case .person, .organization, .place, .ticker, .date: l.underline = true
            case .mark, .selection: l.bold = true
            default: break
            }
        }
        return l
    }
}
