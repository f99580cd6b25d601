/// Writes a corpus as the JSON export contract (see docs/formats.md): articles ordered by path, then the
/// timeline and the speakers.
public enum CorpusExporter {
    public static func json(_ corpus: Corpus) -> String {
        typealias J = JSONWriter
        let articles = corpus.articles.sorted { $0.path < $1.path }.map { a -> String in
            J.object([
                ("path", J.quoted(a.path)),
                ("title", J.quoted(a.title)),
                ("titleDerived", a.titleDerived ? "true" : "false"),
                ("date", J.string(a.date?.description)),
                ("dateSource", J.quoted(a.dateSource.rawValue)),
                ("byline", J.string(a.byline)),
                ("source", J.string(a.source)),
                ("url", J.string(a.url)),
                ("warnings", J.array(a.warnings.map(J.quoted))),
                ("subheadings", J.array(a.subheadings.map { s in
                    J.object([("text", J.quoted(a.text(s))), ("start", "\(s.start)"), ("end", "\(s.end)")])
                })),
                ("captions", J.array(a.captions.map { c in J.object([("start", "\(c.span.start)"), ("end", "\(c.span.end)")]) })),
                ("entities", J.array(a.entities.map { e in
                    J.object([("text", J.quoted(e.text)), ("type", J.quoted(e.type.rawValue)), ("start", "\(e.span.start)"),
                              ("end", "\(e.span.end)"), ("canonical", J.quoted(e.canonical))])
                })),
                ("quotes", J.array(a.quotes.map { q in
                    J.object([("text", J.quoted(q.text)), ("start", "\(q.span.start)"), ("end", "\(q.span.end)"),
                              ("speaker", J.string(q.speaker)), ("kind", J.quoted(q.kind.rawValue))])
                })),
                ("timexes", J.array(a.timexes.map { t in
                    J.object([("text", J.quoted(t.text)), ("start", "\(t.span.start)"), ("end", "\(t.span.end)"),
                              ("value", J.string(t.value)), ("type", J.quoted(t.kind.rawValue))])
                })),
            ])
        }
        let timeline = corpus.timeline.map { row in
            J.object([("date", J.quoted(row.date)), ("events", J.array(row.events.map { e in
                J.object([("path", J.quoted(e.path)), ("text", J.quoted(e.text)), ("start", "\(e.span.start)"),
                          ("end", "\(e.span.end)"), ("caption", e.caption ? "true" : "false")])
            }))])
        }
        let speakers = corpus.speakers.map { J.object([("name", J.quoted($0.name)), ("quotes", "\($0.quotes)")]) }
        return "{\"articles\": " + J.array(articles, multiline: true) + ",\n\"timeline\": " + J.array(timeline, multiline: true)
            + ",\n\"speakers\": " + J.array(speakers) + "}\n"
    }
}
