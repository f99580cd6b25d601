#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Articles
import SeedArticles

extension CommandLine {
    static let usage = """
        usage: tiktok-reader [PATH...]                      read articles in the terminal
               tiktok-reader export --format json [PATH...] print the annotations as JSON
        With no PATH, the bundled seed articles are opened.
        """

    /// Runs the command line and returns the exit status.
    static func run(_ args: [String]) -> Int32 {
        var rest = args
        if rest.first == "--help" || rest.first == "-h" { print(usage); return 0 }
        let exporting = rest.first == "export"
        if exporting {
            rest.removeFirst()
            if let f = rest.firstIndex(of: "--format") {
                guard f + 1 < rest.count, rest[f + 1] == "json" else {
                    StandardStreams.error("tiktok-reader: export knows only --format json\n"); return 2
                }
                rest.removeSubrange(f...(f + 1))
            }
        }
        let t0 = MonotonicInstant.now
        let loaded = rest.isEmpty ? (files: SeedArticles.files, problems: []) : ArticleLoader().load(rest)
        for p in loaded.problems { StandardStreams.error("tiktok-reader: \(p)\n") }
        guard !loaded.files.isEmpty else {
            StandardStreams.error("tiktok-reader: no articles to read\n"); return 1
        }
        guard exporting else { return ReaderApp.run(files: loaded.files, problems: loaded.problems, started: t0) }
        let t1 = MonotonicInstant.now
        let builder = CorpusBuilder()
        let t2 = MonotonicInstant.now
        let corpus = builder.build(loaded.files)
        let t3 = MonotonicInstant.now
        if getenv("TIKTOK_READER_TIMINGS") != nil {
            StandardStreams.error("timings (ms): load \(t1.milliseconds(since: t0)), word lists \(t2.milliseconds(since: t1)), annotate \(t3.milliseconds(since: t2))\n")
        }
        StandardStreams.output(CorpusExporter.json(corpus))
        return 0
    }
}
