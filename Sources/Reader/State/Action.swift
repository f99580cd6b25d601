/// What the reader does, independent of which key asked for it.
enum Action: Hashable, Sendable {
    case quit, help, close
    /// Paints the whole screen again, whatever the terminal shows now (Ctrl-L).
    case redraw
    case down, up, top, bottom, pageDown, pageUp
    case focusNext, focusPrevious
    case open
    case nextQuote, previousQuote, nextSpeaker, previousSpeaker
    case speakers, entities, timeline
    case searchStart, searchType(Character), searchErase, searchCommit
    case nextMatch, previousMatch
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int), wheel(Int)
    case none
}
