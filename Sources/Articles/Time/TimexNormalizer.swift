/// Resolves recognised time expressions to TIMEX3 values against an article's date (the anchor).
///
/// Without an anchor, expressions that need one stay unresolved (value nil) rather than being invented.
public enum TimexNormalizer {
    public static func value(of p: TimexPattern, anchor: CalendarDate?) -> String? {
        let pod = p.partOfDay.map { "T" + $0 } ?? ""
        switch p.shape {
        case .fixed(let v):
            return v
        case .absolute(let y, let m, let d):
            guard let m else { return pad(y, 4) }
            guard let d else { return "\(pad(y, 4))-\(pad(m, 2))" }
            return CalendarDate.valid(y, m, d).map { $0.description + pod }
        case .quarter(let q, let y):
            if let y { return "\(pad(y, 4))-Q\(q)" }
            // no year: the latest such quarter already begun on the anchor's date (`the fourth quarter` in a January
            // report is last year's), or the coming one where the clause speaks of what is to come
            guard let a = anchor else { return nil }
            let begun = (q - 1) * 3 + 1 <= a.month
            let year = begun || p.future ? a.year : a.year - 1
            return "\(pad(year, 4))-Q\(q)"
        case .half(let h, let y):
            if let y { return "\(pad(y, 4))-H\(h)" }
            guard let a = anchor else { return nil }
            let begun = (h - 1) * 6 + 1 <= a.month
            return "\(pad(begun || p.future ? a.year : a.year - 1, 4))-H\(h)"
        case .season(let code, let y?, _):
            return "\(pad(y, 4))-\(code)"
        default:
            break
        }
        guard let a = anchor else { return nil }
        switch p.shape {
        case .clock(let h, let m, let weekday, let zulu):
            let day = weekday.flatMap { w in value(of: TimexPattern(shape: .weekday(w, relation: .plain), partOfDay: nil, future: p.future), anchor: a) }
            return clockValue(day ?? a.description, h, m, zulu: zulu)
        case .monthDay(let m, let d):
            // the year that puts the date nearest the article's date, on the side the clause's tense points to
            let candidates = [a.year - 1, a.year, a.year + 1].compactMap { CalendarDate.valid($0, m, d) }
            return nearest(candidates, to: a, p).map { $0.description + pod }
        case .month(let m, let relation):
            // the article's year, unless the clause's tense points past it (`will close in January`, written in
            // October, is next year's; `was rescued in November`, written in April, last year's); `last May` is
            // the latest May before this month, `next May` the first after it
            var y = a.year
            switch relation {
            case .last: if m >= a.month { y -= 1 }
            case .next: if m <= a.month { y += 1 }
            case .this: break
            case .plain:
                if p.future && !p.futureInPast { if m < a.month { y += 1 } } else if p.past { if m > a.month { y -= 1 } }
                // without a tense, the nearer of this year's and the neighbouring year's (`December`, written in
                // February, is the one just gone)
                else if m - a.month > 6 { y -= 1 } else if a.month - m > 6 { y += 1 }
            }
            return "\(pad(y, 4))-\(pad(m, 2))"
        case .quarterIn(let q, let ref):
            let own = value(of: TimexPattern(shape: .quarter(q, year: nil), future: p.future), anchor: a).flatMap { Int($0.prefix(4)) } ?? a.year
            return "\(pad(ref.year(own: own, articleYear: a.year), 4))-Q\(q)"
        case .quarterOffset(let k):
            let q = a.year * 4 + (a.month - 1) / 3 + k
            return "\(pad(q / 4, 4))-Q\(q % 4 + 1)"
        case .weekday(let wd, let relation):
            let diff = wd - a.weekday
            var offset: Int
            switch relation {
            case .this: offset = diff
            case .last: offset = -((a.weekday - wd + 7) % 7); if offset == 0 { offset = -7 }
            case .next: offset = (diff + 7) % 7; if offset == 0 { offset = 7 }
            case .plain: offset = p.future ? (diff + 7) % 7 : -((a.weekday - wd + 7) % 7)
            }
            return a.adding(days: offset).description + pod
        case .dayOffset(let k):
            return a.adding(days: k).description + pod
        case .week(let k):
            let w = a.adding(days: 7 * k).isoWeek
            return "\(pad(w.year, 4))-W\(pad(w.week, 2))"
        case .weekend(let k):
            let w = a.adding(days: 7 * k).isoWeek
            return "\(pad(w.year, 4))-W\(pad(w.week, 2))-WE"
        case .recentWeekend:
            // the Saturday on or before the article's date, or the first one after it
            let back = (a.weekday - 6 + 7) % 7
            let saturday = p.future && back != 0 && back != 1 ? a.adding(days: 7 - back) : a.adding(days: -back)
            let w = saturday.isoWeek
            return "\(pad(w.year, 4))-W\(pad(w.week, 2))-WE"
        case .monthOffset(let k):
            return monthValue(a.year, a.month, plus: k)
        case .yearOffset(let k):
            return pad(a.year + k, 4)
        case .ago(let k, let unit):
            switch unit {
            case "Y": return pad(a.year - k, 4)
            case "M":
                return monthValue(a.year, a.month, plus: -k)
            case "W": return a.adding(days: -7 * k).description
            default: return a.adding(days: -k).description
            }
        case .holiday(let name, let relation):
            let dates = [a.year - 1, a.year, a.year + 1].compactMap { holiday(name, year: $0) }
            let chosen: CalendarDate?
            switch relation {
            case .last: chosen = dates.last { $0 < a }
            case .next: chosen = dates.first { a < $0 }
            case .this: chosen = holiday(name, year: a.year)
            case .plain: chosen = nearest(dates, to: a, p)
            }
            return chosen?.description
        case .monthInYear(let m, let k):
            return "\(pad(a.year + k, 4))-\(pad(m, 2))"
        case .clockOnDate(let h, let m, let month, let day, let zulu):
            guard let date = value(of: TimexPattern(shape: .monthDay(month: month, day: day), future: p.future, past: p.past), anchor: a) else { return nil }
            return clockValue(date, h, m, zulu: zulu)
        case .season(let code, nil, let relation):
            return "\(pad(seasonYear(code, relation, anchor: a), 4))-\(code)"
        default:
            return nil
        }
    }

