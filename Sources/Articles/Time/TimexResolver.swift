/// Resolves an article's time expressions in text order, so that those which name a time again (`the quarter`,
/// `that day`, `the following year`, `a year earlier`) take their value from what the text named before them,
/// and the rest from the article's date (`TimexNormalizer`).
public struct TimexResolver: Sendable {
    /// What the text has named so far.
    struct Context {
        /// The last quarter or half named (`1989-Q3`, `1990-H1`): the period a report is about.
        var period: (year: Int, code: String)?
        /// The last day, month and year named, and the sentence the day was named in.
        var day: CalendarDate?
        var daySentence = -1
        var month: (year: Int, month: Int)?
        var year: Int?
        /// The last span of months a report moved on to (`in the first nine months`: `P9M`).
        var span: String?
    }

    public init() {}

    /// The values of `timexes` (an article's, in text order), resolved against `anchor` (the article's date) and
    /// against each other; `sentence(t)` is the index of the sentence a time expression stands in.
    public func values(of timexes: [Timex], anchor: CalendarDate?, sentence: (Timex) -> Int) -> [String?] {
        var context = Context()
        var out: [String?] = []
        out.reserveCapacity(timexes.count)
        var sentences: [Int] = []
        sentences.reserveCapacity(timexes.count)
        var dayless: [Int] = []   // clock times no day before them in their sentence placed
        for t in timexes {
            let s = sentence(t)
            sentences.append(s)
            if case .clock(_, _, nil, _) = t.pattern.shape, !(context.daySentence == s && context.day != nil) { dayless.append(out.count) }
            let v = value(of: t.pattern, anchor: anchor, context: context, sentence: s)
            if let v { remember(v, of: t.pattern, sentence: s, in: &context, anchor: anchor) }
            out.append(v)
        }
        // `will leave at 4 in the morning (4 a.m. Thursday)`: a clock time takes the day of the same time said again
        // later in its sentence (not another time's: `polls close at 8 p.m., and counting starts at noon Friday`)
        for k in dayless {
            guard case .clock(let h, let m, _, let zulu) = timexes[k].pattern.shape else { continue }
            var j = k + 1
            while j < timexes.count && sentences[j] == sentences[k] {
                if case .clock(h, m, _, _) = timexes[j].pattern.shape, let v = out[j], v.count >= 10,
                   let day = CalendarDate(iso: String(v.prefix(10))) {
                    out[k] = TimexNormalizer.clockValue(day.description, h, m, zulu: zulu)
                    break
                }
                j += 1
            }
        }
        return out
    }

