import Articles

/// Boxes drawn over the panes: help, speakers, entities.
enum OverlayView {
    /// What the symbols on screen mean, for the help.
    static let symbols: [(String, String)] = [
        ("●", "an article not read yet"),
        ("3❝", "how many quotes an article has"),
        ("date?", "a date with ? after it: inferred from the text, not given"),
        ("• ◦", "a timeline event from the text · from a caption"),
        ("[n]", "which article a timeline event is from (its number in the list)"),
        ("▐", "the scroll bar: where you are in the article"),
        ("(6/13)", "in the status bar: the quote's number among the article's"),
    ]

    /// The help's lines for a box `width` columns wide inside: every key as bound, the mouse, the symbols, then
    /// the colours, each in its own look; long lines wrap under their description.
    static func helpLines(_ s: ReaderState, width: Int) -> [(String, Style)] {
        let keyColumn = 13
        let heading = Style(role: .accent, bold: true)
        var out = wrap("Keys (every one can be rebound: see docs/configuration.md)", width: width).map { ($0, heading) }
        func row(_ key: String, _ text: String, _ style: Style = .plain) {
            // keys too wide for their column stand on a line of their own, the words under them
            let alone = DisplayWidth.of(key) >= keyColumn
            if alone { out.append((key, style)) }
            let pad = max(1, keyColumn - DisplayWidth.of(key))
            for (i, line) in wrap(text, width: max(10, width - keyColumn)).enumerated() {
                out.append(((i == 0 && !alone ? key + String(repeating: " ", count: pad) : String(repeating: " ", count: keyColumn)) + line, style))
            }
        }
        // an action and its opposite on one line (`j ↓ / k ↑`), the rest one a line
        var done = Set<String>()
        for e in s.bindings.entries where !done.contains(e.name) {
            done.insert(e.name)
            let keys = e.keys.map(KeyName.label).joined(separator: " ")
            if let pair = KeyBindings.opposites.first(where: { $0.0 == e.name }), let other = s.bindings.entry(named: pair.1) {
                done.insert(other.name)
                let otherKeys = other.keys.map(KeyName.label).joined(separator: " ")
                if !keys.isEmpty || !otherKeys.isEmpty { row([keys, otherKeys].filter { !$0.isEmpty }.joined(separator: " / "), pair.2) }
            } else if !keys.isEmpty {
                row(keys, e.help)
            }
        }
        row("mouse", "a click selects · the wheel scrolls the article (set mouse no to select text)")
        row("", "in the help: \(s.bindings.keys(of: "down")) \(s.bindings.keys(of: "up")) \(s.bindings.keys(of: "page-down")) \(s.bindings.keys(of: "page-up")) scroll it, any other key closes it")
        out.append(("", .plain))
        out.append(("Symbols", Style(role: .accent, bold: true)))
        for (sym, text) in symbols { row(sym, text) }
        out.append(("", .plain))
        out.append(("Colours", Style(role: .accent, bold: true)))
        let legend: [(String, String, Style)] = [
            ("person", "a person's name", Style(role: .person, bold: true)),
            ("organisation", "a company, a body, a party", Style(role: .organization, bold: true)),
            ("place", "a country, a city, a nationality", Style(role: .place, bold: true)),
            ("date", "a date or a time", Style(role: .date, bold: true)),
            ("ticker", "a stock ticker", Style(role: .ticker, bold: true)),
            ("“quote”", "words someone is quoted saying", Style(role: .quote, bold: true)),
            ("“phrase”", "marked words nobody says (] [ skip them)", Style(role: .quote, dim: true)),
        ]
        for (name, text, st) in legend { row(name, text, st) }
        return out
    }

