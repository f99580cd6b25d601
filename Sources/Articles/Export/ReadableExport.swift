/// The corpus written for people rather than programs: `export --format markdown|text`, and the `timeline` and
/// `quotes` commands. Each is written to a sink in pieces (an article or a date at a time), as the JSON export is.
///
/// Text from the articles is written as it reads (spaces collapsed); what a terminal would act on is the
/// caller's to make harmless (the reader shows control characters as their pictures).
public enum ReadableExport {
    /// Markdown or plain text.
    public enum Style: Sendable { case markdown, text }

    /// Every article (its header, text, quotations with their speakers, names), then the timeline.
    public static func corpus(_ c: Corpus, style: Style, to sink: (String) -> Bool) -> Bool {
        let md = style == .markdown
        let quotes = c.articles.reduce(0) { $0 + $1.quotes.filter { $0.kind == .direct }.count }
        let events = c.timeline.reduce(0) { $0 + $1.events.count }
        let heading = "\(counted(c.articles.count, "article")) · \(counted(quotes, "quote")) · \(counted(c.speakers.count, "speaker")) · \(counted(events, "dated event"))"
        guard sink((md ? "# " + escaped(heading) : heading + "\n" + String(repeating: "=", count: heading.count)) + "\n\n") else { return false }
        for (i, a) in c.articles.enumerated() {
            var out = ""
            let title = "\(i + 1). \(a.title.onOneLine)"
            out += md ? "## \(escaped(title))\n\n" : "\(title)\n\(String(repeating: "-", count: title.count))\n"
            let about = header(a).joined(separator: " · ")
            out += md ? "*\(escaped(about))*\n\n" : "\(about)\n\n"
            for p in a.paragraphs where p.role != .title && p.role != .header {
                let text = a.text(p.span).onOneLine
                switch p.role {
                case .subheading: out += md ? "### \(escaped(text))\n\n" : "\(text)\n\n"
                case .caption: out += md ? "> *\(escaped(text))*\n\n" : "[caption] \(text)\n\n"
                case .byline: continue
                default: out += (md ? escaped(text, lineStart: true) : text) + "\n\n"
                }
            }
            let direct = a.quotes.filter { $0.kind != .phrase }
            if !direct.isEmpty {
                out += md ? "### Quotations\n\n" : "Quotations\n"
                for q in direct {
                    let said = "“\(q.text.onOneLine)”" + (q.kind == .reported ? " (reported)" : "")
                    let who = q.speaker.map { s in q.speakerOrganization.map { "\(s), \($0)" } ?? s } ?? "nobody named"
                    out += md ? "- \(escaped(said)) — **\(escaped(who))**\n" : "  \(said) — \(who)\n"
                }
                out += "\n"
            }
            let names = nameGroups(a)
            if !names.isEmpty {
                out += md ? "### Names\n\n" : "Names\n"
                for (label, list) in names { out += md ? "- \(label): \(escaped(list))\n" : "  \(label): \(list)\n" }
                out += "\n"
            }
            guard sink(out) else { return false }
        }
        guard sink(md ? "## Timeline\n\n" : "Timeline\n--------\n") else { return false }
        return timelineRows(c, style: style, headings: md ? "### " : "", to: sink)
    }

    /// The timeline: each date, its events (`•`, or `◦` for a caption) with their article's number, then the
    /// articles by number.
    public static func timeline(_ c: Corpus, to sink: (String) -> Bool) -> Bool {
        guard timelineRows(c, style: .text, headings: "", to: sink) else { return false }
        return c.timeline.isEmpty || sink(sources(c))
    }

    private static func timelineRows(_ c: Corpus, style: Style, headings: String, to sink: (String) -> Bool) -> Bool {
        guard !c.timeline.isEmpty else { return sink("(no dated events)\n\n") }
        var last = ""
        for row in c.timeline {
            var out = ""
            if row.date != last {
                out += headings + DateLabel.of(row.date) + (headings.isEmpty ? "\n" : "\n\n")
                last = row.date
            }
            for e in row.events {
                let text = c.text(of: e).onOneLine
                out += style == .markdown ? "- \(e.caption ? "*(caption)* " : "")\(escaped(text)) [\(e.article + 1)]\n"
                                          : "  \(e.caption ? "◦" : "•") \(text) [\(e.article + 1)]\n"
            }
            guard sink(out + (style == .markdown ? "\n" : "")) else { return false }
        }
        return sink(style == .markdown ? "" : "\n")
    }

