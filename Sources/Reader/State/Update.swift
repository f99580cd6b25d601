import Articles

/// The reader's only way to change: a pure function of the state and an action.
enum Update {
    static func apply(_ action: Action, to s0: ReaderState) -> ReaderState {
        var s = s0
        s.message = nil
        // nothing but a message is on the screen: keys that would act unseen are left alone (see `KeyMap`)
        if layout(s).tooSmall && !Update.actsWhenTooSmall(action) { return s }
        if let overlay = s.overlay, handleOverlay(overlay, action, &s) { return s }
        if s.annotating && needsAnnotations(action) {
            s.message = "still finding quotes and names — a moment"
            return s
        }
        switch action {
        case .none, .redraw: break
        case .quit: s.quitting = true
        case .help: s.overlay = .help(top: 0)
        case .close:
            if s.search != nil { s.search = nil }
            else if s.speakerFilter != nil { s.speakerFilter = nil; s.message = "showing every speaker's quotes" }
            else if s.markedEntity != nil { s.markedEntity = nil }
            else { s.marked = nil }
        case .resize(let w, let h):
            s.width = w; s.height = h
            // the help, wrapped anew for the size, keeps a place it can show
            if case .help(let top)? = s.overlay { s.overlay = .help(top: min(top, OverlayView.maxHelpTop(s))) }
        case .down: move(&s, 1)
        case .up: move(&s, -1)
        case .pageDown, .pageUp:
            // Space pages the text, as in `less`, wherever the focus is, while the text is in view: a newcomer's
            // first Space on the list should read on, not open another article (j and k move in the list)
            let focus = s.focus
            if focus == .articles && layout(s).visible.contains(.article) { s.focus = .article }
            move(&s, (action == .pageDown ? 1 : -1) * max(1, viewHeight(s) - 2))
            s.focus = focus
        case .top: move(&s, Int.min / 2)
        case .bottom: move(&s, Int.max / 2)
        case .focusNext, .focusPrevious:
            let panes: [Pane] = layout(s).visible.count >= 2 ? layout(s).visible : [.articles, .article, .timeline]
            let i = panes.firstIndex(of: s.focus) ?? 0
            s.focus = panes[(i + (action == .focusNext ? 1 : panes.count - 1)) % panes.count]
        case .open:
            switch s.focus {
            case .articles: if s.corpus.articles.isEmpty { s.message = "no articles" } else { s.focus = .article }
            case .timeline: openEvent(&s)
            case .article: break
            }
        case .timeline:
            if s.width >= 80 && s.width < 120 { s.showTimeline.toggle(); s.focus = s.showTimeline ? .timeline : .article }
            else { s.focus = .timeline }
        case .nextQuote: stepQuote(&s, forward: true, newSpeaker: false)
        case .previousQuote: stepQuote(&s, forward: false, newSpeaker: false)
        case .nextSpeaker: stepQuote(&s, forward: true, newSpeaker: true)
        case .previousSpeaker: stepQuote(&s, forward: false, newSpeaker: true)
        case .speakers: s.overlay = .speakers(selected: 0)
        case .entities: s.overlay = .entities(selected: 0)
        case .searchStart: s.search = Search(query: "", editing: true, current: nil); s.focus = .article
        case .searchType(let c):
            s.search?.query.append(c)
            findMatch(&s, from: s.anchor, forward: true)
        case .searchErase:
            if s.search?.query.isEmpty == false { s.search?.query.removeLast() }
            findMatch(&s, from: s.anchor, forward: true)
        case .searchCommit: s.search?.editing = false
        case .nextMatch, .previousMatch:
            let forward = action == .nextMatch
            if let name = s.markedEntity { stepEntity(&s, name, forward: forward) }
            else if let m = s.search?.current { findMatch(&s, from: forward ? m + 1 : m - 1, forward: forward) }
            else if let q = s.search?.query, !q.isEmpty { s.message = "not found: \(q)" }
            else { s.message = "nothing to step through — / to search, e to mark an entity" }
        case .click(let x, let y): click(&s, x, y)
        case .wheel(let d): if s.focus != .article { s.focus = .article }; move(&s, d * 3)
        }
        return s
    }

    /// What a key may still do while the screen is too small to show anything but that: quit, follow the
    /// terminal's size, redraw. Anything else would change what cannot be seen (a search typed into unseen).
    static func actsWhenTooSmall(_ action: Action) -> Bool {
        switch action {
        case .quit, .resize, .redraw: return true
        default: return false
        }
    }

