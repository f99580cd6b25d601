#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Articles
import SeedArticles

/// The program's exit statuses (`docs/formats.md` and the man page list them with what each bad input gets).
enum ExitStatus {
    static let done: Int32 = 0
    /// Some input could not be read (each one's reason is on standard error): the rest was, and the command did
    /// its work with it; or nothing could be read at all.
    static let inputFailed: Int32 = 1
    /// The command line, the terminal or TERM cannot be used: a message says which.
    static let usage: Int32 = 2
    /// The output could not be written in full (a full disk, a closed output).
    static let outputFailed: Int32 = 3

    static let summary = "0 done, 1 some input could not be read, 2 a usage error or no terminal, 3 the output could not be written"
}

extension CommandLine {
    /// Runs the command line (arguments as their bytes, without the program's name) and returns the exit status.
    static func run(_ args: [[UInt8]]) -> Int32 {
        let inv: Invocation
        do {
            inv = try Invocation.parse(args)
        } catch {
            StandardStreams.errorLine("tiktok-reader: \(error.message)")
            StandardStreams.error(UsageText.short(CommandTable.command(error.command) ?? CommandTable.reader))
            return ExitStatus.usage
        }
        let command = CommandTable.command(inv.command) ?? CommandTable.reader
        if inv.has("help") { return finish(StandardStreams.output(UsageText.full(command))) }
        if inv.has("version") { return finish(StandardStreams.output("tiktok-reader \(ProgramVersion.number)\n")) }
        if inv.command == "completions" {
            let shell = inv.operands.first.map { String(decoding: $0, as: UTF8.self) } ?? ""
            return finish(StandardStreams.output(ShellCompletions.script(for: shell) ?? ""))
        }

        let t0 = MonotonicInstant.now
        // the configuration, for the commands that take it: the reader's keys and colours, and what to read when
        // no path is given
        let configured = command.options.contains { $0.long == CommandTable.config.long }
        let (config, configProblems) = configured
            ? Configuration.load(named: inv.options["config"], disabled: inv.has("no-config")) : (Configuration(), [])
        for p in configProblems { StandardStreams.errorLine("tiktok-reader: \(p)") }
        // a file named with --config that cannot be read (its problem has no line) is a mistake of the command line
        if configProblems.contains(where: { $0.line == 0 }) { return ExitStatus.usage }
        let paths = inv.paths.isEmpty ? config.paths.map(SystemPath.init) : inv.paths
        let loaded = paths.isEmpty ? (files: SeedArticles.files, problems: []) : ArticleLoader().load(paths)
        for p in loaded.problems { StandardStreams.errorLine("tiktok-reader: \(p)") }
        guard !loaded.files.isEmpty else {
            StandardStreams.error("tiktok-reader: no articles to read\n"); return ExitStatus.inputFailed
        }
        // what is done with the inputs read; then the status says whether any could not be
        let status: Int32
        switch inv.command {
        case "bench-keys": status = finish(StandardStreams.output(KeyBench.run(loaded.files)))
        case "export", "timeline", "quotes": status = report(inv, loaded.files, started: t0)
        default:
            if paths.contains(.standardInput), let problem = Self.takeKeysFromTerminal() {
                StandardStreams.errorLine("tiktok-reader: \(problem)")
                return ExitStatus.usage
            }
            let color = ColorChoice(rawValue: inv.options["color"] ?? "auto") ?? .auto
            status = ReaderApp.run(files: loaded.files, problems: loaded.problems, started: t0, color: color, config: config,
                                   configProblems: configProblems.map(\.description))
        }
        return status == ExitStatus.done && !loaded.problems.isEmpty ? ExitStatus.inputFailed : status
    }

    /// The export, the timeline or the quotations, to standard output or the file `--output` names.
    private static func report(_ inv: Invocation, _ files: [(path: String, bytes: [UInt8])], started t0: MonotonicInstant) -> Int32 {
        let t1 = MonotonicInstant.now
        let stages = getenv("TIKTOK_READER_TIMINGS") != nil ? StageTimes() : nil
        let corpus = CorpusBuilder().build(files, stages: stages)
        let t2 = MonotonicInstant.now
        // printed once the report is written, the writing a step of its own: each step's wall time, and the cores
        // it kept busy on average (processor time over wall time)
        defer {
            if let stages {
                let steps = stages.steps.map { s in
                    "\(s.name) \(Int(s.milliseconds.rounded())) ×\(Double(Int(s.processorMilliseconds / max(s.milliseconds, 0.001) * 10)) / 10)"
                }.joined(separator: ", ")
                StandardStreams.error("timings (ms): load \(t1.milliseconds(since: t0)), annotate \(t2.milliseconds(since: t1)) (\(steps))\n")
            }
        }
        var out: OutputTarget
        switch OutputTarget.open(inv.options["output"]) {
        case .failure(let problem): StandardStreams.errorLine("tiktok-reader: \(problem)"); return ExitStatus.outputFailed
        case .success(let o): out = o
        }
        // text for people is written with what a terminal would act on shown as its picture (the JSON escapes it)
        let text = { (piece: String) -> Bool in out.write(TerminalText.sanitized(piece, keepingLineBreaks: true)) }
        var matched = true
        switch (inv.command, inv.options["format"] ?? "json") {
        case ("timeline", _): _ = ReadableExport.timeline(corpus, to: text)
        case ("quotes", _): matched = ReadableExport.quotes(corpus, speaker: inv.options["speaker"], to: text).matched
        case (_, "markdown"): _ = ReadableExport.corpus(corpus, style: .markdown, to: text)
        case (_, "text"): _ = ReadableExport.corpus(corpus, style: .text, to: text)
        default:
            // streamed in pieces: the whole export held as one string was as large again as the annotations
            _ = CorpusExporter.write(corpus) { piece in out.write(piece) }
        }
        stages?.lap("write")
        if let failure = out.close() {
            StandardStreams.errorLine("tiktok-reader: the \(inv.command == "export" ? "export" : inv.command) could not be written: \(failure)")
            return ExitStatus.outputFailed
        }
        if !matched {
            StandardStreams.errorLine("tiktok-reader: no speaker's name contains '\(inv.options["speaker"] ?? "")'")
            return ExitStatus.inputFailed
        }
        return ExitStatus.done
    }

    /// Standard input was an article: keys now come from the terminal, as `less` takes them (`/dev/tty` in
    /// place of standard input). A reason when there is no terminal to take them from.
    private static func takeKeysFromTerminal() -> String? {
        guard isatty(0) == 0 else { return nil }
        let fd = open("/dev/tty", O_RDWR)
        guard fd >= 0 else { return "standard input was read as an article, and there is no terminal for keys: \(FileSystem.reason(errno))" }
        defer { close(fd) }
        return dup2(fd, 0) < 0 ? "no terminal for keys: \(FileSystem.reason(errno))" : nil
    }

    /// The status for output written (nil) or not (the system's reason, said on standard error).
    private static func finish(_ failure: String?) -> Int32 {
        guard let failure else { return ExitStatus.done }
        StandardStreams.errorLine("tiktok-reader: the output could not be written: \(failure)")
        return ExitStatus.outputFailed
    }
}