    /// The quotations grouped by speaker, most quoted first, then those nobody is credited with; only speakers
    /// whose name contains `speaker` (in any case) when it is given. False when nobody matches.
    public static func quotes(_ c: Corpus, speaker: String?, to sink: (String) -> Bool) -> (ok: Bool, matched: Bool) {
        let needle = speaker.map { $0.lowercased() }
        // each speaker's quotations, found in one pass (a speaker asked of every quotation is quadratic)
        struct Who: Hashable { var name: String?; var organization: String? }
        var by: [Who: [(article: Int, quote: Quote)]] = [:]
        for (ai, a) in c.articles.enumerated() {
            for q in a.quotes where q.kind == .direct {
                by[Who(name: q.speaker, organization: q.speaker == nil ? nil : q.speakerOrganization), default: []].append((ai, q))
            }
        }
        var matched = false
        for s in c.speakers {
            let label = s.organization.map { "\(s.name) (\($0))" } ?? s.name
            if let needle, !label.lowercased().contains(needle) { continue }
            matched = true
            var out = "\(label) — \(counted(s.quotes, "quote"))\n"
            for (ai, q) in by[Who(name: s.name, organization: s.organization)] ?? [] { out += "  “\(q.text.onOneLine)” [\(ai + 1)]\n" }
            guard sink(out + "\n") else { return (false, matched) }
        }
        if needle == nil, let nobody = by[Who(name: nil, organization: nil)], !nobody.isEmpty {
            var out = "nobody named — \(counted(nobody.count, "quote"))\n"
            for (ai, q) in nobody { out += "  “\(q.text.onOneLine)” [\(ai + 1)]\n" }
            guard sink(out + "\n") else { return (false, matched) }
            matched = true
        }
        guard matched else { return (true, false) }
        return (sink(sources(c)), true)
    }

    /// The articles by the numbers the events and quotations give them.
    static func sources(_ c: Corpus) -> String {
        var out = "Sources\n"
        for (i, a) in c.articles.enumerated() { out += "  [\(i + 1)] \(a.title.onOneLine) — \(a.path)\n" }
        return out
    }

    /// The date (and how it is known), byline, source and path of an article.
    static func header(_ a: Article) -> [String] {
        var parts: [String] = []
        if let d = a.date { parts.append(DateLabel.day(d) + (a.dateSource == .inferred ? " (inferred)" : "")) }
        if let b = a.byline { parts.append(b.onOneLine) }
        if let s = a.source { parts.append(s.onOneLine) }
        if let u = a.url { parts.append(u.onOneLine) }
        parts.append(a.path)
        return parts
    }

    /// People, organisations, places and tickers, each by canonical name with counts, most mentioned first.
    static func nameGroups(_ a: Article) -> [(String, String)] {
        let kinds: [(EntityType, String)] = [(.person, "People"), (.organization, "Organisations"), (.place, "Places"), (.ticker, "Tickers")]
        let rows = EntityGroups(article: a).rows
        return kinds.compactMap { type, label in
            let names = rows.filter { $0.type == type }.map { $0.count > 1 ? "\($0.name.onOneLine) (\($0.count))" : $0.name.onOneLine }
            return names.isEmpty ? nil : (label, names.joined(separator: ", "))
        }
    }

    /// Text that Markdown shows as written: its markup characters escaped, and a line that would open a list,
    /// a heading or a quotation (when `lineStart`: the text opens a line) kept a paragraph.
    static func escaped(_ s: String, lineStart: Bool = false) -> String {
        var out = ""
        for ch in s {
            if "\\`*_[]<>|".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        guard lineStart else { return out }
        if let first = out.first, "#>-+".contains(first) { out = "\\" + out }
        // `1. ` opening a line would number it
        if let dot = out.firstIndex(of: "."), out[..<dot].allSatisfy(\.isNumber), dot != out.startIndex {
            out.insert("\\", at: dot)
        }
        return out
    }

    static func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
