/// The time expressions made of words alone, as a catalogue: one table per family, each row a phrase and what it
/// means. Adding such an expression is adding a row; expressions built around numbers and names (dates, clock
/// times, amounts, quarters) are read by `TimexRecognizer`'s own rules.
///
/// A phrase is a list of elements matched against a sentence's lower-cased words; the longest phrase that
/// matches at a word wins.
public enum TimexPhrases {
    /// One element of a phrase.
    enum Element: Sendable {
        /// This word.
        case word(String)
        /// One of these words.
        case oneOf(Set<String>)
        /// A unit of time in the singular (`year`, `week`), kept for the meaning.
        case unit
        /// A weekday's name (`thursday`), kept for the meaning.
        case weekday
        /// A part of the day, if one follows (`morning`), kept for the meaning.
        case partOfDay
        /// A month's full name (`july`), kept for the meaning.
        case month
    }

    /// What the elements of a matched phrase captured.
    struct Captures: Sendable {
        var unit: String?
        var weekday: Int?
        var partOfDay: String?
        var month: Int?
    }

    /// Conditions on the words around a phrase.
    struct Context: Sendable {
        /// The word before must be one of these (`in` before `the past`).
        var after: Set<String>? = nil
        /// The word before must not be one of these (`the` before `last night`).
        var notAfter: Set<String> = []
        /// The word after must not be one of these (`ended` after `the fiscal year`).
        var notBefore: Set<String> = []
        /// Whether a hyphen touching the phrase's end rules it out (`now-defunct`).
        var notHyphenated = false
        /// Whether a number after the phrase rules it out (`the past 5 years`).
        var notBeforeNumber = false
        /// Whether the phrase must be lower case (not `the Daily News`), where it does not open the sentence.
        var lowerCase = false
    }

    /// A row of the catalogue: a phrase, its TIMEX3 type, the conditions around it and its meaning.
    struct Row: Sendable {
        var elements: [Element]
        var kind: Timex.Kind
        var context: Context
        var shape: @Sendable (Captures) -> TimexPattern.Shape

        init(_ elements: [Element], _ kind: Timex.Kind, when context: Context = Context(),
             _ shape: @escaping @Sendable (Captures) -> TimexPattern.Shape) {
            self.elements = elements
            self.kind = kind
            self.context = context
            self.shape = shape
        }

        /// A phrase of plain words.
        init(_ words: String, _ kind: Timex.Kind, when context: Context = Context(), _ shape: TimexPattern.Shape) {
            self.init(words.split(separator: " ").map { .word(String($0)) }, kind, when: context) { _ in shape }
        }
    }

    /// The recogniser's units of time in the singular (`year` → `Y`): what `every`, `each` and `once a` count.
    static let units = WordMap(TimexRecognizer.units.pairs.filter { !$0.key.hasSuffix("s") }.map { ($0.key, $0.value) })

    /// `yesterday`, `tomorrow morning`, `tonight`, `last night`, `this afternoon`: days counted from the article's.
    static let relativeDays: [Row] = [
        Row([.word("yesterday"), .partOfDay], .date) { _ in .dayOffset(-1) },
        Row([.word("today")], .date) { _ in .dayOffset(0) },
        Row([.word("tomorrow"), .partOfDay], .date) { _ in .dayOffset(1) },
        Row([.word("tonight")], .time) { _ in .dayOffset(0) },
        Row([.word("last"), .word("night")], .time, when: Context(notAfter: ["the"])) { _ in .dayOffset(-1) },
        Row([.word("last"), .oneOf(["morning", "afternoon", "evening"])], .time, when: Context(notAfter: ["the"])) { _ in .dayOffset(0) },
        Row([.word("this"), .oneOf(["morning", "afternoon", "evening", "night"])], .time, when: Context(notAfter: ["the"])) { _ in .dayOffset(0) },
    ]

    /// The year a report speaks of: the fiscal year, the full year, year-end, the end of the year (not `the year
    /// ended Sept. 30`, a year's span).
    static let yearOfTheReport: [Row] = [
        Row("the fiscal year", .date, when: Context(notBefore: ["ended", "ending", "to", "through"]), .yearOffset(0)),
        Row("the full year", .date, when: Context(notBefore: ["ended", "ending", "to", "through"]), .yearOffset(0)),
        Row("the current year", .date, when: Context(notBefore: ["ended", "ending", "to", "through"]), .yearOffset(0)),
        Row("the current fiscal year", .date, .yearOffset(0)),
        Row("the latest fiscal year", .date, .yearOffset(-1)),
        Row("the end of the year", .date, .yearOffset(0)),
        Row("the beginning of the year", .date, .yearOffset(0)),
        Row("the start of the year", .date, .yearOffset(0)),
        Row("the middle of the year", .date, .yearOffset(0)),
        // by year end, around year's end
        Row("year end", .date, when: Context(after: ["by", "around", "at", "before", "until", "till", "near", "toward", "towards"]), .yearOffset(0)),
        Row([.word("year"), .oneOf(["'s", "’s"]), .word("end")], .date, when: Context(after: ["by", "around", "at", "before", "until", "till", "near"])) { _ in .yearOffset(0) },
    ]

