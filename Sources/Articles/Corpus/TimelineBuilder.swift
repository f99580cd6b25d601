/// Gathers dated sentences across articles into timeline rows: one row per date and group of events that
/// share entities, rows in chronological order (a year before its months, a month before its days).
public struct TimelineBuilder: Sendable {
    public init() {}

    /// The rows of `articles`' dated sentences; `work`, when given, counts the time expressions, events and names
    /// visited.
    public func build(_ articles: [Article], work: WorkCount? = nil) -> [TimelineRow] {
        var steps = 0
        defer { work?.add(steps) }
        // Each article's events, on every core: one event per date and sentence, with the names inside it.
        let found = Parallel.map(articles.count) { ai in TimelineBuilder.events(of: articles[ai], at: ai) }
        for a in articles { steps += a.timexes.count }
        // Each date's rows, on every core: the dates are dealt into shards by their hash, and each shard gathers
        // its dates' events from every article, in article order, and makes their rows (dates are independent of
        // each other; a shard's dates in the order first met, so the rows are made in the same order every run).
        let shards = TimelineBuilder.shards
        // each event's place dealt into its shard in one pass, in article order: a shard that passed over every
        // event to find its own copied each of them (its strings and names retained and released) sixteen times
        var dealt = [[(article: Int, event: Int)]](repeating: [], count: shards)
        for ai in found.indices {
            for e in found[ai].indices { dealt[found[ai][e].hash % shards].append((ai, e)) }
        }
        let inShard = dealt
        let perShard = Parallel.map(shards) { shard -> (rows: [TimelineRow], steps: Int) in
            var byDate: [String: [(TimelineEvent, [String])]] = [:]
            var dates: [String] = []
            for (ai, e) in inShard[shard] {
                let date = found[ai][e].date
                if byDate[date] == nil { dates.append(date) }
                byDate[date, default: []].append((found[ai][e].event, found[ai][e].names))
            }
            var rows: [TimelineRow] = []
            var steps = 0
            for date in dates {
                let r = TimelineBuilder.rows(of: byDate[date] ?? [], on: date)
                rows += r.rows
                steps += r.steps
            }
            return (rows, steps)
        }
        var rows: [TimelineRow] = []
        rows.reserveCapacity(perShard.reduce(0) { $0 + $1.rows.count })
        for r in perShard {
            rows += r.rows
            steps += r.steps
        }
        // each row's place in time read once, not at every comparison of the sort (and a date's rows are told
        // apart only by the date itself: the order the shards made them in does not show)
        steps += rows.count
        let keyed = rows.map { row -> (key: (Int, Int, Int), row: TimelineRow) in
            let c = TimelineBuilder.chrono(row.date)
            return ((c[0], c[1], c[2]), row)
        }
        return keyed.sorted { l, r in l.key != r.key ? l.key < r.key : l.row.date < r.row.date }.map(\.row)
    }

    /// How many shards the dates are dealt into: several per core, so that one shard of busy dates does not hold
    /// the others back.
    static let shards = 16

    /// The events of article `ai`: for each dated sentence, once per date, its date key, the event and the
    /// canonical names inside the sentence.
    /// (`hash`, the date's, deals the event into a shard.)
    static func events(of a: Article, at ai: Int) -> [(date: String, event: TimelineEvent, names: [String], hash: Int)] {
        let named = NamedSpans(a)
        var out: [(date: String, event: TimelineEvent, names: [String], hash: Int)] = []
        // One event per date and sentence. The time expressions come in text order, so an event this one would
        // repeat is the last one of its date: looked at, not searched for among all of the date's.
        let ordered = !a.timexes.indices.dropFirst().contains { a.timexes[$0].span.start < a.timexes[$0 - 1].span.start }
        var lastOfDate: [String: ByteSpan] = [:]
        var allOfDate: [String: [ByteSpan]] = [:]
        for t in a.timexes {
            guard let v = t.value, let date = TimelineBuilder.dateKey(v), let si = a.sentenceIndex(containing: t.span.start) else { continue }
            let s = a.sentences[si]
            if ordered {
                if lastOfDate[date] == s.span { continue }
                lastOfDate[date] = s.span
            } else {
                if allOfDate[date]?.contains(s.span) == true { continue }
                allOfDate[date, default: []].append(s.span)
            }
            let caption = a.paragraphs[s.paragraph].role == .caption
            let hash = WordTable.withBytes(of: date) { Int(truncatingIfNeeded: WordTable.hash($0, fold: false) >> 1) }
            out.append((date, TimelineEvent(article: ai, path: a.path, span: s.span, timex: t.span, caption: caption),
                        named.canonicalNames(inside: s.span), hash))
        }
        return out
    }

