import Articles
import Foundation

/// The interactive reader: key → action → update → render → paint, until quit.
enum ReaderApp {
    static func run(corpus: Corpus, problems: [String]) -> Int32 {
        guard isatty(1) != 0, isatty(0) != 0 else {
            FileHandle.standardError.write(Data("tiktok-reader: not a terminal; try 'tiktok-reader export'\n".utf8))
            return 2
        }
        let clock = ContinuousClock()
        let t0 = clock.now
        let term = NcursesTerminal()
        let t1 = clock.now
        var firstFrame: (render: Duration, paint: Duration)?
        defer {
            term.stop()
            if ProcessInfo.processInfo.environment["TIKTOK_READER_TIMINGS"] != nil, let f = firstFrame {
                FileHandle.standardError.write(Data("timings: terminal \(t1 - t0), first render \(f.render), first paint \(f.paint)\n".utf8))
            }
        }
        let (w, h) = term.size
        var state = ReaderState(corpus: corpus, width: w, height: h)
        if !problems.isEmpty { state.message = "\(problems.count) path(s) skipped — see stderr" }
        var last: Grid?
        while !state.quitting {
            let r0 = clock.now
            let grid = Render.screen(state)
            let r1 = clock.now
            if grid != last { term.paint(grid); last = grid }
            if firstFrame == nil { firstFrame = (r1 - r0, clock.now - r1) }
            guard let key = term.readKey() else { continue }
            state = Update.apply(KeyMap.action(for: key, in: state), to: state)
        }
        return 0
    }
}
