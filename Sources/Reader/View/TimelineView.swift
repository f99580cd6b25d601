import Articles

/// The timeline pane: a date label per row, then each event as a one-line summary with its source marker.
enum TimelineView {
    /// A date label (its text), or an event (where it is in the timeline: its summary is made when it is drawn,
    /// from its article, so that tens of thousands of sentences are not held twice over).
    struct Line: Sendable { var text: String; var isDate: Bool; var event: Int?; var caption: Bool; var sources: String; var row = 0, index = 0 }

    /// The timeline's lines: a date label, then its events (made once per corpus).
    static func lines(_ s: ReaderState, width: Int) -> [Line] { s.timelineLines.lines { make(s) }.lines }

    private static func make(_ s: ReaderState) -> [Line] {
        var out: [Line] = []
        var flat = 0
        var lastDate = ""
        for (ri, row) in s.corpus.timeline.enumerated() {
            if row.date != lastDate {
                out.append(Line(text: DateLabel.of(row.date), isDate: true, event: nil, caption: false, sources: ""))
                lastDate = row.date
            }
            for (ei, ev) in row.events.enumerated() {
                out.append(Line(text: "", isDate: false, event: flat, caption: ev.caption, sources: "[\(ev.article + 1)]", row: ri, index: ei))
                flat += 1
            }
        }
        return out
    }

    /// An event line's one-line summary: its sentence on one line, without the dateline that opens a story.
    static func summary(_ s: ReaderState, _ l: Line) -> String {
        guard !l.isDate, s.corpus.timeline.indices.contains(l.row), s.corpus.timeline[l.row].events.indices.contains(l.index) else { return l.text }
        let e = s.corpus.timeline[l.row].events[l.index]
        guard s.corpus.articles.indices.contains(e.article) else { return "" }
        let a = s.corpus.articles[e.article]
        // made for each row drawn, so cheaply: no more of the sentence than a pane could show, and its spaces
        // collapsed as bytes when it is ASCII (most are), as characters otherwise
        var end = min(e.span.end, e.span.start + 1_000, a.bytes.count)
        while end > e.span.start && end < e.span.end && a.bytes[end] & 0xC0 == 0x80 { end -= 1 }
        let bytes = a.bytes[max(0, min(e.span.start, end))..<end]
        if bytes.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var space = false
            for b in bytes {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { space = !out.isEmpty; continue }
                if space { out.append(0x20); space = false }
                out.append(b)
            }
            return withoutDateline(String(decoding: out, as: UTF8.self))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return withoutDateline(text.onOneLine)
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
            g.put(marker + DisplayWidth.ellipsize(summary(s, l), avail), x: r.x + 1, y: y, style: st)
            var ss = st
            ss.role = selected ? .selection : .accent
            g.put(src, x: r.x + r.width - DisplayWidth.of(src), y: y, style: ss)
        }
    }
}