    /// A day, month or year named again: counted from the last one the text named.
    static let anchoredReferences: [Row] = {
        let span: Set<String> = ["over", "for", "during", "within", "throughout"]
        @Sendable func unit(_ c: Captures) -> Character { c.unit.map { Character($0) } ?? "D" }
        let calendar: Set<String> = ["day", "month", "year"]
        let parts: Set<String> = ["morning", "afternoon", "evening"]
        let days = Set(CalendarWords.fullWeekdays).union(["yesterday", "today", "tomorrow"])
        return [
            // the following year, the previous day (not `over the next year`, a span)
            Row([.word("the"), .oneOf(["next", "following"]), .oneOf(calendar)], .date, when: Context(notAfter: span)) {
                .anchored(unit: unit($0), offset: 1)
            },
            Row([.word("the"), .word("previous"), .oneOf(calendar)], .date, when: Context(notAfter: span)) {
                .anchored(unit: unit($0), offset: -1)
            },
            // that day, the same year, that same month
            Row([.word("that"), .oneOf(calendar)], .date, when: Context(notHyphenated: true)) { .anchored(unit: unit($0), offset: 0) },
            Row([.word("that"), .word("same"), .oneOf(calendar)], .date, when: Context(notHyphenated: true)) { .anchored(unit: unit($0), offset: 0) },
            Row([.word("the"), .word("same"), .oneOf(calendar)], .date, when: Context(notHyphenated: true)) { .anchored(unit: unit($0), offset: 0) },
            // the next morning: the day after the last one named
            Row([.word("the"), .oneOf(["next", "following"]), .oneOf(["morning", "afternoon", "evening", "night"])], .date,
                when: Context(notAfter: span)) { _ in .anchored(unit: "D", offset: 1) },
            // in the morning, by mid-afternoon, late in the evening: a part of the last day named (the article's,
            // if none)
            Row([.word("the"), .oneOf(parts)], .time, when: Context(after: ["in", "during", "through", "by"])) { _ in
                .anchored(unit: "D", offset: 0)
            },
            // (not before the day it is part of: `mid-afternoon yesterday`, `late morning Tuesday` are read whole)
            Row([.oneOf(["early", "mid", "late"]), .oneOf(parts)], .time, when: Context(notAfter: ["the", "a"], notBefore: days)) { _ in
                .anchored(unit: "D", offset: 0)
            },
            Row([.oneOf(["early", "mid", "late"]), .word("-"), .oneOf(parts)], .time, when: Context(notAfter: ["the", "a"], notBefore: days)) { _ in
                .anchored(unit: "D", offset: 0)
            },
            // earlier in the year, later in the day
            Row([.oneOf(["earlier", "later", "early", "late"]), .word("in"), .word("the"), .oneOf(["day", "year", "month"])], .date) {
                .anchored(unit: unit($0), offset: 0)
            },
        ]
    }()

    /// Vague references to the present, the past and the future.
    static let vagueReferences: [Row] = [
        // (not `now-defunct`; `now that` too: the present it speaks of is now)
        Row("now", .date, when: Context(notHyphenated: true), .fixed("PRESENT_REF")),
        Row("currently", .date, .fixed("PRESENT_REF")),
        Row("nowadays", .date, .fixed("PRESENT_REF")),
        Row("these days", .date, .fixed("PRESENT_REF")),
        Row("recently", .date, .fixed("PAST_REF")),
        // in the past (not `the past two years`, a span)
        Row("the past", .date, when: Context(after: ["in"], notBefore: Set(TimexRecognizer.units.keys).union(TimexRecognizer.numberWords.keys),
                                       notBeforeNumber: true), .fixed("PAST_REF")),
        Row("the near term", .date, .fixed("FUTURE_REF")),
        Row("the short term", .date, .fixed("FUTURE_REF")),
        Row("as soon as possible", .date, .fixed("FUTURE_REF")),
        Row("a later date", .date, .fixed("FUTURE_REF")),
        Row("the future", .date, .fixed("FUTURE_REF")),
        Row("the near future", .date, .fixed("FUTURE_REF")),
        // soon (not `as soon as`, `soon after`, `soon-to-open`)
        Row("soon", .date, when: Context(notAfter: ["as"], notBefore: ["as", "after", "before", "afterward", "afterwards", "thereafter", "-"]),
            .fixed("FUTURE_REF")),
    ]

