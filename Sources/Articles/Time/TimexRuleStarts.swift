/// The families of `TimexRecognizer`'s rules a word can start, read once per word instead of asking every rule in
/// turn. Most words that start any rule start only a few (`the` starts the rules that read the word after it, `a` the
/// amounts), yet every rule was asked of them and compared strings of its own. Each family holds at least the words
/// its rules' first condition accepts (built from the tables the rules read where they read one), so a rule gated on
/// its family still sees every word it could match; the rule's own conditions then decide. A rule whose first
/// condition is a list of words reads it from a table the gate reads too (`TimexRecognizer.relativeWords`,
/// `everyEach`, …); only single words (`the`, `year`, `quarter`, `current`) and `q1`–`q4` are repeated here.
struct TimexRuleStarts: OptionSet, Sendable {
    let rawValue: UInt32

    /// A number token (dates, clock times, years, amounts, decades): set from the token's kind, not the table.
    static let number = TimexRuleStarts(rawValue: 1 << 0)
    /// `noon`, `midday`, `midnight`: a clock time said as a word.
    static let clockWord = TimexRuleStarts(rawValue: 1 << 1)
    /// A day of the month said as an ordinal word (`eighth`).
    static let dayOrdinal = TimexRuleStarts(rawValue: 1 << 2)
    /// A month's name or its abbreviation.
    static let month = TimexRuleStarts(rawValue: 1 << 3)
    /// A weekday in the plural (`mondays`: every Monday).
    static let pluralWeekday = TimexRuleStarts(rawValue: 1 << 4)
    /// A weekday's full name.
    static let weekday = TimexRuleStarts(rawValue: 1 << 5)
    /// The first word of a phrase of `TimexPhrases`' catalogue.
    static let phrase = TimexRuleStarts(rawValue: 1 << 6)
    /// A season (`summer`, `fall`).
    static let season = TimexRuleStarts(rawValue: 1 << 7)
    /// `the`: the year of a report, halves, the period named again, durations, decades said as words.
    static let the = TimexRuleStarts(rawValue: 1 << 8)
    /// `year` (`year-end`, `year-ago`).
    static let year = TimexRuleStarts(rawValue: 1 << 9)
    /// `this`, `last`, `next`: quarters, weeks, months and years counted from now.
    static let thisLastNext = TimexRuleStarts(rawValue: 1 << 10)
    /// `this`, `last`, `next`, `past` before a week, a weekend, a month, a year.
    static let relativeSpan = TimexRuleStarts(rawValue: 1 << 11)
    /// The first word of a holiday's name.
    static let holiday = TimexRuleStarts(rawValue: 1 << 12)
    /// `quarter`, after its ordinal.
    static let quarter = TimexRuleStarts(rawValue: 1 << 13)
    /// `q1` to `q4`.
    static let quarterName = TimexRuleStarts(rawValue: 1 << 14)
    /// `every`, `each`: sets counted in numbers.
    static let everyEach = TimexRuleStarts(rawValue: 1 << 15)
    /// A number said as a word (`two`, `a`, `several`).
    static let numberWord = TimexRuleStarts(rawValue: 1 << 16)
    /// `current`, the adjective of the present.
    static let current = TimexRuleStarts(rawValue: 1 << 17)
    /// A unit of time (`year`, `weeks`).
    static let unit = TimexRuleStarts(rawValue: 1 << 18)
    /// Tens said as a word (`twenty`).
    static let tens = TimexRuleStarts(rawValue: 1 << 19)
    /// `coming`, `past`, `recent` before units in the plural.
    static let comingPastRecent = TimexRuleStarts(rawValue: 1 << 20)
    /// `within`, `for` before units in the plural.
    static let withinFor = TimexRuleStarts(rawValue: 1 << 21)
    /// A century said as an ordinal word (`twentieth`).
    static let centuryWord = TimexRuleStarts(rawValue: 1 << 22)
    /// The first half of a year said as words (`nineteen`).
    static let centurySaid = TimexRuleStarts(rawValue: 1 << 23)

    /// Every start word of the recogniser with the families it starts (none for a start word no rule reads first).
    static let table: WordMap<TimexRuleStarts> = {
        var families: [String: TimexRuleStarts] = [:]
        func add<S: Sequence>(_ words: S, _ family: TimexRuleStarts) where S.Element == String {
            for w in words { families[w, default: []].formUnion(family) }
        }
        add(TimexRecognizer.clockWords.keys, .clockWord)
        add(TimexRecognizer.dayOrdinals.keys, .dayOrdinal)
        add(CalendarWords.monthWords, .month)
        add(CalendarWords.fullWeekdays.map { $0 + "s" }, .pluralWeekday)
        add(CalendarWords.fullWeekdays, .weekday)
        add(TimexPhrases.firstWords, .phrase)
        add(CalendarWords.seasons.keys, .season)
        add(["the"], .the)
        add(["year"], .year)
        add(TimexRecognizer.relativeWords, .thisLastNext)
        add(TimexRecognizer.relativeSpanStarts, .relativeSpan)
        add(TimexRecognizer.holidayFirstWords, .holiday)
        add(TimexRecognizer.holidays.keys, .holiday)
        add(["quarter"], .quarter)
        add(["q1", "q2", "q3", "q4"], .quarterName)
        add(TimexRecognizer.everyEach, .everyEach)
        add(TimexRecognizer.numberWords.keys, .numberWord)
        add(["current"], .current)
        add(TimexRecognizer.units.keys, .unit)
        add(TimexRecognizer.tensWords.keys, .tens)
        add(TimexRecognizer.comingPastRecent, .comingPastRecent)
        add(TimexRecognizer.withinFor, .withinFor)
        add(TimexRecognizer.centuryWords.keys, .centuryWord)
        add(TimexRecognizer.centuriesSaid.keys, .centurySaid)
        // only the recogniser's start words: a word it lets go at once stays let go
        return WordMap(TimexRecognizer.startWords.map { ($0, families[$0] ?? []) })
    }()

    /// The families the token at hand can start: those of its word, and the number rules' for a number.
    static func of(_ token: Token) -> TimexRuleStarts { of(token, in: table) }

    /// `of(_:)` read from `table` in hand: the recogniser asks it of every word, and each reach for the lazily made
    /// global went through the runtime's once-only check (a few per cent of recognising time expressions).
    @inline(__always)
    static func of(_ token: Token, in table: WordMap<TimexRuleStarts>) -> TimexRuleStarts {
        if token.kind == .number { return table[lowerOf: token].map { $0.union(.number) } ?? .number }
        return table[lowerOf: token] ?? []
    }
}
