/// Which key does what: every action the keys can ask for, by the name the configuration gives it, with the keys
/// bound to it (several a key, as many as one likes). The help overlay and `docs/keys.md` list the same table.
struct KeyBindings: Equatable, Sendable {
    /// An action keys can be bound to: its configuration name, what it does (the help's words) and its keys.
    struct Entry: Equatable, Sendable {
        var name: String
        var action: Action
        var help: String
        var keys: [Key]
    }

    private(set) var entries: [Entry]
    private var byKey: [Key: Action]

    /// The bindings people already know from `less`, vim and newsboat.
    static let standard = KeyBindings(entries: [
        Entry(name: "quit", action: .quit, help: "quit · close an overlay, search or filter", keys: [.char("q")]),
        Entry(name: "close", action: .close, help: "close an overlay, search, filter or mark", keys: [.escape]),
        Entry(name: "help", action: .help, help: "this help", keys: [.char("?")]),
        Entry(name: "down", action: .down, help: "move down or scroll", keys: [.char("j"), .down]),
        Entry(name: "up", action: .up, help: "move up or scroll", keys: [.char("k"), .up]),
        Entry(name: "page-down", action: .pageDown, help: "page down (the text, from the list too)", keys: [.char(" "), .pageDown]),
        Entry(name: "page-up", action: .pageUp, help: "page up", keys: [.char("b"), .pageUp]),
        Entry(name: "top", action: .top, help: "to the top", keys: [.char("g"), .home]),
        Entry(name: "bottom", action: .bottom, help: "to the bottom", keys: [.char("G"), .end]),
        Entry(name: "focus-next", action: .focusNext, help: "focus the next pane", keys: [.tab, .char("l"), .right]),
        Entry(name: "focus-previous", action: .focusPrevious, help: "focus the previous pane", keys: [.backTab, .char("h"), .left]),
        Entry(name: "open", action: .open, help: "open the article · go to the timeline event", keys: [.enter]),
        Entry(name: "next-quote", action: .nextQuote, help: "next quote (on into the next article)", keys: [.char("]")]),
        Entry(name: "previous-quote", action: .previousQuote, help: "previous quote", keys: [.char("[")]),
        Entry(name: "next-speaker", action: .nextSpeaker, help: "next quote by another speaker", keys: [.char("}")]),
        Entry(name: "previous-speaker", action: .previousSpeaker, help: "previous quote by another speaker", keys: [.char("{")]),
        Entry(name: "speakers", action: .speakers, help: "speakers; Enter follows one's quotes", keys: [.char("S")]),
        Entry(name: "entities", action: .entities, help: "names in the article; Enter marks them", keys: [.char("e")]),
        Entry(name: "timeline", action: .timeline, help: "focus or show the timeline", keys: [.char("t")]),
        Entry(name: "search", action: .searchStart, help: "search the article as you type", keys: [.char("/")]),
        Entry(name: "next-match", action: .nextMatch, help: "next match or marked name", keys: [.char("n")]),
        Entry(name: "previous-match", action: .previousMatch, help: "previous match or marked name", keys: [.char("N")]),
        Entry(name: "redraw", action: .redraw, help: "paint the whole screen again", keys: [.redraw]),
    ])

    /// Actions the help shows on one line with their opposite: (first, second, what the two do).
    static let opposites: [(String, String, String)] = [
        ("down", "up", "move down / up, or scroll"),
        ("page-down", "page-up", "page down / up (the text, from the list too)"),
        ("top", "bottom", "to the top / bottom"),
        ("focus-next", "focus-previous", "focus the next / previous pane"),
        ("next-quote", "previous-quote", "next / previous quote (on into the next article)"),
        ("next-speaker", "previous-speaker", "next / previous quote by another speaker"),
        ("next-match", "previous-match", "next / previous match or marked name"),
    ]

    init(entries: [Entry]) {
        self.entries = entries
        byKey = [:]
        for e in entries { for k in e.keys { byKey[k] = e.action } }
    }

    /// The action `key` is bound to.
    func action(for key: Key) -> Action? { byKey[key] }

    /// The entry named `name` (`next-quote`).
    func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

    /// Binds `key` to the action named `name`, taking it from whatever it did before; false for no such action.
    mutating func bind(_ key: Key, to name: String) -> Bool {
        guard let i = entries.firstIndex(where: { $0.name == name }) else { return false }
        unbind(key)
        entries[i].keys.append(key)
        byKey[key] = entries[i].action
        return true
    }

    /// Makes `key` do nothing.
    mutating func unbind(_ key: Key) {
        for i in entries.indices { entries[i].keys.removeAll { $0 == key } }
        byKey[key] = nil
    }

    /// The keys of the action named `name`, as the help writes them (`] ·` for two).
    func keys(of name: String) -> String { entry(named: name).map { $0.keys.map(KeyName.label).joined(separator: " ") } ?? "" }
}

/// Key names as the configuration and the help write them: a character as itself, `Space`, `Tab`, `S-Tab`,
/// `Enter`, `Esc`, `Backspace`, `Up`, `Down`, `Left`, `Right`, `Home`, `End`, `PgUp`, `PgDn`, `C-l`.
enum KeyName {
    static let named: [(String, Key)] = [
        ("Space", .char(" ")), ("Tab", .tab), ("S-Tab", .backTab), ("Enter", .enter), ("Esc", .escape), ("Backspace", .backspace),
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right), ("Home", .home), ("End", .end),
        ("PgUp", .pageUp), ("PgDn", .pageDown), ("C-l", .redraw),
    ]

    /// The key a name means (names in any case: `space`, `ENTER`), or nil.
    static func key(_ name: String) -> Key? {
        if let k = named.first(where: { $0.0.lowercased() == name.lowercased() })?.1 { return k }
        guard name.count == 1, let c = name.first, !c.isWhitespace, c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return nil }
        return .char(c)
    }

    /// How the help writes a key (arrows as arrows).
    static func label(_ k: Key) -> String {
        switch k {
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .char(" "): "Space"
        case .char(let c): String(c)
        default: named.first(where: { $0.1 == k })?.0 ?? "?"
        }
    }
}
