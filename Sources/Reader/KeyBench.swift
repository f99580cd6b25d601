import Articles

/// `tiktok-reader bench-keys [PATH...]`, for developers: annotates the articles, then times what a key costs
/// the reader at 200×60 — `Update.apply` and `Render.screen`, the pure part of a frame, without a terminal — for
/// the keys people press most, each many times over (medians, in microseconds). `docs/performance.md` gives
/// the figures.
enum KeyBench {
    static let keys: [(name: String, keys: [Key])] = [
        ("j", [.char("j")]), ("]", [.char("]")]), ("}", [.char("}")]), ("Tab", [.tab]), ("G", [.char("G")]),
        ("g", [.char("g")]), ("/ and typing", [.char("/"), .char("s"), .char("a"), .char("i"), .char("d")]),
    ]

    static func run(_ files: [(path: String, bytes: [UInt8])], rounds: Int = 41) -> String {
        let corpus = CorpusBuilder().build(files)
        let start = ReaderState(corpus: corpus, width: 200, height: 60)
        _ = Render.screen(start)   // the first frame's layouts, as the reader has drawn them before any key
        var lines = ["update + render at 200×60, \(Render.counted(corpus.articles.count, "article")), medians of \(rounds) (µs):"]
        for (name, keys) in keys {
            var state = start
            var times: [Double] = []
            for _ in 0..<rounds {
                // from the focus each key acts in: the articles list for j, G and Tab, the article for the rest
                for key in keys {
                    let t0 = MonotonicInstant.now
                    state = Update.apply(KeyMap.action(for: key, in: state), to: state)
                    _ = Render.screen(state)
                    times.append(MonotonicInstant.now.milliseconds(since: t0) * 1000)
                }
                if name.hasPrefix("/") { state = Update.apply(KeyMap.action(for: .escape, in: state), to: state) }
            }
            times.sort()
            let median = times[times.count / 2], worst = times[times.count - 1]
            lines.append("  \(name): \(Int(median.rounded())) µs (slowest \(Int(worst.rounded())) µs)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
