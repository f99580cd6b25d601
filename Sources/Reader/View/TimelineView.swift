import Articles

/// The timeline pane: a date label per row, then each event as a one-line summary with its source marker.
enum TimelineView {
    struct Line: Sendable { var text: String; var isDate: Bool; var event: Int?; var caption: Bool; var sources: String }

    /// The timeline's lines: a date label, then its events (made once per corpus).
    static func lines(_ s: ReaderState, width: Int) -> [Line] { s.timelineLines.lines { make(s) }.lines }

    private static func make(_ s: ReaderState) -> [Line] {
        var out: [Line] = []
        var flat = 0
        var lastDate = ""
        for row in s.corpus.timeline {
            if row.date != lastDate {
                out.append(Line(text: DateLabel.of(row.date), isDate: true, event: nil, caption: false, sources: ""))
                lastDate = row.date
            }
            for ev in row.events {
                let summary = withoutDateline(ev.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
                out.append(Line(text: summary, isDate: false, event: flat, caption: ev.caption, sources: "[\(ev.article + 1)]"))
                flat += 1
            }
        }
        return out
    }

    /// An event's sentence without the dateline that opens a story (`WASHINGTON (Reuters) - `, `ERIE, Pa. — `):
    /// a one-line summary has no room for it, and the article is a key away.
    static func withoutDateline(_ text: String) -> String {
        let words = text.split(separator: " ", maxSplits: 8, omittingEmptySubsequences: true)
        guard let first = words.first, first.unicodeScalars.filter({ $0.properties.isUppercase }).count >= 2,
              first.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) else { return text }
        for (i, w) in words.enumerated().dropFirst() {
            if ["—", "–", "-", "--"].contains(w) {
                guard i + 1 < words.count else { return text }
                return words[(i + 1)...].joined(separator: " ")
            }
            // a dateline's words: capitals (`SAN FRANCISCO,`), a state (`Calif.,`), the agency (`(Reuters)`), a day
            // (`June 5`): nothing that begins in lower case
            if w.first?.isLowercase == true { return text }
        }
        return text
    }

    static func firstLine(_ s: ReaderState, lines: [Line], height: Int) -> Int {
        let lineOfEvent = s.timelineLines.lines { make(s) }.lineOfEvent
        guard lineOfEvent.indices.contains(s.timelineSelected) else { return 0 }
        let sel = lineOfEvent[s.timelineSelected]
        return max(0, min(sel - height / 2, lines.count - height))
    }

    static func draw(_ s: ReaderState, in r: Rect, grid g: inout Grid) {
        let ls = lines(s, width: r.width)
        let rows = r.height - 1
        if s.annotating && ls.isEmpty && rows > 0 {
            g.put(DisplayWidth.ellipsize("gathering dates…", r.width - 1), x: r.x + 1, y: r.y + 1, style: Style(role: .muted, dim: true))
            return
        }
        let first = firstLine(s, lines: ls, height: rows)
        for row in 0..<rows {
            let li = first + row
            guard li < ls.count else { break }
            let l = ls[li]
            let y = r.y + 1 + row
            if l.isDate {
                g.put(DisplayWidth.ellipsize(l.text, r.width - 1), x: r.x + 1, y: y, style: Style(role: .date, bold: true))
                continue
            }
            let selected = l.event == s.timelineSelected
            var st = Style(role: l.caption ? .muted : .normal, dim: l.caption)
            if selected { st = Style(role: .selection, bold: true, reverse: s.focus == .timeline) }
            g.fill(x: r.x + 1, y: y, width: r.width - 1, height: 1, style: st)
            let marker = l.caption ? "◦ " : "• "
            let src = " " + l.sources
            let avail = r.width - 3 - DisplayWidth.of(src)
            g.put(marker + DisplayWidth.ellipsize(l.text, avail), x: r.x + 1, y: y, style: st)
            var ss = st
            ss.role = selected ? .selection : .accent
            g.put(src, x: r.x + r.width - DisplayWidth.of(src), y: y, style: ss)
        }
    }
}
