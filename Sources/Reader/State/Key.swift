/// A key press or mouse event, decoded by the terminal backend.
enum Key: Hashable, Sendable {
    case char(Character)
    case up, down, left, right, home, end, pageUp, pageDown, tab, backTab, enter, escape, backspace
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case wheel(Int)
    case interrupt
    /// Ctrl-L: the screen is to be painted again.
    case redraw
}