    /// The year of the season meant: `last` is the latest one already over, `next` the first not yet begun, and
    /// `this` the one of the article's year (the winter that began last December, in January or February).
    static func seasonYear(_ code: String, _ relation: TimexPattern.Relation, anchor a: CalendarDate) -> Int {
        let firstMonth = CalendarWords.seasonFirstMonth[code] ?? 1
        let now = a.year * 12 + a.month - 1
        func start(_ y: Int) -> Int { y * 12 + firstMonth - 1 }
        switch relation {
        case .last:
            var y = a.year
            while start(y) + 3 > now { y -= 1 }
            return y
        case .next:
            var y = a.year - 1
            while start(y) <= now { y += 1 }
            return y
        case .this, .plain:
            return code == "WI" && a.month <= 2 ? a.year - 1 : a.year
        }
    }

    /// The date of a named holiday in a year (US conventions for the movable ones).
    static func holiday(_ name: String, year y: Int) -> CalendarDate? {
        func nth(_ n: Int, weekday: Int, month: Int) -> CalendarDate {
            let first = CalendarDate(year: y, month: month, day: 1)
            return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
        }
        func lastWeekday(_ weekday: Int, month: Int) -> CalendarDate {
            let last = CalendarDate(year: y, month: month, day: CalendarDate.daysIn(month: month, year: y))
            return last.adding(days: -((last.weekday - weekday + 7) % 7))
        }
        switch name {
        case "thanksgiving": return nth(4, weekday: 4, month: 11)
        case "blackfriday": return nth(4, weekday: 4, month: 11).adding(days: 1)
        case "cybermonday": return nth(4, weekday: 4, month: 11).adding(days: 4)
        case "christmas": return CalendarDate(year: y, month: 12, day: 25)
        case "christmaseve": return CalendarDate(year: y, month: 12, day: 24)
        case "newyear": return CalendarDate(year: y, month: 1, day: 1)
        case "newyearseve": return CalendarDate(year: y, month: 12, day: 31)
        case "halloween": return CalendarDate(year: y, month: 10, day: 31)
        case "independence": return CalendarDate(year: y, month: 7, day: 4)
        case "juneteenth": return CalendarDate(year: y, month: 6, day: 19)
        case "valentine": return CalendarDate(year: y, month: 2, day: 14)
        case "veterans": return CalendarDate(year: y, month: 11, day: 11)
        case "labor": return nth(1, weekday: 1, month: 9)
        case "memorial": return lastWeekday(1, month: 5)
        case "election": return nth(1, weekday: 1, month: 11).adding(days: 1)
        case "easter":
            // anonymous Gregorian algorithm
            let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
            let h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
            let m = (a + 11 * h + 22 * l) / 451
            return CalendarDate(year: y, month: (h + l - 7 * m + 114) / 31, day: (h + l - 7 * m + 114) % 31 + 1)
        default: return nil
        }
    }

    /// Of `dates`, the nearest the article's date `a`, on the side the clause's tense points to (on or after it for
    /// the future, on or before it for the past).
    static func nearest(_ dates: [CalendarDate], to a: CalendarDate, _ p: TimexPattern) -> CalendarDate? {
        // the future of a past time (`would`) may lie before the article's date as well as after it
        let side = p.future && !p.futureInPast ? dates.filter { !($0 < a) } : p.past ? dates.filter { !(a < $0) } : dates
        return side.min { abs($0.dayNumber - a.dayNumber) < abs($1.dayNumber - a.dayNumber) }
    }

    /// A month counted `plus` months from another (`2020-11` plus 3: `2021-02`).
    static func monthValue(_ year: Int, _ month: Int, plus k: Int) -> String {
        let total = year * 12 + (month - 1) + k
        return "\(pad(total / 12, 4))-\(pad(total % 12 + 1, 2))"
    }

    /// A time of day on a day (`2020-07-31T18:00Z`).
    static func clockValue(_ day: String, _ h: Int, _ m: Int, zulu: Bool) -> String {
        "\(day)T\(pad(h, 2)):\(pad(m, 2))\(zulu ? "Z" : "")"
    }

    static func pad(_ n: Int, _ w: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, w - s.count)) + s
    }
}
