/// Writes a corpus as the JSON export contract (see docs/formats.md): articles ordered by path, then the
/// timeline and the speakers.
public enum CorpusExporter {
    /// The whole export as one string.
    public static func json(_ corpus: Corpus) -> String {
        var out = JSONStream(chunkBytes: Int.max) { _ in true }
        emit(corpus, into: &out)
        return String(decoding: out.buffer, as: UTF8.self)
    }

    /// Writes the export to `sink` in pieces of about `chunkBytes` bytes, the same text as `json`, so that the
    /// export of a long article is never held whole; `sink` returns false to stop (the output failed), and so
    /// does this.
    public static func write(_ corpus: Corpus, chunkBytes: Int = 1 << 20, to sink: @escaping ([UInt8]) -> Bool) -> Bool {
        var out = JSONStream(chunkBytes: max(1, chunkBytes), sink: sink)
        emit(corpus, into: &out)
        out.flush()
        return out.ok
    }

    /// `[` items `]`: on one line, or one item a line (`multiline`: `[`, newline and two spaces before each).
    private static func array<C: Collection>(_ items: C, multiline: Bool = false, into out: inout JSONStream,
                                             _ item: (C.Element, inout JSONStream) -> Void) {
        guard !items.isEmpty else { out.raw("[]"); return }
        out.raw(multiline ? "[\n  " : "[")
        var first = true
        // (by index: a loop over the items as values copied each, its strings retained and released)
        for i in items.indices {
            if !first { out.raw(multiline ? ",\n  " : ", ") }
            first = false
            item(items[i], &out)
            out.flushIfFull()
        }
        out.raw(multiline ? "\n]" : "]")
    }

    private static func span(_ s: ByteSpan, into out: inout JSONStream) {
        out.raw(", "); out.key("start"); out.int(s.start)
        out.raw(", "); out.key("end"); out.int(s.end)
    }

    /// `array` for many items, each one's text made on every core, in batches taken in order: the same text.
    private static func manyArray<T: Sendable>(_ items: [T], multiline: Bool, into out: inout JSONStream,
                                               _ item: @escaping @Sendable (T, inout JSONStream) -> Void) {
        guard items.count >= Parallel.manyPieces else { array(items, multiline: multiline, into: &out, item); return }
        out.raw(multiline ? "[\n  " : "[")
        // (a batch at a time: the text of all of them at once would be the whole export held in memory)
        let batch = 512
        var start = 0
        while start < items.count {
            let end = min(items.count, start + batch), from = start
            let texts = Parallel.map(end - start) { k -> [UInt8] in
                var piece = JSONStream(chunkBytes: .max) { _ in true }
                item(items[from + k], &piece)
                return piece.buffer
            }
            for (k, text) in texts.enumerated() {
                if from + k > 0 { out.raw(multiline ? ",\n  " : ", ") }
                out.raw(text)
                out.flushIfFull()
            }
            start = end
        }
        out.raw(multiline ? "\n]" : "]")
    }

    private static func emit(_ corpus: Corpus, into out: inout JSONStream) {
        out.raw("{\"articles\": ")
        // (the articles come ordered by path from the loader: sorted only when not, as a copy of each is made)
        let byPath = corpus.articles.indices.dropFirst().contains { corpus.articles[$0].path < corpus.articles[$0 - 1].path }
            ? corpus.articles.sorted { $0.path < $1.path } : corpus.articles
        manyArray(byPath, multiline: true, into: &out) { a, out in
            out.raw("{"); out.key("path"); out.string(a.path)
            out.raw(", "); out.key("title"); out.string(a.title)
            out.raw(", "); out.key("titleDerived"); out.raw(a.titleDerived ? "true" : "false" as StaticString)
            out.raw(", "); out.key("date"); out.string(a.date?.description)
            out.raw(", "); out.key("dateSource"); out.string(a.dateSource.rawValue)
            out.raw(", "); out.key("byline"); out.string(a.byline)
            out.raw(", "); out.key("source"); out.string(a.source)
            out.raw(", "); out.key("url"); out.string(a.url)
            out.raw(", "); out.key("warnings"); array(a.warnings, into: &out) { w, out in out.string(w) }
            out.raw(", "); out.key("subheadings")
            let bytes = a.bytes
            array(a.subheadings, into: &out) { s, out in
                out.raw("{"); out.key("text"); out.string(Article.text(s, in: bytes)); span(s, into: &out); out.raw("}")
            }
            out.raw(", "); out.key("captions")
            array(a.captions, into: &out) { c, out in
                out.raw("{"); out.key("start"); out.int(c.span.start); out.raw(", "); out.key("end"); out.int(c.span.end); out.raw("}")
            }
            out.raw(", "); out.key("entities")
            array(a.entities, into: &out) { e, out in
                out.raw("{"); out.key("text"); out.string(e.text)
                out.raw(", "); out.key("type"); out.string(e.type.rawValue)
                span(e.span, into: &out)
                out.raw(", "); out.key("canonical"); out.string(e.canonical); out.raw("}")
            }
            out.raw(", "); out.key("quotes")
            array(a.quotes, into: &out) { q, out in
                out.raw("{"); out.key("text"); out.string(q.text)
                span(q.span, into: &out)
                out.raw(", "); out.key("speaker"); out.string(q.speaker)
                out.raw(", "); out.key("kind"); out.string(q.kind.rawValue)
                out.raw(", "); out.key("speakerKind"); out.string(q.speakerKind?.rawValue)
                if let o = q.speakerOrganization { out.raw(", "); out.key("speakerOrganization"); out.string(o) }
                out.raw("}")
            }
            out.raw(", "); out.key("timexes")
            array(a.timexes, into: &out) { t, out in
                out.raw("{"); out.key("text"); out.string(t.text)
                span(t.span, into: &out)
                out.raw(", "); out.key("value"); out.string(t.value)
                out.raw(", "); out.key("type"); out.string(t.kind.rawValue); out.raw("}")
            }
            out.raw("}")
        }
        out.raw(",\n\"timeline\": ")
        manyArray(corpus.timeline, multiline: true, into: &out) { row, out in
            out.raw("{"); out.key("date"); out.string(row.date)
            out.raw(", "); out.key("events")
            array(row.events, into: &out) { e, out in
                out.raw("{"); out.key("path"); out.string(e.path)
                out.raw(", "); out.key("text"); out.string(corpus.text(of: e))
                span(e.span, into: &out)
                out.raw(", "); out.key("caption"); out.raw(e.caption ? "true" : "false" as StaticString); out.raw("}")
            }
            out.raw("}")
        }
        out.raw(",\n\"speakers\": ")
        array(corpus.speakers, into: &out) { s, out in
            out.raw("{"); out.key("name"); out.string(s.name); out.raw(", "); out.key("quotes"); out.int(s.quotes)
            out.raw(", "); out.key("kind"); out.string(s.kind.rawValue)
            if let o = s.organization { out.raw(", "); out.key("organization"); out.string(o) }
            out.raw("}")
        }
        out.raw("}\n")
    }
}
