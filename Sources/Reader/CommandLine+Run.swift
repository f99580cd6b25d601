#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Articles
import SeedArticles

/// The program's exit statuses (`docs/formats.md` lists them with what each bad input gets).
enum ExitStatus {
    static let done: Int32 = 0
    /// None of the paths given held an article that could be read; each one's reason is on standard error.
    static let nothingToRead: Int32 = 1
    /// The command line, the terminal or TERM cannot be used: a message says which.
    static let usage: Int32 = 2
    /// The export could not be written in full (a full disk, a closed output).
    static let outputFailed: Int32 = 3
}

extension CommandLine {
    static let usage = """
        usage: tiktok-reader [PATH...]                      read articles in the terminal
               tiktok-reader export --format json [PATH...] print the annotations as JSON
               tiktok-reader bench-keys [PATH...]           time keys at 200x60 (for developers)
        With no PATH, the bundled seed articles are opened. A PATH that begins with - follows --.
        """

    /// Runs the command line (arguments as their bytes, without the program's name) and returns the exit status.
    static func run(_ args: [[UInt8]]) -> Int32 {
        var rest = args
        let word = { (a: [UInt8]) in String(decoding: a, as: UTF8.self) }
        if let first = rest.first.map(word), first == "--help" || first == "-h" { StandardStreams.output(usage + "\n"); return ExitStatus.done }
        let benchingKeys = rest.first.map(word) == "bench-keys"
        if benchingKeys { rest.removeFirst() }
        let exporting = !benchingKeys && rest.first.map(word) == "export"
        if exporting {
            rest.removeFirst()
            if let f = rest.firstIndex(where: { word($0) == "--format" }) {
                guard f + 1 < rest.count, word(rest[f + 1]) == "json" else {
                    StandardStreams.error("tiktok-reader: export knows only --format json\n"); return ExitStatus.usage
                }
                rest.removeSubrange(f...(f + 1))
            }
        }
        // options end at --; before it, anything else that looks like an option is a mistake, not a file name
        var paths: [SystemPath] = []
        var optionsEnded = false
        for a in rest {
            if !optionsEnded && a == Array("--".utf8) { optionsEnded = true; continue }
            if !optionsEnded && a.first == UInt8(ascii: "-") && a.count > 1 {
                StandardStreams.errorLine("tiktok-reader: unknown option \(word(a))"); StandardStreams.error(usage + "\n"); return ExitStatus.usage
            }
            paths.append(SystemPath(bytes: a))
        }
        let t0 = MonotonicInstant.now
        let loaded = paths.isEmpty ? (files: SeedArticles.files, problems: []) : ArticleLoader().load(paths)
        for p in loaded.problems { StandardStreams.errorLine("tiktok-reader: \(p)") }
        guard !loaded.files.isEmpty else {
            StandardStreams.error("tiktok-reader: no articles to read\n"); return ExitStatus.nothingToRead
        }
        if benchingKeys { StandardStreams.output(KeyBench.run(loaded.files)); return ExitStatus.done }
        guard exporting else { return ReaderApp.run(files: loaded.files, problems: loaded.problems, started: t0) }
        let t1 = MonotonicInstant.now
        let builder = CorpusBuilder()
        let t2 = MonotonicInstant.now
        let corpus = builder.build(loaded.files)
        let t3 = MonotonicInstant.now
        if getenv("TIKTOK_READER_TIMINGS") != nil {
            StandardStreams.error("timings (ms): load \(t1.milliseconds(since: t0)), word lists \(t2.milliseconds(since: t1)), annotate \(t3.milliseconds(since: t2))\n")
        }
        // streamed in pieces: the whole export held as one string was as large again as the annotations
        var failure: String?
        _ = CorpusExporter.write(corpus) { piece in
            failure = StandardStreams.output(piece)
            return failure == nil
        }
        if let failure {
            StandardStreams.errorLine("tiktok-reader: the export could not be written: \(failure)")
            return ExitStatus.outputFailed
        }
        return ExitStatus.done
    }
}
