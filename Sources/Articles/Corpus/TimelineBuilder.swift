/// Gathers dated sentences across articles into timeline rows: one row per date and group of events that
/// share entities, rows in chronological order (a year before its months, a month before its days).
public struct TimelineBuilder: Sendable {
    public init() {}

    public func build(_ articles: [Article]) -> [TimelineRow] {
        var byDate: [String: [(TimelineEvent, Set<String>)]] = [:]
        for (ai, a) in articles.enumerated() {
            for t in a.timexes {
                guard let v = t.value, let date = TimelineBuilder.dateKey(v), let si = a.sentenceIndex(containing: t.span.start) else { continue }
                let s = a.sentences[si]
                let caption = a.paragraphs[s.paragraph].role == .caption
                let names = Set(a.entities.filter { s.span.encloses($0.span) && [.person, .organization, .place].contains($0.type) }.map { $0.canonical })
                let ev = TimelineEvent(article: ai, path: a.path, text: a.text(s.span), span: s.span, timex: t.span, caption: caption)
                if byDate[date]?.contains(where: { $0.0.article == ai && $0.0.span == s.span }) == true { continue }
                byDate[date, default: []].append((ev, names))
            }
        }
        var rows: [TimelineRow] = []
        for (date, events) in byDate {
            // union events that share an entity (or come from the same article)
            var group = Array(events.indices)
            func find(_ x: Int) -> Int { var x = x; while group[x] != x { x = group[x] }; return x }
            for i in events.indices {
                for j in events.indices where j > i {
                    if events[i].0.article == events[j].0.article || !events[i].1.isDisjoint(with: events[j].1) {
                        group[find(j)] = find(i)
                    }
                }
            }
            var clusters: [Int: [TimelineEvent]] = [:]
            for i in events.indices { clusters[find(i), default: []].append(events[i].0) }
            for (_, evs) in clusters.sorted(by: { $0.key < $1.key }) {
                rows.append(TimelineRow(date: date, events: evs.sorted { ($0.article, $0.span.start) < ($1.article, $1.span.start) }))
            }
        }
        return rows.sorted { l, r in
            let a = TimelineBuilder.chrono(l.date), b = TimelineBuilder.chrono(r.date)
            return a != b ? a.lexicographicallyPrecedes(b) : l.date < r.date
        }
    }

    /// The date part of a TIMEX3 value that can anchor an event (`2020-07-31TEV` → `2020-07-31`), or nil.
    public static func dateKey(_ value: String) -> String? {
        let v = value.split(separator: "T").first.map(String.init) ?? value
        guard let f = v.first, f.isNumber, v.count >= 4, Int(v.prefix(4)) != nil else { return nil }
        return v
    }

    /// Where a date value's period starts, as (year, month, day); a week starts on its Monday, a weekend on its Saturday.
    public static func chrono(_ v: String) -> [Int] {
        let parts = v.split(separator: "-")
        guard let y = parts.first.flatMap({ Int($0) }) else { return [9999, 0, 0] }
        if parts.count >= 2, parts[1].hasPrefix("W"), let w = Int(parts[1].dropFirst()) {
            let d = CalendarDate.monday(isoYear: y, week: w).adding(days: parts.count == 3 ? 5 : 0)
            return [d.year, d.month, d.day]
        }
        if parts.count >= 2, parts[1].hasPrefix("Q"), let q = Int(parts[1].dropFirst()) { return [y, 3 * q - 2, 0] }
        if parts.count == 2, let m = CalendarWords.seasonFirstMonth[String(parts[1])] { return [y, m, 0] }
        let m = parts.count >= 2 ? Int(parts[1]) ?? 0 : 0
        let d = parts.count >= 3 ? Int(parts[2]) ?? 0 : 0
        return [y, m, d]
    }
}