    /// Overlays of the corpus's speakers and names, which exist only once the corpus is annotated (quote keys step
    /// through the open article's quotes meanwhile: `stepQuote`).
    static func needsAnnotations(_ action: Action) -> Bool {
        switch action {
        case .speakers, .entities: return true
        default: return false
        }
    }

    // MARK: - Geometry

    static func layout(_ s: ReaderState) -> PaneLayout {
        PaneLayout(width: s.width, height: s.height, focus: s.focus, showTimeline: s.showTimeline, timelineWidth: s.timelineWidth)
    }

    /// Rows of text in the article pane (below its header).
    static func viewHeight(_ s: ReaderState) -> Int { max(1, (layout(s).article?.height ?? s.height - 2) - 1) }

    static func articleLayout(_ s: ReaderState) -> ArticleLayout {
        s.layout(width: (layout(s).article?.width ?? s.width) - 2)
    }

    // MARK: - Moving

    static func move(_ s: inout ReaderState, _ delta: Int) {
        switch s.focus {
        case .articles:
            let n = s.corpus.articles.count
            guard n > 0 else { s.message = "no articles"; return }
            let target = max(0, min(n - 1, delta == Int.min / 2 ? 0 : delta == Int.max / 2 ? n - 1 : s.selected + (abs(delta) > 1 && abs(delta) < 1000 ? delta.signum() * 5 : delta)))
            select(&s, target)
        case .article:
            let lay = articleLayout(s)
            let current = lay.line(containing: s.anchor)
            let maxTop = max(0, lay.lines.count - viewHeight(s))
            var line = max(0, min(maxTop, current + max(-lay.lines.count, min(lay.lines.count, delta))))
            // lines the reader adds (metadata, blanks) share the offset before them: step past them
            while delta > 0 && line < maxTop && line > current && lay.lines[line].offset <= s.anchor && s.anchor > 0 { line += 1 }
            while delta > 0 && line < maxTop && s.anchor == 0 && line > 0 && lay.lines[line].offset == 0 { line += 1 }
            s.anchor = line == 0 ? 0 : lay.lines[line].offset
        case .timeline:
            let n = s.events.count
            guard n > 0 else { s.message = s.annotating ? "still gathering dates — a moment" : "no dated events"; return }
            let step = abs(delta) > 1 && abs(delta) < 1000 ? delta.signum() * 8 : delta
            s.timelineSelected = max(0, min(n - 1, delta == Int.min / 2 ? 0 : delta == Int.max / 2 ? n - 1 : s.timelineSelected + step))
        }
    }

    static func select(_ s: inout ReaderState, _ i: Int) {
        guard i != s.selected else { return }
        s.selected = i
        s.anchor = 0
        if s.read.indices.contains(i) { s.read[i] = true }
        s.search = nil
        s.markedEntity = nil
    }

    /// Shows `offset` in the article pane, a third of the way down.
    static func reveal(_ s: inout ReaderState, _ offset: Int) {
        let lay = articleLayout(s)
        let line = lay.line(containing: offset)
        let top = max(0, min(line - viewHeight(s) / 3, lay.lines.count - viewHeight(s)))
        s.anchor = top <= 0 ? 0 : lay.lines[top].offset
    }

    // MARK: - Quotes