    /// Sets: what recurs (every Thursday, each year, twice a year, daily).
    static let sets: [Row] = {
        @Sendable func every(_ c: Captures) -> TimexPattern.Shape { .fixed(TimexRecognizer.durationValue(1, c.unit ?? "D")) }
        var rows: [Row] = [
            Row([.oneOf(["every", "each"]), .weekday], .set) { .fixed("XXXX-WXX-\($0.weekday ?? 1)") },
            Row([.oneOf(["every", "each"]), .month], .set) { .fixed("XXXX-\(TimexNormalizer.pad($0.month ?? 1, 2))") },
            Row([.oneOf(["every", "each"]), .unit], .set, every),
            Row([.oneOf(["once", "twice"]), .oneOf(["a", "an", "per", "each", "every"]), .unit], .set, every),
        ]
        // adverbs and adjectives of frequency (`paid monthly`, `a daily rally`; not in a name, `the Daily News`)
        for (word, unit) in TimexRecognizer.frequencyAdverbs.pairs.sorted(by: { $0.key < $1.key }) {
            rows.append(Row(word, .set, when: Context(lowerCase: true), .fixed(TimexRecognizer.durationValue(1, unit))))
        }
        return rows
    }()

    /// The weekend, as news names the one just gone or the one to come.
    static let weekends: [Row] = [
        Row("the weekend", .date, when: Context(notAfter: ["this"]), .recentWeekend),
    ]

    /// Every family, in one index by first word.
    static let families: [[Row]] = [relativeDays, yearOfTheReport, anchoredReferences, vagueReferences, sets, weekends]
    /// (A table hashed on the word's bytes, as the word lists are: asked at every start word of every sentence.)
    static let byFirstWord: WordMap<[Row]> = {
        var index: [String: [Row]] = [:]
        for row in families.joined() {
            switch row.elements[0] {
            case .word(let w): index[w, default: []].append(row)
            case .oneOf(let ws): for w in ws { index[w, default: []].append(row) }
            case .unit, .weekday, .partOfDay, .month: break
            }
        }
        return WordMap(index.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }()

    /// For a first word all of whose phrases go on with given words (`the` → `fiscal`, `future`, ...), those
    /// words: most `the`s of a text are let go after one look at the word that follows.
    static let secondWords: WordMap<WordSet> = {
        var out: [(String, WordSet)] = []
        for (first, rows) in byFirstWord.pairs {
            var words = Set<String>()
            var closed = true
            for row in rows {
                guard row.elements.count > 1 else { closed = false; break }
                switch row.elements[1] {
                case .word(let w): words.insert(w)
                case .oneOf(let ws): words.formUnion(ws)
                case .unit, .weekday, .partOfDay, .month: closed = false
                }
            }
            if closed { out.append((first, WordSet(words.sorted()))) }
        }
        return WordMap(out)
    }()

    /// Every word a phrase can start with.
    static var firstWords: [String] { byFirstWord.keys }

    /// The longest phrase of the catalogue at word `i` of a sentence (`lower`: its words; `capitalized(k)` and
    /// `touching(j, k)`, `number(k)` as the recogniser sees them): where it ends, its type and its meaning.
    static func match(_ lower: LowerWords, at i: Int, capitalized: (Int) -> Bool, touching: (Int, Int) -> Bool, number: (Int) -> Bool)
        -> (end: Int, kind: Timex.Kind, shape: TimexPattern.Shape, partOfDay: String?)? {
        guard let rows = lower.value(i, in: byFirstWord) else { return nil }
        let n = lower.count
        if let next = lower.value(i, in: secondWords), !(i + 1 < n && lower.isIn(i + 1, next)) { return nil }
        var best: (end: Int, kind: Timex.Kind, shape: TimexPattern.Shape, partOfDay: String?)?
        for row in rows {
            var k = i
            var captures = Captures()
            var matched = true
            for element in row.elements {
                let w = k < n ? lower[k] : ""
                switch element {
                case .word(let x): if w == x { k += 1 } else { matched = false }
                case .oneOf(let xs): if xs.contains(w) { if let u = units[w] { captures.unit = u }; k += 1 } else { matched = false }
                case .unit: if let u = units[w] { captures.unit = u; k += 1 } else { matched = false }
                case .weekday:
                    if CalendarWords.fullWeekdays.contains(w), let d = CalendarWords.weekdays[w] { captures.weekday = d; k += 1 } else { matched = false }
                case .partOfDay: if let p = TimexRecognizer.partsOfDay[w], w != "tonight" { captures.partOfDay = p; k += 1 }
                case .month:
                    if CalendarWords.fullMonthNames.contains(w), capitalized(k), let m = CalendarWords.months[w] {
                        captures.month = m; k += 1
                    } else { matched = false }
                }
                if !matched { break }
            }
            guard matched, k > (best?.end ?? i) else { continue }
            let c = row.context
            let before = i > 0 ? lower[i - 1] : ""
            if let after = c.after, !after.contains(before) { continue }
            if c.notAfter.contains(before) { continue }
            if k < n, c.notBefore.contains(lower[k]) { continue }
            if c.notHyphenated, k < n, lower[k] == "-", touching(k - 1, k) { continue }
            if c.notBeforeNumber, k < n, number(k) { continue }
            if c.lowerCase, i > 0, capitalized(i) { continue }
            // (a time's part of day is its last word's: `last night`, `tonight`)
            let pod = captures.partOfDay ?? (row.kind == .time ? TimexRecognizer.partsOfDay[lower[k - 1]] : nil)
            best = (k, captures.partOfDay != nil ? .time : row.kind, row.shape(captures), pod)
        }
        return best
    }
}