    /// The rows of one date: its events (with their names) in groups that share an entity or an article, and the
    /// steps taken.
    static func rows(of events: [(TimelineEvent, [String])], on date: String) -> (rows: [TimelineRow], steps: Int) {
        // a date with one event, as most have: its row, without the tables that group several (the same steps
        // counted: the event, its names, and its article's and names' groups joined)
        if events.count == 1 { return ([TimelineRow(date: date, events: [events[0].0])], 2 + 2 * events[0].1.count) }
        var steps = 0
        // Union events that share an entity (or come from the same article), as if every pair (i, j), i < j,
        // were taken in order and j's group joined to i's: the groups, and the event that names each (its
        // root, which orders the rows of a date), come out the same. Only the first event with a given article
        // or name can join anything new, so each is taken once rather than every pair (quadratic in a long
        // article with many events on one date).
        var group = Array(events.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while group[x] != x { group[x] = group[group[x]]; x = group[x] }
            return x
        }
        // (tables made at the size they may reach, not grown and rehashed a doubling at a time)
        var byArticle = [Int: [Int]](minimumCapacity: events.count), byName = [String: [Int]](minimumCapacity: events.count)
        for i in events.indices {
            steps += 1 + events[i].1.count
            byArticle[events[i].0.article, default: []].append(i)
            for name in events[i].1 { byName[name, default: []].append(i) }
        }
        var doneArticles = Set<Int>(minimumCapacity: byArticle.count), doneNames = Set<String>(minimumCapacity: byName.count)
        func join(_ i: Int, _ others: [Int]?) {
            steps += others?.count ?? 0
            for j in others ?? [] where j > i {
                let root = find(j), into = find(i)
                if root != into { group[root] = into }
            }
        }
        for i in events.indices {
            if doneArticles.insert(events[i].0.article).inserted { join(i, byArticle[events[i].0.article]) }
            for name in events[i].1 where doneNames.insert(name).inserted { join(i, byName[name]) }
        }
        var clusters = [Int: [TimelineEvent]](minimumCapacity: events.count)
        for i in events.indices { clusters[find(i), default: []].append(events[i].0) }
        var rows: [TimelineRow] = []
        for (_, evs) in clusters.sorted(by: { $0.key < $1.key }) {
            rows.append(TimelineRow(date: date, events: evs.sorted { ($0.article, $0.span.start) < ($1.article, $1.span.start) }))
        }
        return (rows, steps)
    }

    /// The date part of a TIMEX3 value that can anchor an event (`2020-07-31TEV` → `2020-07-31`), or nil.
    public static func dateKey(_ value: String) -> String? {
        // ASCII values, as the normaliser writes them, read on their bytes (split into strings and parsed as
        // integers, each time expression's value made three or four strings)
        if let read = value.utf8.withContiguousStorageIfAvailable({ asciiDateKey($0, of: value) }), read.ascii { return read.key }
        let v = value.splitASCII(0x54).first.map(String.init) ?? value
        guard let f = v.first, f.isNumber else { return nil }
        // a decade (`199`) or a century (`19`) is all digits; anything else starts with its year
        if v.count < 4 { return v.count >= 2 && Int(v) != nil ? v : nil }
        guard Int(v.prefix(4)) != nil else { return nil }
        return v
    }

    /// `dateKey` of an ASCII value on its bytes `b`: the part before a `T`, its first character a digit, all
    /// digits when shorter than a year, else opening with four (`ascii` false: the value is not ASCII).
    private static func asciiDateKey(_ b: UnsafeBufferPointer<UInt8>, of value: String) -> (ascii: Bool, key: String?) {
        guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return (false, nil) }
        var start = 0
        while start < b.count && b[start] == 0x54 { start += 1 }
        var end = start
        while end < b.count && b[end] != 0x54 { end += 1 }
        func digit(_ i: Int) -> Bool { b[i] &- 0x30 < 10 }
        guard end > start, digit(start) else { return (true, nil) }
        let digits = end - start < 4 ? start..<end : start..<(start + 4)
        guard end - start >= 2, digits.allSatisfy(digit) else { return (true, nil) }
        let key = start == 0 && end == b.count ? value : String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        return (true, key)
    }

    /// Where a date value's period starts, as (year, month, day); a week starts on its Monday, a weekend on its Saturday,
    /// a decade on its first year.
    public static func chrono(_ v: String) -> [Int] {
        let parts = v.splitASCII(0x2D)
        guard let first = parts.first, let y = Int(first) else { return [9999, 0, 0] }
        // a decade or a century starts with its first year, and sorts before that year (`199` < `1990`)
        if parts.count == 1, first.count == 3 { return [y * 10, 0, 0] }
        if parts.count == 1, first.count == 2 { return [y * 100, 0, 0] }
        if parts.count == 2, parts[1].hasPrefix("H"), let h = Int(parts[1].dropFirst()) { return [y, 6 * h - 5, 0] }
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

/// An article's people, organisations and places in text order, to find those inside a sentence by binary
/// search rather than by filtering all of them for each event. It keeps their indices, not copies of them.
private struct NamedSpans {
    private let entities: [Entity]
    private let named: [Int]
    private let starts: [Int]

    init(_ a: Article) {
        entities = a.entities
        var named = a.entities.indices.filter { a.entities[$0].type.isName }
        if zip(named, named.dropFirst()).contains(where: { a.entities[$1].span.start < a.entities[$0].span.start }) {
            named.sort { a.entities[$0].span.start < a.entities[$1].span.start }
        }
        self.named = named
        starts = named.map { a.entities[$0].span.start }
    }

    /// The canonical names of those that lie inside `span`, each once (a sentence names few: an array, not a
    /// set per event).
    func canonicalNames(inside span: ByteSpan) -> [String] {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < span.start { lo = mid + 1 } else { hi = mid }
        }
        var names: [String] = []
        var k = lo
        while k < named.count, case let e = entities[named[k]], e.span.start < span.end {
            if e.span.end <= span.end && !names.contains(e.canonical) { names.append(e.canonical) }
            k += 1
        }
        return names
    }
}
