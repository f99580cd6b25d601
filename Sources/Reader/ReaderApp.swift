import Articles
import Foundation

/// The interactive reader: key → action → update → render → paint, until quit.
enum ReaderApp {
    /// Shows `files` at once as read text, takes the annotations when the background job has them, and runs
    /// the key loop. `started` is when the process began, for `TIKTOK_READER_TIMINGS`.
    static func run(files: [(path: String, bytes: [UInt8])], problems: [String], started: ContinuousClock.Instant) -> Int32 {
        guard isatty(1) != 0, isatty(0) != 0 else {
            FileHandle.standardError.write(Data("tiktok-reader: not a terminal; try 'tiktok-reader export'\n".utf8))
            return 2
        }
        let clock = ContinuousClock()
        let job = AnnotationJob(files: files)
        let plain = Corpus(articles: CorpusBuilder.read(files), timeline: [], speakers: [])
        let term = NcursesTerminal()
        var firstFrame: Duration?, annotatedFrame: Duration?
        defer {
            term.stop()
            if ProcessInfo.processInfo.environment["TIKTOK_READER_TIMINGS"] != nil {
                let f = firstFrame.map { "\($0)" } ?? "-", a = annotatedFrame.map { "\($0)" } ?? "-"
                FileHandle.standardError.write(Data("timings: first frame \(f), annotated frame \(a) after start\n".utf8))
            }
        }
        let (w, h) = term.size
        var state = ReaderState(corpus: plain, width: w, height: h)
        state.annotating = true
        if !problems.isEmpty { state.message = "\(problems.count) path(s) skipped — see stderr" }
        var last: Grid?
        while !state.quitting {
            if state.annotating, let corpus = job.take() {
                state = state.annotated(with: corpus)
            }
            let grid = Render.screen(state)
            if grid != last { term.paint(grid); last = grid }
            if firstFrame == nil { firstFrame = clock.now - started }
            if annotatedFrame == nil && !state.annotating { annotatedFrame = clock.now - started }
            // while the job runs, look for its result between keys
            term.waitForKeys(milliseconds: state.annotating ? 5 : nil)
            guard let key = term.readKey() else { continue }
            state = Update.apply(KeyMap.action(for: key, in: state), to: state)
        }
        return 0
    }
}
