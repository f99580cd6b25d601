import Articles

/// How long reading, annotating and exporting one input may take: `fixed` seconds plus `perByte` seconds for
/// each input byte. Linear annotation stays far inside a generous budget; a super-linear step leaves it on inputs
/// of a few kilobytes.
public struct TimeBudget: Sendable {
    public var fixed: Double
    public var perByte: Double

    public init(fixed: Double, perByte: Double) {
        self.fixed = fixed
        self.perByte = perByte
    }

    /// The seconds allowed for an input of `bytes` bytes.
    public func limit(bytes: Int) -> Double { fixed + perByte * Double(bytes) }
}

/// One input checked end to end, as the fuzzer and the regression tests do: read, annotate, export, then every
/// property of `SpanProperties`, a valid JSON export (the same when streamed in pieces), and the time budget.
public enum AnnotationCheck {
    /// The most articles one input is split into: enough for the stages that work across a corpus (canonical
    /// names, date inference, the timeline) to meet more than one article.
    public static let maxArticles = 4

    /// The articles of one input: split at NUL bytes (at most `maxArticles` pieces; later NULs stay in the last
    /// one). The loader refuses a file with a NUL in its first 8 KiB, so NUL is a separator real text hardly has.
    public static func files(_ input: [UInt8]) -> [(path: String, bytes: [UInt8])] {
        var out: [(path: String, bytes: [UInt8])] = []
        var start = 0
        var i = 0
        while i < input.count && out.count < maxArticles - 1 {
            if input[i] == 0 {
                out.append((path: "fuzz/\(out.count).txt", bytes: Array(input[start..<i])))
                start = i + 1
            }
            i += 1
        }
        out.append((path: "fuzz/\(out.count).txt", bytes: Array(input[start...])))
        return out
    }

    /// What one run found: the broken properties (empty when all hold) and how long the pipeline took.
    public struct Report: Sendable {
        public var violations: [String]
        public var seconds: Double
    }

    /// Reads, annotates and exports `input` (split by `files`), then checks it; with a budget, a run slower than
    /// it is a violation too.
    public static func run(_ input: [UInt8], budget: TimeBudget?) -> Report {
        let clock = ContinuousClock()
        let start = clock.now
        let corpus = CorpusBuilder().build(files(input))
        let json = CorpusExporter.json(corpus)
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        var violations = SpanProperties.violations(corpus)
        if let problem = JSONCheck.problem(json) { violations.append("export is not valid JSON: \(problem)") }
        // The streamed export (what `export` writes) must be the same text in any piece size.
        var pieces: [UInt8] = []
        let written = CorpusExporter.write(corpus, chunkBytes: 97) { pieces += $0; return true }
        if !written || String(decoding: pieces, as: UTF8.self) != json { violations.append("the export written in pieces differs from the export in one string") }
        if let budget, seconds > budget.limit(bytes: input.count) {
            let allowed = budget.limit(bytes: input.count)
            violations.append("annotating \(input.count) bytes took \(format(seconds)) s, over the \(format(allowed)) s budget")
        }
        return Report(violations: violations, seconds: seconds)
    }

    /// Seconds with three decimals, without Foundation's formatting.
    static func format(_ s: Double) -> String {
        let ms = Int((s * 1000).rounded())
        let frac = String(ms % 1000)
        return "\(ms / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
    }
}
