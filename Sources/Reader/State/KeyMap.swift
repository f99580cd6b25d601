/// Decodes keys into actions through the bindings; while a search is being typed, printable keys are its text.
enum KeyMap {
    static func action(for key: Key, in state: ReaderState) -> Action {
        // whatever is open, and while a search is typed (the key the bindings give it, Ctrl-L unless rebound)
        if state.bindings.action(for: key) == .redraw { return .redraw }
        if Update.layout(state).tooSmall {
            // only the size message is on the screen: q quits whatever is open behind it
            switch key {
            case .interrupt: return .quit
            case _ where state.bindings.action(for: key) == .quit: return .quit
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
        case .interrupt: return .quit
        case .resize(let w, let h): return .resize(width: w, height: h)
        case .click(let x, let y): return .click(x: x, y: y)
        case .wheel(let d): return .wheel(d)
        default: break
        }
        // the configuration's keys (the standard ones unless it rebinds them); quit first closes what is open
        guard let action = state.bindings.action(for: key) else { return .none }
        if action == .quit && (state.overlay != nil || state.search != nil || state.speakerFilter != nil || state.markedEntity != nil) {
            return .close
        }
        return action
    }
}
