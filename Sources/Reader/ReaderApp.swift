#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Articles

/// The interactive reader: key → action → update → render → paint, until quit.
enum ReaderApp {
    /// Shows `files` at once as read text, takes the annotations when the background job has them, and runs
    /// the key loop. `started` is when the process began, for `TIKTOK_READER_TIMINGS`.
    static func run(files: [(path: String, bytes: [UInt8])], problems: [String], started: ContinuousClock.Instant) -> Int32 {
        guard isatty(1) != 0, isatty(0) != 0 else {
            StandardStreams.error("tiktok-reader: not a terminal; try 'tiktok-reader export'\n")
            return 2
        }
        let clock = ContinuousClock()
        var job: AnnotationJob?
        var phases: [(String, ContinuousClock.Instant)] = [("start", started), ("loaded", clock.now)]
        let plain = Corpus(articles: CorpusBuilder.read(files), timeline: [], speakers: [])
        phases.append(("read", clock.now))
        let term = NcursesTerminal()
        phases.append(("terminal", clock.now))
        defer {
            term.stop()
            if getenv("TIKTOK_READER_TIMINGS") != nil {
                // each phase with the milliseconds it ended at, counted from the start of main
                let text = phases.dropFirst().map { "\($0.0) \(Double(($0.1 - started).components.attoseconds) / 1e15)" }
                StandardStreams.error(("timings (ms since start): " + text.joined(separator: ", ") + "\n"))
            }
        }
        let (w, h) = term.size
        var state = ReaderState(corpus: plain, width: w, height: h)
        state.annotating = true
        if !problems.isEmpty { state.message = "\(problems.count) path(s) skipped — see stderr" }
        var last: Grid?
        while !state.quitting {
            if state.annotating, let corpus = job?.take() {
                state = state.annotated(with: corpus)
            }
            let grid = Render.screen(state)
            let rendered = clock.now
            if grid != last { term.paint(grid); last = grid }
            if job == nil { phases += [("render", rendered), ("first frame", clock.now)] }
            // annotate only once the first screen is out: on two cores the job would otherwise compete with it
            if job == nil { job = AnnotationJob(articles: plain.articles) }
            if !state.annotating && !phases.contains(where: { $0.0 == "annotated frame" }) { phases.append(("annotated frame", clock.now)) }
            // while the job runs, look for its result between keys
            term.waitForKeys(milliseconds: state.annotating ? 2 : nil)
            guard let key = term.readKey() else { continue }
            state = Update.apply(KeyMap.action(for: key, in: state), to: state)
        }
        return 0
    }
}