    /// The position reading starts from when no quote is current: the top of the article on screen.
    static func stepQuote(_ s: inout ReaderState, forward: Bool, newSpeaker: Bool) {
        // A walk from the current quote (or the reading position) to the first that qualifies, not a filter of
        // every quote of the corpus: tens of thousands of them made each key cost milliseconds. The quotes are in
        // the order of their articles, and of their place in each.
        let quotes = s.quotes
        // while the corpus is annotated only the open article's quotes are known (annotated alone): stepping stays
        // in it rather than passing over articles whose quotes are not found yet
        let range = s.annotating ? s.quoteIndices(of: s.selected) : 0..<quotes.count
        if s.annotating && range.isEmpty { s.message = "still finding quotes and names — a moment"; return }
        guard !quotes.isEmpty else { s.message = "no quotes"; return }
        let currentIndex = s.currentQuote.flatMap { c in s.quoteIndices(of: c.article).first { quotes[$0] == c } }
        let currentSpeaker = s.currentQuote.map { s.quote($0).speaker } ?? nil
        var i: Int
        if let ci = currentIndex {
            i = forward ? ci + 1 : ci - 1
        } else {
            // from the reading position in the current article: its first quote at or after it, or (backward)
            // its last one before it
            let here = s.quoteIndices(of: s.selected)
            if forward {
                i = here.lowerBound
                while i < here.upperBound, s.quote(quotes[i]).span.start < s.anchor { i += 1 }
            } else {
                i = here.upperBound - 1
                while i >= here.lowerBound, s.quote(quotes[i]).span.start >= s.anchor { i -= 1 }
            }
        }
        var anyCandidate = false
        while range.contains(i) {
            let q = s.quote(quotes[i])
            if s.speakerFilter.map({ $0.said(q) }) ?? true {
                anyCandidate = true
                if !newSpeaker { goTo(&s, quotes[i]); return }
                if let sp = q.speaker, currentIndex == nil || sp != currentSpeaker { goTo(&s, quotes[i]); return }
            }
            i += forward ? 1 : -1
        }
        if !anyCandidate, s.speakerFilter.map({ f in !quotes.contains { f.said(s.quote($0)) } }) ?? false {
            s.message = "no quotes"
            return
        }
        if s.annotating {
            s.message = (forward ? "no more quotes" : "no earlier quotes") + " here yet — annotating the others"
            return
        }
        s.message = forward ? "no more quotes" : "no earlier quotes"
    }

    static func goTo(_ s: inout ReaderState, _ r: QuoteRef) {
        if r.article != s.selected { select(&s, r.article) }
        s.currentQuote = r
        s.focus = .article
        reveal(&s, s.quote(r).span.start)
    }

    // MARK: - Timeline

    static func openEvent(_ s: inout ReaderState) {
        guard s.events.indices.contains(s.timelineSelected) else {
            s.message = s.annotating ? "still gathering dates — a moment" : "no dated events"
            return
        }
        let (ri, ei) = s.events[s.timelineSelected]
        let ev = s.corpus.timeline[ri].events[ei]
        select(&s, ev.article)
        s.marked = (ev.article, ev.span)
        s.currentQuote = nil
        s.focus = .article
        reveal(&s, ev.span.start)
    }

    // MARK: - Search and entity marks

    /// Finds the search's next match from `from` (wrapping at the end), case-insensitively for ASCII letters, and
    /// shows it. Scans the article's bytes in place and stops at the first match: a key in a search of a long
    /// article costs a pass over it at most, with nothing copied.
    static func findMatch(_ s: inout ReaderState, from: Int, forward: Bool) {
        guard let q = s.search?.query, !q.isEmpty else { s.search?.current = nil; return }
        let needle = Array(q.lowercased().utf8)
        let hit = s.article.bytes.withUnsafeBufferPointer { hay -> Int? in
            let last = hay.count - needle.count
            guard last >= 0 else { return nil }
            func matches(_ i: Int) -> Bool {
                for k in 0..<needle.count {
                    var b = hay[i + k]
                    if b >= 0x41 && b <= 0x5A { b += 32 }
                    if b != needle[k] { return false }
                }
                return true
            }
            // past either end, the search wraps to the other
            let start = forward ? (from > last ? 0 : max(0, from)) : (from < 0 ? last : min(last, from))
            if forward {
                for i in start...last where matches(i) { return i }
                for i in 0..<start where matches(i) { return i }
            } else {
                for i in stride(from: start, through: 0, by: -1) where matches(i) { return i }
                for i in stride(from: last, to: start, by: -1) where matches(i) { return i }
            }
            return nil
        }
        guard let pick = hit else { s.search?.current = nil; s.message = "not found: \(q)"; return }
        s.search?.current = pick
        reveal(&s, pick)
    }

    static func stepEntity(_ s: inout ReaderState, _ name: String, forward: Bool) {
        let mentions = s.article.entities.filter { $0.canonical == name }.map { $0.span.start }
        guard !mentions.isEmpty else { s.message = "no mention of \(name) in this article"; return }
        let here = s.marked.flatMap { $0.article == s.selected ? $0.span.start : nil } ?? s.anchor - 1
        let pick = forward ? (mentions.first { $0 > here } ?? mentions[0]) : (mentions.last { $0 < here } ?? mentions[mentions.count - 1])
        if let e = s.article.entities.first(where: { $0.canonical == name && $0.span.start == pick }) { s.marked = (s.selected, e.span) }
        reveal(&s, pick)
    }

