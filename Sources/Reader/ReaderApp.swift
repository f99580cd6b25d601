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
    static func run(files: [(path: String, bytes: [UInt8])], problems: [String], started: MonotonicInstant,
                    color: ColorChoice = .auto, config: Configuration = Configuration(), configProblems: [String] = []) -> Int32 {
        guard isatty(1) != 0, isatty(0) != 0 else {
            StandardStreams.error("tiktok-reader: not a terminal; try 'tiktok-reader export'\n")
            return ExitStatus.usage
        }
        if let problem = NcursesTerminal.readTerminalEntry() {
            StandardStreams.errorLine("tiktok-reader: \(problem)")   // it names TERM, which comes from outside
            return ExitStatus.usage
        }
        var timings = StartupTimings(started: started)
        timings.mark("loaded")
        // until curses has its handlers, a signal waits instead of leaving the terminal in full-screen mode;
        // threads started meanwhile keep them blocked, so the handlers always run on this thread
        let held = HeldSignals()
        let expected = NcursesTerminal.kernelSize() ?? (80, 24)
        // the list shows a row of three lines per article: those that fit are read before the first screen
        let firstScreen = CorpusBuilder.readForFirstScreen(files, visible: expected.height / ArticlesListView.rowHeight + 1)
        let plain = Corpus(articles: firstScreen.articles, timeline: [], speakers: [])
        timings.mark("read")
        var state = ReaderState(corpus: plain, width: expected.width, height: expected.height)
        state.annotating = true
        state.bindings = config.bindings
        state.timelineWidth = config.timelineWidth
        if !problems.isEmpty { state.message = "\(problems.count) path(s) skipped — see stderr" }
        if let first = configProblems.first {
            state.message = first + (configProblems.count > 1 ? " (and \(configProblems.count - 1) more, on stderr)" : "")
        }
        let first = Render.screen(state)
        timings.mark("render")
        // the background decides the palette: as configured, as COLORFGBG says, or as the terminal answers — asked
        // before the first frame and read after it, which goes out meanwhile on the guess of a dark background
        // (curses paints its own frame over it when the answer says light)
        let known = config.theme ?? TerminalBackground.theme(colorFGBG: getenv("COLORFGBG").map { String(cString: $0) })
        let question = known == nil && !color.refusesColor ? TerminalBackground.Question.ask() : nil
        var colors = ColorSettings(choice: color, theme: known ?? .dark, overrides: config.colors, emphasis: config.attributes)
        let painted = NcursesTerminal.paintFirstFrame(first, colors: colors)
        if painted != nil { timings.mark("first frame") }
        if let question {
            colors.theme = question.answer() ?? .dark
            timings.mark("background")
        }
        // annotation runs on the other core while curses starts
        let job = AnnotationJob(articles: plain.articles, files: firstScreen.complete ? nil : files)
        // of a large folder, an article opened while the corpus is annotated is annotated alone at once
        let onDemand = firstScreen.complete ? nil : ArticleOnDemand(files: files)
        var opened: [Int: Article] = [:]
        let term = NcursesTerminal(showing: painted, colors: colors, mouse: config.mouse)
        timings.mark("terminal")
        held.release()
        defer {
            term.stop()
            if let report = timings.report { StandardStreams.error(report) }
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
        while !state.quitting {
            if dirty {
                let frame = grid ?? Render.screen(state)
                grid = nil
                if frame != last { term.paint(frame); last = frame }
                dirty = false
                timings.mark("first frame")
                if !state.annotating { timings.mark("annotated frame") }
            }
            // while the job runs, wait for keys only briefly, to take its result soon after it is ready
            term.waitForKeys(milliseconds: state.annotating ? 1 : nil)
            if let key = term.readKey() {
                let action = KeyMap.action(for: key, in: state)
                if action == .redraw {
                    // whatever the terminal shows now (another program's output, a cell it measured otherwise),
                    // the next paint sends every cell
                    term.forgetScreen()
                    last = nil
                }
                state = Update.apply(action, to: state)
                dirty = true
            }
            if state.annotating, let whole = job.takeWhole() {
                timings.mark("whole articles")
                // the other articles' whole text, read on the job's thread: the list and the open article stay, and
                // so do the articles annotated alone meanwhile
                var articles = whole
                for (i, a) in opened where articles.indices.contains(i) { articles[i] = a }
                state = state.showing(articles)
                dirty = true
            }
            if state.annotating, let onDemand {
                if state.selected != 0, opened[state.selected] == nil { onDemand.ask(state.selected) }
                let done = onDemand.takeDone()
                if !done.isEmpty {
                    for d in done { opened[d.index] = d.article }
                    state = state.replacing(done)
                    dirty = true
                }
            }
            if state.annotating, let corpus = job.take() {
                timings.mark("annotations")
                state = state.annotated(with: corpus)
                opened = [:]
                #if canImport(Glibc)
                // what the annotation's threads freed (their working copies, the tokens) goes back to the system:
                // glibc keeps small freed blocks in its arenas, and the reader would hold them for its whole life
                // (malloc_trim is in no module Swift sees: looked up by name, called with C's convention)
                if let trim = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
                    _ = unsafeBitCast(trim, to: (@convention(c) (Int) -> Int32).self)(0)
                }
                #endif
                dirty = true
            } else if state.annotating, let p = job.progress.percent.map({ $0 / 5 * 5 }), p != state.annotationPercent {
                // the status bar counts the annotation's progress five percent at a time: each frame drawn is time
                // the annotation's threads do not have
                state.annotationPercent = p
                dirty = true
            }
        }
        return ExitStatus.done
    }
}
