/// Decodes keys into actions; while a search is being typed, printable keys are its text.
enum KeyMap {
    static func action(for key: Key, in state: ReaderState) -> Action {
        if key == .redraw { return .redraw }
        if Update.layout(state).tooSmall {
            // only the size message is on the screen: q quits whatever is open behind it
            switch key {
            case .char("q"), .interrupt: return .quit
            case .resize(let w, let h): return .resize(width: w, height: h)
            default: return .none
            }
        }
        if let s = state.search, s.editing {
            switch key {
            case .escape: return .close
            case .enter: return .searchCommit
            case .backspace: return .searchErase
            case .char(let c): return .searchType(c)
            case .resize(let w, let h): return .resize(width: w, height: h)
            case .interrupt: return .quit
            default: return .none
            }
        }
        switch key {
        case .char("q"): return state.overlay != nil || state.search != nil || state.speakerFilter != nil || state.markedEntity != nil ? .close : .quit
        case .escape: return .close
        case .interrupt: return .quit
        case .char("?"): return .help
        case .char("j"), .down: return .down
        case .char("k"), .up: return .up
        case .char("g"), .home: return .top
        case .char("G"), .end: return .bottom
        case .char(" "), .pageDown: return .pageDown
        case .char("b"), .pageUp: return .pageUp
        case .tab, .char("l"), .right: return .focusNext
        case .backTab, .char("h"), .left: return .focusPrevious
        case .enter: return .open
        case .char("]"): return .nextQuote
        case .char("["): return .previousQuote
        case .char("}"): return .nextSpeaker
        case .char("{"): return .previousSpeaker
        case .char("S"): return .speakers
        case .char("e"): return .entities
        case .char("t"): return .timeline
        case .char("/"): return .searchStart
        case .char("n"): return .nextMatch
        case .char("N"): return .previousMatch
        case .resize(let w, let h): return .resize(width: w, height: h)
        case .click(let x, let y): return .click(x: x, y: y)
        case .wheel(let d): return .wheel(d)
        default: return .none
        }
    }
}
