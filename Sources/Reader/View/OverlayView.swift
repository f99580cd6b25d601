import Articles

/// Boxes drawn over the panes: help, speakers, entities.
enum OverlayView {
    static let help: [String] = [
        "q / Esc      quit · close an overlay, search or filter",
        "j k ↓ ↑      move or scroll      g G Home End  top / bottom",
        "Space b      page down / up      PgDn PgUp     page down / up",
        "Tab ⇧Tab h l focus next / previous pane",
        "Enter        open article · jump to timeline event",
        "] [          next / previous quote (on into the next article)",
        "             (a dimmed “phrase” is marked, nobody says it: skipped)",
        "} {          next / previous quote by a different speaker",
        "S            speakers, then descriptions; Enter follows one's quotes",
        "e            entities of this article; Enter marks, n N step",
        "t            timeline          / n N   search, next / previous",
        "mouse        a click selects · the wheel scrolls the article",
        "Ctrl-L       paint the whole screen again",
        "",
    ]

    static func draw(_ o: Overlay, _ s: ReaderState, _ g: inout Grid) {
        switch o {
        case .help(let top):
            // too short to show it all: the title says how to see the rest
            let rows = helpRows(height: s.height), last = maxHelpTop(height: s.height)
            let title = last == 0 ? "Help" : "Help — j k scroll · \(min(top, last) + 1)–\(min(top, last) + rows) of \(help.count)"
            box(title: title, lines: help.map { ($0, Style.plain) }, selected: nil, s, &g, legend: true, top: top)
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

    /// The help's rows of text inside its box on a screen `height` rows high.
    static func helpRows(height: Int) -> Int { max(0, min(height - 4, help.count + 3) - 3) }

    /// The last line the help can be scrolled to on a screen `height` rows high: its end then shows.
    static func maxHelpTop(height: Int) -> Int { max(0, help.count - helpRows(height: height)) }

    /// A framed list over the panes, scrolled to keep `selected` in view, or to start at line `top`.
    static func box(title: String, lines: [(String, Style)], selected: Int?, _ s: ReaderState, _ g: inout Grid, legend: Bool = false,
                    top: Int? = nil) {
        // the legend: each kind of mark in its own look, after a plain label (a plain list of them said nothing more)
        let legendItems: [(String, Style)] = [("person", Style(role: .person, bold: true)), ("organisation", Style(role: .organization, bold: true)),
                                              ("place", Style(role: .place, bold: true)), ("date", Style(role: .date, bold: true)),
                                              ("ticker", Style(role: .ticker, bold: true)), ("“quote”", Style(role: .quote, bold: true)),
                                              ("“phrase”", Style(role: .quote, dim: true))]
        let legendWidth = legend ? DisplayWidth.of("Colours  ") + legendItems.map { DisplayWidth.of($0.0) + 2 }.reduce(0, +) - 2 : 0
        let w = min(s.width - 4, max(DisplayWidth.of(title) + 6, (lines.map { DisplayWidth.of($0.0) }.max() ?? 0) + 4, legendWidth + 4))
        let h = min(s.height - 4, lines.count + 2 + (legend ? 1 : 0))
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
        let rows = h - 2 - (legend ? 1 : 0)
        let first = max(0, min(top ?? ((selected ?? 0) - rows / 2), lines.count - rows))
        for i in 0..<max(0, rows) {
            let li = first + i
            guard li < lines.count else { break }
            var st = lines[li].1
            if li == selected { st.reverse = true; st.bold = true; g.fill(x: x0 + 1, y: y0 + 1 + i, width: w - 2, height: 1, style: st) }
            g.put(lines[li].0, x: x0 + 2, y: y0 + 1 + i, style: st, maxWidth: w - 4)
        }
        if legend {
            var x = x0 + 2
            let y = y0 + h - 2
            x += g.put("Colours  ", x: x, y: y, style: .plain, maxWidth: x0 + w - 2 - x)
            for (name, st) in legendItems {
                x += g.put(name, x: x, y: y, style: st, maxWidth: x0 + w - 2 - x)
                x += g.put("  ", x: x, y: y, style: .plain, maxWidth: x0 + w - 2 - x)
            }
        }
    }
}