    func value(of p: TimexPattern, anchor: CalendarDate?, context c: Context, sentence: Int) -> String? {
        let pad = TimexNormalizer.pad
        switch p.shape {
        case .reportedPeriod(.before) where c.period == nil && c.span != nil:
            // `the year-earlier period`, after `in the first nine months`: that span a year before, as long
            return c.span
        case .reportedPeriod(.absolute(let y)) where c.period == nil && c.span != nil:
            // `the 1988 period`, after `in the first nine months`: those months of 1988, which TIMEX3 can only give
            // as their year
            return pad(y, 4)
        case .reportedPeriod(let ref):
            guard let a = anchor else { return nil }
            // without a period named before, the last quarter ended before the article's date: what is reported
            let base = c.period ?? {
                let q = a.year * 4 + (a.month - 1) / 3 - 1
                return (q / 4, "Q\(q % 4 + 1)")
            }()
            return "\(pad(ref.year(own: base.year, articleYear: a.year), 4))-\(base.code)"
        case .ago(1, unit: "Y") where p.comparesFigures && c.period != nil,
             .anchored(unit: "Y", offset: -1) where p.comparesFigures && c.period != nil,
             .yearBeforeModifier where c.period != nil:
            // `up from $10 million a year ago`, `year-earlier net`, in a report on a quarter: that quarter a year before
            guard let period = c.period else { return nil }
            return "\(pad(period.year - 1, 4))-\(period.code)"
        case .weekdayBefore(let wd):
            guard let from = c.day ?? anchor else { return nil }
            var back = (from.weekday - wd + 7) % 7
            if back == 0 { back = 7 }
            return from.adding(days: -back).description
        case .yearBeforeModifier:
            return anchor.map { pad($0.year - 1, 4) }
        case .anchored(let unit, let k):
            switch unit {
            case "D":
                guard let d = c.day ?? anchor else { return nil }
                return d.adding(days: k).description + (p.partOfDay.map { "T" + $0 } ?? "")
            case "M":
                guard let m = c.month ?? anchor.map({ ($0.year, $0.month) }) else { return nil }
                return TimexNormalizer.monthValue(m.year, m.month, plus: k)
            default:
                guard let y = c.year ?? anchor?.year else { return nil }
                return pad(y + k, 4)
            }
        case .weekday(let wd, .plain) where p.futureInPast:
            // the first such day after the last day named before the article's date (`leaked out Friday, and a ban
            // would come Saturday`), else after the article's date
            guard let a = anchor else { return nil }
            let from = c.day.map { $0 < a ? $0 : a } ?? a
            var offset = (wd - from.weekday + 7) % 7
            if offset == 0 { offset = 7 }
            return from.adding(days: offset).description + (p.partOfDay.map { "T" + $0 } ?? "")
        case .clock(let h, let m, nil, let zulu) where c.daySentence == sentence && c.day != nil:
            // `made its first flight Tuesday at 18:00 UTC`: the time is on the day its sentence named
            guard let d = c.day else { return nil }
            return TimexNormalizer.clockValue(d.description, h, m, zulu: zulu)
        default:
            return TimexNormalizer.value(of: p, anchor: anchor)
        }
    }

    /// Whether an expression names the reported period again or the one it is compared with (`the 1988 period`,
    /// `the year-ago quarter`, `a year earlier`), which leaves the period reported on as it was.
    func namesPeriodAgain(_ p: TimexPattern) -> Bool {
        switch p.shape {
        case .reportedPeriod, .quarterIn(_, .before), .yearBeforeModifier: return true
        case .ago, .anchored: return p.comparesFigures
        default: return false
        }
    }

    /// Keeps what a resolved value names (`1989-Q3`, `1990-08-14`, `1990-08`, `1990`) for those that follow.
    func remember(_ v: String, of p: TimexPattern, sentence: Int, in c: inout Context, anchor: CalendarDate?) {
        if namesPeriodAgain(p) { return }
        // `in the first nine months, ...`: the report has moved on from its quarter to a span of months, and what
        // is compared with a year earlier is that span
        if v.hasPrefix("P"), v.hasSuffix("M"), !v.hasPrefix("PT"), !v.hasPrefix("PX") { c.period = nil; c.span = v; return }
        let date = v.splitASCII(0x54, maxSplits: 1).first.map(String.init) ?? v
        let parts = date.splitASCII(0x2D)
        guard let first = parts.first, first.count == 4, let y = Int(first) else { return }
        c.year = y
        if parts.count >= 2, let code = parts[1].first, code == "Q" || code == "H", parts[1].count == 2,
           let k = Int(parts[1].dropFirst()) {
            // only a period already over can be the one reported on (`expects the fourth quarter to be weak`,
            // written in November, is an outlook)
            let endMonth = code == "Q" ? 3 * k : 6 * k
            if let a = anchor, y * 12 + endMonth <= a.year * 12 + a.month - 1 { c.period = (y, String(parts[1])); c.span = nil }
            return
        }
        guard parts.count >= 2, let m = Int(parts[1]) else { return }
        c.month = (y, m)
        if parts.count == 3, let d = Int(parts[2]), let day = CalendarDate.valid(y, m, d) {
            c.day = day
            c.daySentence = sentence
        }
    }
}
