/// A rectangle on the screen.
struct Rect: Hashable, Sendable {
    var x: Int, y: Int, width: Int, height: Int
    func contains(x px: Int, y py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }
}

/// Where each pane goes for a screen size: three panes from 120 columns, the timeline on demand from 80,
/// one pane at a time below that, and nothing but a message below 40×10.
struct PaneLayout: Equatable, Sendable {
    var articles: Rect?
    var article: Rect?
    var timeline: Rect?
    var tooSmall: Bool

    static let minWidth = 40, minHeight = 10

    init(width: Int, height: Int, focus: Pane, showTimeline: Bool, timelineWidth: Int? = nil) {
        tooSmall = width < PaneLayout.minWidth || height < PaneLayout.minHeight
        guard !tooSmall else { return }
        // row 0: title bar; last row: status bar; each pane has a header row inside its rect
        let top = 1, h = height - 2
        if width >= 120 {
            let left = min(36, max(28, width / 5))
            // a configured width, as long as the article keeps 40 columns
            let right = timelineWidth.map { max(20, min($0, width - left - 42)) } ?? min(46, max(34, width / 4))
            articles = Rect(x: 0, y: top, width: left, height: h)
            article = Rect(x: left + 1, y: top, width: width - left - right - 2, height: h)
            timeline = Rect(x: width - right, y: top, width: right, height: h)
        } else if width >= 80 {
            if showTimeline || focus == .timeline {
                let right = max(30, width * 2 / 5)
                article = Rect(x: 0, y: top, width: width - right - 1, height: h)
                timeline = Rect(x: width - right, y: top, width: right, height: h)
            } else {
                let left = 26
                articles = Rect(x: 0, y: top, width: left, height: h)
                article = Rect(x: left + 1, y: top, width: width - left - 1, height: h)
            }
        } else {
            let full = Rect(x: 0, y: top, width: width, height: h)
            switch focus {
            case .articles: articles = full
            case .article: article = full
            case .timeline: timeline = full
            }
        }
    }

    /// The panes shown, in focus order.
    var visible: [Pane] {
        [articles != nil ? Pane.articles : nil, article != nil ? .article : nil, timeline != nil ? .timeline : nil].compactMap { $0 }
    }
}
