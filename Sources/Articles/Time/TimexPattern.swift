/// What a time expression says, before it is resolved against the article's date.
public struct TimexPattern: Hashable, Sendable {
    /// The shape of the expression.
    public enum Shape: Hashable, Sendable {
        /// A date with its year (`August 1, 2020`, `September 2016`, `2017`).
        case absolute(year: Int, month: Int?, day: Int?)
        /// A month and day without a year (`September 15`, `Sept. 20`).
        case monthDay(month: Int, day: Int)
        /// A month without a year (`in May`, `the end of June`), maybe with `last`, `next` or `this`.
        case month(Int, relation: Relation = .plain)
        /// A weekday, maybe with `last`, `next` or `this`.
        case weekday(Int, relation: Relation)
        /// `yesterday` (-1), `today` (0), `tomorrow` (+1).
        case dayOffset(Int)
        /// `this week` (0), `last week` (-1), `next week` (+1).
        case week(Int)
        /// `this weekend` (0), `last weekend` (-1).
        case weekend(Int)
        /// `the weekend`: the last one begun by the article's date, or the coming one in a clause of the future.
        case recentWeekend
        /// `this month`, `last month`.
        case monthOffset(Int)
        /// `this year`, `last year`.
        case yearOffset(Int)
        /// `three years ago`: an amount and a unit (`Y`, `M`, `W`, `D`) back from the article date.
        case ago(Int, unit: Character)
        /// A named holiday (`thanksgiving`, `christmas`): `last Thanksgiving` the latest one before the article's
        /// date, a bare one by its clause's tense, else the nearer one.
        case holiday(String, relation: Relation = .plain)
        /// A month with its year counted from the article's (`June last year`: -1, `February this year`: 0).
        case monthInYear(Int, yearOffset: Int)
        /// A time of day on a month and day (`5 p.m. EST Nov. 9`), the day's year chosen as a `monthDay`'s.
        case clockOnDate(hour: Int, minute: Int, month: Int, day: Int, zulu: Bool)
        /// A quarter, with its year if given (`the third quarter`, `Q3 2020`).
        case quarter(Int, year: Int?)
        /// A season (`SP`, `SU`, `FA`, `WI`), with its year (`spring 2020`) or relative to the article's date
        /// (`last summer`, `this fall`, `next winter`).
        case season(String, year: Int?, relation: Relation)
        /// A time of day (`09:41 UTC`, `3 p.m.`, `noon Thursday`), on a 24-hour clock: on the weekday that follows
        /// it, else on the article's day; `zulu` when its zone is UTC or GMT.
        case clock(hour: Int, minute: Int, weekday: Int?, zulu: Bool)
        /// A value that needs no anchor: durations (`P3Y`), vague references (`FUTURE_REF`), decades (`199`).
        case fixed(String)
        /// A quarter whose year is given by its relation (`this year's third quarter`: `.relative(0)`; `the year-ago
        /// third quarter`: `.before(1)`, a year before the third quarter meant).
        case quarterIn(Int, year: YearRef)
        /// A quarter counted from the article's: `this quarter`, `the current quarter` (0), `last quarter` (-1).
        case quarterOffset(Int)
        /// A half year (`the first half`, `the second half of 1990`), its year as a quarter's.
        case half(Int, year: Int?)
        /// The period a report is about, named again (`the quarter`, `the latest period`, `the year-ago quarter`):
        /// the last quarter or half the article named, else the last quarter ended before its date.
        case reportedPeriod(year: YearRef)
        /// `the previous Friday`: the last such day before the last day the text named (or the article's date).
        case weekdayBefore(Int)
        /// `year-ago`, `year-earlier` before what is compared (`year-earlier net income`): the reported period a
        /// year before, or the year before the article's when none is being reported on.
        case yearBeforeModifier
        /// A day (`D`), month (`M`) or year (`Y`) counted from the last one the text named: `the following year`
        /// (+1), `that day` (0), `a year earlier` (-1); from the article's date when the text has named none.
        case anchored(unit: Character, offset: Int)
    }

    /// Which year a period named again is in.
    public enum YearRef: Hashable, Sendable {
        /// The period's own (`the quarter`).
        case same
        /// So many years before the period's own (`the year-ago quarter`: 1).
        case before(Int)
        /// A year given (`the 1988 quarter`).
        case absolute(Int)
        /// Counted from the article's year (`last year's quarter`: -1).
        case relative(Int)

        /// The year meant, given the period's own year and the article's.
        func year(own: Int, articleYear: Int) -> Int {
            switch self {
            case .same: own
            case .before(let k): own - k
            case .absolute(let y): y
            case .relative(let k): articleYear + k
            }
        }
    }

    /// How a weekday relates to the article's date.
    public enum Relation: Hashable, Sendable {
        case plain, last, next, this
    }

    public var shape: Shape
    /// TIMEX3 part of day: `MO`, `AF`, `EV`, `NI`.
    public var partOfDay: String?
    /// Whether the sentence speaks of the future (`will`, `next`), which decides which Friday a bare `Friday` is.
    public var future: Bool
    /// Whether the clause speaks of the future only as seen from a past time (`said a ban would come Saturday`):
    /// the Saturday after the last day the text named, not after the article's date.
    public var futureInPast: Bool = false
    /// Whether the clause is plainly in the past (`was`, `had`, `ended`): `in March` then is the last March.
    public var past: Bool
    /// Whether the sentence compares figures (`$`, `%`, `cents`): there `a year ago` is the reported period a year
    /// before, not the whole year.
    public var comparesFigures: Bool

    public init(shape: Shape, partOfDay: String? = nil, future: Bool = false, past: Bool = false, comparesFigures: Bool = false) {
        self.shape = shape
        self.partOfDay = partOfDay
        self.future = future
        self.past = past
        self.comparesFigures = comparesFigures
    }
}