    /// Words of `text` on lines of at most `width` columns, broken as the article's paragraphs are (`LineBreaker`:
    /// a word longer than a line is cut).
    static func wrap(_ text: String, width: Int) -> [String] {
        let bytes = Array(text.utf8)
        var breaker = LineBreaker(width: width)
        GlyphScanner.forEach(bytes, ByteSpan(0, bytes.count)) { breaker.take($0, of: bytes) }
        let lines = breaker.finish(bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        return lines.isEmpty ? [""] : lines
    }

    /// The width inside the help's box on a screen `width` columns wide.
    static func helpWidth(_ screenWidth: Int) -> Int { max(10, min(screenWidth - 8, 92)) }

    static func draw(_ o: Overlay, _ s: ReaderState, _ g: inout Grid) {
        switch o {
        case .help(let top):
            // too short to show it all: the title says how to see the rest
            let lines = helpLines(s, width: helpWidth(s.width))
            let rows = helpRows(height: s.height, count: lines.count), last = max(0, lines.count - rows)
            let title = last == 0 ? "Help" : "Help \(min(top, last) + 1)–\(min(top, last) + rows) of \(lines.count) · \(s.bindings.keys(of: "down")) scrolls"
            box(title: title, lines: lines, selected: nil, s, &g, top: top, innerWidth: helpWidth(s.width))
        case .speakers(let sel):
            let list = SpeakerLines(s.corpus.speakers)
            box(title: "Speakers — Enter: their quotes", lines: list.lines.isEmpty ? [("no quoted speakers", .plain)] : list.lines,
                selected: list.line(ofSpeaker: sel), s, &g)
        case .entities(let sel):
            let groups = EntityGroups(article: s.article)
            let lines = groups.rows.map { r in (label(r.type) + "  \(r.name)  ×\(r.count)", Style.role(role(r.type))) }
            box(title: "Entities — Enter: mark mentions", lines: lines.isEmpty ? [("no entities", .plain)] : lines, selected: sel, s, &g)
        }
    }

    /// A six-column label for an entity type.
    static func label(_ t: EntityType) -> String {
        let names: [EntityType: String] = [.person: "person", .organization: "org", .place: "place", .ticker: "ticker",
                                           .nationality: "nation", .money: "money", .percent: "pct", .misc: "other"]
        let n = names[t] ?? t.rawValue
        return n + String(repeating: " ", count: max(0, 6 - n.count))
    }

    static func role(_ t: EntityType) -> ColorRole {
        switch t {
        case .person: return .person
        case .organization: return .organization
        case .place, .nationality: return .place
        case .ticker: return .ticker
        default: return .normal
        }
    }

    /// The help's rows of text inside its box, for `count` lines on a screen `height` rows high.
    static func helpRows(height: Int, count: Int) -> Int { max(1, min(height - 4, count + 2) - 2) }

    /// The last line the help can be scrolled to: its end then shows.
    static func maxHelpTop(_ s: ReaderState) -> Int {
        let count = helpLines(s, width: helpWidth(s.width)).count
        return max(0, count - helpRows(height: s.height, count: count))
    }

    /// A framed list over the panes, scrolled to keep `selected` in view, or to start at line `top`.
    static func box(title: String, lines: [(String, Style)], selected: Int?, _ s: ReaderState, _ g: inout Grid,
                    top: Int? = nil, innerWidth: Int? = nil) {
        let widest = innerWidth ?? (lines.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let w = min(s.width - 4, max(DisplayWidth.of(title) + 6, widest + 4))
        let h = min(s.height - 4, lines.count + 2)
        let x0 = (s.width - w) / 2, y0 = (s.height - h) / 2
        let frame = Style(role: .accent, bold: true)
        g.fill(x: x0, y: y0, width: w, height: h, style: .plain)
        g.put("╭" + String(repeating: "─", count: w - 2) + "╮", x: x0, y: y0, style: frame)
        g.put(" " + title + " ", x: x0 + 2, y: y0, style: frame, maxWidth: w - 4)
        for yy in (y0 + 1)..<(y0 + h - 1) {
            g.put("│", x: x0, y: yy, style: frame)
            g.put("│", x: x0 + w - 1, y: yy, style: frame)
        }
        g.put("╰" + String(repeating: "─", count: w - 2) + "╯", x: x0, y: y0 + h - 1, style: frame)
        let rows = h - 2
        let first = max(0, min(top ?? ((selected ?? 0) - rows / 2), lines.count - rows))
        for i in 0..<max(0, rows) {
            let li = first + i
            guard li < lines.count else { break }
            var st = lines[li].1
            if li == selected { st.reverse = true; st.bold = true; g.fill(x: x0 + 1, y: y0 + 1 + i, width: w - 2, height: 1, style: st) }
            g.put(lines[li].0, x: x0 + 2, y: y0 + 1 + i, style: st, maxWidth: w - 4)
        }
    }
}
