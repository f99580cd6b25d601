#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Articles

/// The interactive reader: key → action → update → render → paint, until quit.
enum ReaderApp {
    /// Page faults so far: at start-up each costs about a microsecond, hundreds of them add up.
    static func faults() -> Int {
        var usage = rusage()
        return getrusage(Int32(RUSAGE_SELF.rawValue), &usage) == 0 ? usage.ru_minflt + usage.ru_majflt : 0
    }

    /// Shows `files` at once as read text, takes the annotations when the background job has them, and runs
    /// the key loop. `started` is when the process began, for `TIKTOK_READER_TIMINGS`.
    static func run(files: [(path: String, bytes: [UInt8])], problems: [String], started: ContinuousClock.Instant) -> Int32 {
        guard isatty(1) != 0, isatty(0) != 0 else {
            StandardStreams.error("tiktok-reader: not a terminal; try 'tiktok-reader export'\n")
            return 2
        }
        let clock = ContinuousClock()
        var phases: [(String, ContinuousClock.Instant, Int)] = [("start", started, 0), ("loaded", clock.now, faults())]
        // until curses has its handlers, a signal waits instead of leaving the terminal in full-screen mode;
        // threads started meanwhile keep them blocked, so the handlers always run on this thread
        let held = HeldSignals()
        let plain = Corpus(articles: CorpusBuilder.read(files), timeline: [], speakers: [])
        phases.append(("read", clock.now, faults()))
        let expected = NcursesTerminal.kernelSize() ?? (80, 24)
        var state = ReaderState(corpus: plain, width: expected.width, height: expected.height)
        state.annotating = true
        if !problems.isEmpty { state.message = "\(problems.count) path(s) skipped — see stderr" }
        let first = Render.screen(state)
        phases.append(("render", clock.now, faults()))
        // the first screen goes out before curses starts, which takes about as long again; curses then takes it over
        let painted = NcursesTerminal.paintFirstFrame(first)
        if painted != nil { phases.append(("first frame", clock.now, faults())) }
        // annotation runs on the other core while curses starts
        let job = AnnotationJob(articles: plain.articles)
        let term = NcursesTerminal(showing: painted)
        phases.append(("terminal", clock.now, faults()))
        held.release()
        defer {
            term.stop()
            if getenv("TIKTOK_READER_TIMINGS") != nil {
                // each phase with the milliseconds it ended at, counted from the start of main, and page faults so far
                let text = phases.dropFirst().map { "\($0.0) \(Double(($0.1 - started).components.attoseconds) / 1e15) (\($0.2))" }
                StandardStreams.error(("timings (ms since start, page faults): " + text.joined(separator: ", ") + "\n"))
            }
        }
        let (w, h) = term.size
        var grid: Grid? = first
        if (w, h) != (state.width, state.height) {
            // the kernel and ncurses disagree (or there was no size to read): draw for what ncurses has
            state.width = w
            state.height = h
            grid = nil
        }
        var last = term.shown
        var dirty = true
        var firstFrame = painted != nil, annotatedFrame = false
        while !state.quitting {
            if dirty {
                let frame = grid ?? Render.screen(state)
                grid = nil
                if frame != last { term.paint(frame); last = frame }
                dirty = false
                if !firstFrame {
                    firstFrame = true
                    phases.append(("first frame", clock.now, faults()))
                }
                if !state.annotating && !annotatedFrame {
                    annotatedFrame = true
                    phases.append(("annotated frame", clock.now, faults()))
                }
            }
            // while the job runs, wait for keys only briefly, to take its result soon after it is ready
            term.waitForKeys(milliseconds: state.annotating ? 1 : nil)
            if let key = term.readKey() {
                state = Update.apply(KeyMap.action(for: key, in: state), to: state)
                dirty = true
            }
            if state.annotating, let corpus = job.take() {
                state = state.annotated(with: corpus)
                dirty = true
            }
        }
        return 0
    }
}