    // MARK: - Overlays

    /// Keys inside an overlay; returns true when the overlay handled the action.
    static func handleOverlay(_ overlay: Overlay, _ action: Action, _ s: inout ReaderState) -> Bool {
        switch action {
        case .resize, .quit, .redraw: return false
        case .close, .help:
            s.overlay = nil
            return true
        default: break
        }
        switch overlay {
        case .help(let top):
            // the help scrolls when the terminal is too short for it; any other key closes it
            let count = OverlayView.helpLines(s, width: OverlayView.helpWidth(s.width)).count
            let rows = OverlayView.helpRows(height: s.height, count: count), last = max(0, count - rows)
            let scrolls: Bool
            switch action {
            case .down, .up, .pageDown, .pageUp, .top, .bottom, .wheel: scrolls = last > 0
            default: scrolls = false
            }
            // all of it shown, any key closes it (Space as much as q)
            if scrolls { s.overlay = .help(top: clampedStep(top, action, count: last + 1, page: rows)) }
            else { s.overlay = nil }
            return true
        case .speakers(let sel):
            let n = s.corpus.speakers.count
            switch action {
            case .down, .up, .pageDown, .pageUp, .top, .bottom:
                guard n > 0 else { s.message = "no quoted speakers"; return true }
                s.overlay = .speakers(selected: clampedStep(sel, action, count: n, page: max(1, s.height - 6)))
            case .open:
                guard s.corpus.speakers.indices.contains(sel) else { s.message = "no quoted speakers"; return true }
                let speaker = s.corpus.speakers[sel]
                s.overlay = nil
                s.speakerFilter = speaker
                s.currentQuote = nil
                if let first = s.quotes.first(where: { speaker.said(s.quote($0)) }) { goTo(&s, first) }
                s.message = "quotes by \(SpeakerLines.label(speaker)) — ] [ step, Esc shows all"
            default: break
            }
            return true
        case .entities(let sel):
            let groups = EntityGroups(article: s.article)
            let n = groups.rows.count
            switch action {
            case .down, .up, .pageDown, .pageUp, .top, .bottom:
                guard n > 0 else { s.message = "no names in this article"; return true }
                s.overlay = .entities(selected: clampedStep(sel, action, count: n, page: max(1, s.height - 6)))
            case .open:
                guard groups.rows.indices.contains(sel) else { s.message = "no names in this article"; return true }
                let name = groups.rows[sel].name
                s.overlay = nil
                s.markedEntity = name
                s.marked = nil
                s.focus = .article
                stepEntity(&s, name, forward: true)
                s.message = "\(name) — n/N next/previous mention, Esc clears"
            default: break
            }
            return true
        }
    }

    /// A list selection moved by a key, always within `0..<count` (0 for an empty list).
    static func clampedStep(_ i: Int, _ action: Action, count: Int, page: Int) -> Int {
        let next: Int
        switch action {
        case .down: next = i + 1
        case .up: next = i - 1
        case .pageDown: next = i + page
        case .pageUp: next = i - page
        case .top: next = 0
        case .bottom: next = count - 1
        case .wheel(let d): next = i + d * 3
        default: next = i
        }
        return max(0, min(count - 1, next))
    }

    // MARK: - Mouse

    static func click(_ s: inout ReaderState, _ x: Int, _ y: Int) {
        let l = layout(s)
        if let r = l.articles, r.contains(x: x, y: y) {
            s.focus = .articles
            // the list is scrolled to keep the selection in view: a row shows the article the scroll puts there
            let row = y - r.y - 1 + ArticlesListView.scroll(s, r)
            let idx = row / ArticlesListView.rowHeight
            if y > r.y && s.corpus.articles.indices.contains(idx) { select(&s, idx) }
        } else if let r = l.article, r.contains(x: x, y: y) {
            s.focus = .article
        } else if let r = l.timeline, r.contains(x: x, y: y) {
            s.focus = .timeline
            let lines = TimelineView.lines(s, width: r.width)
            let first = TimelineView.firstLine(s, lines: lines, height: r.height - 1)
            let li = first + (y - r.y - 1)
            if li >= 0 && li < lines.count, let ev = lines[li].event { s.timelineSelected = ev }
        }
    }
}
