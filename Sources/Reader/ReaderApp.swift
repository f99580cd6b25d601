import Articles
import Foundation

/// The interactive reader: key → action → update → render → paint, until quit.
enum ReaderApp {
    static func run(corpus: Corpus, problems: [String]) -> Int32 {
        guard isatty(1) != 0, isatty(0) != 0 else {
            FileHandle.standardError.write(Data("tiktok-reader: not a terminal; try 'tiktok-reader export'\n".utf8))
            return 2
        }
        let term = NcursesTerminal()
        defer { term.stop() }
        let (w, h) = term.size
        var state = ReaderState(corpus: corpus, width: w, height: h)
        if !problems.isEmpty { state.message = "\(problems.count) path(s) skipped — see stderr" }
        var last: Grid?
        while !state.quitting {
            let grid = Render.screen(state)
            if grid != last { term.paint(grid); last = grid }
            guard let key = term.readKey() else { continue }
            state = Update.apply(KeyMap.action(for: key, in: state), to: state)
        }
        return 0
    }
}
