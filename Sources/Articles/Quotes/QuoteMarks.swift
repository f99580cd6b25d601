/// Which tokens of an article are the marks of a found quotation, and which end a sentence: looked up once per
/// token while the attributor walks the words around each quotation (building these sets per quotation, from
/// every quotation and sentence of its paragraph, was quadratic in a paragraph of many quotations).
struct QuoteMarks {
    private var marks: [Bool]
    private var sentenceLast: [Bool]

    init(_ a: Article, _ found: [QuoteFinder.Found]) {
        marks = [Bool](repeating: false, count: a.tokens.count)
        for f in found {
            marks[f.open] = true
            if let c = f.close { marks[c] = true }
        }
        sentenceLast = [Bool](repeating: false, count: a.tokens.count)
        for s in a.sentences where !s.tokens.isEmpty { sentenceLast[s.tokens.upperBound - 1] = true }
    }

    /// Whether token `k` opens or closes a found quotation.
    func isMark(_ k: Int) -> Bool { marks[k] }

    /// Whether token `k` is the last of a sentence.
    func endsSentence(_ k: Int) -> Bool { sentenceLast[k] }
}
