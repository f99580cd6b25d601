/// Finds temporal expressions among a sentence's tokens: dates, weekdays, relative days and weeks,
/// months, years, holidays, quarters, durations and vague references.
public enum TimexRecognizer {
    static let partsOfDay: WordMap<String> = ["morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"]
    static let numberWords: WordMap<Int> = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "ninety": 90,
        "several": -1, "few": -1, "couple": 2,
    ]
    static let units: WordMap<String> = [
        "year": "Y", "years": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W", "day": "D", "days": "D",
        "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE", "hour": "TH", "hours": "TH",
        "minute": "TM", "minutes": "TM", "quarter": "Q", "quarters": "Q",
    ]
    static let yearCues: WordSet = [
        "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "through", "to", "early",
        "late", "mid", "the", "year", "fiscal", "circa", "around", "between", "and", "or", "for", "spring", "summer",
        "autumn", "fall", "winter", "in-", "as", "into", "both", "due", "'s", "’s",
    ]
    static let monthCues: WordSet = [
        "in", "since", "by", "until", "till", "from", "during", "before", "after", "through", "to", "early", "late",
        "mid", "of", "last", "next", "this", "since", "until", "on", "and", "or", "between",
    ]
    /// Adverbs of frequency and the period each repeats over (`annually`: every year).
    static let frequencyAdverbs: WordMap<String> = [
        "daily": "D", "weekly": "W", "monthly": "M", "annually": "Y", "yearly": "Y", "hourly": "TH", "nightly": "D",
    ]

    /// Words after an adverb of frequency that leave it an adverb (`paid monthly to`, `rises annually in`), where a
    /// noun would make it an adjective (`a daily paper`): the function words of the bundled lexicon, a constant
    /// list (the recogniser is given no lexicon of its own).
    static func lexiconFunctionWord(_ w: String) -> Bool { Lexicon.bundled.functionWords.contains(w) }

    /// Nouns after a number that make it a count, not a year (`2000 workers`).
    static let countedNouns: WordSet = [
        "%", "percent", "people", "users", "employees", "workers", "jobs", "troops", "soldiers", "cars", "homes", "units",
        "shares", "tons", "tonnes", "miles", "kilometers", "kilometres", "feet", "meters", "metres", "votes", "students",
    ]

    /// Nouns a number after which is a number, not a year (`room 2014`).
    static let numberedNouns: WordSet = ["no.", "number", "page", "room", "route", "at", "flight", "model", "version", "item", "code", "pin"]
    /// Words that end a clause for the tense of a time expression in it.
    static let clauseBreaks: WordSet = [",", ";", ":", "\u{2014}", "\u{2013}", "that", "said", "says", "told", "and", "but", "when", "after", "before",
                                            "saying", "which", "who", "while"]
    /// Words that put a clause in the past: auxiliaries in their past forms, and `ended` (`the year ended March 31`).
    static let pastCues: WordSet = ["was", "were", "had", "did", "ended", "ago", "since", "wasn't", "weren't", "hadn't", "didn't", "wasn’t", "weren’t", "hadn’t", "didn’t"]
    /// Verbs whose past form does not end in `-ed` (those that are also their present, `put`, `set`, `cut`, left out).
    static let irregularPasts: WordSet = [
        "began", "became", "brought", "bought", "came", "fell", "fled", "gave", "got", "grew", "held", "kept", "knew", "led",
        "left", "lost", "made", "met", "paid", "rose", "ran", "sank", "saw", "sent", "sold", "spent", "spoke", "stood", "struck",
        "took", "thought", "told", "tore", "won", "wrote", "broke", "built", "chose", "drew", "drove", "felt", "found", "flew",
        "hung", "meant", "sat", "shook", "shot", "sought", "stole", "swept", "threw", "woke", "wore", "went", "did", "had",
    ]
    /// Which way a clause's verb points from the time it is written.
    enum Tense { case past, future }
    /// Verbs in the present: a clause with one of them points neither way.
    static let presentWords: WordSet = ["is", "are", "am", "has", "have", "isn't", "aren't", "isn’t", "aren’t"]
    /// Modal verbs: a clause with one of them is not told in the past.
    static let modalWords: WordSet = ["may", "might", "can", "could", "should", "must", "be", "been"]
    /// Determiners before `plan` that make it a noun (`its plans to`).
    static let determiners: WordSet = ["the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "no", "new", "any", "these", "those", "such"]
    /// Function words that can stand as the subject of a verb after them (`it announced`, `that injured`).
    static let subjectWords: WordSet = ["i", "you", "he", "she", "it", "we", "they", "who", "that", "which"]
    /// Words before a date that make it a deadline or a due date (`by Jan. 14`, `payable Jan. 2`).
    static let deadlineWords: WordSet = ["by", "until", "till", "through", "payable", "effective", "record"]
    /// Words in `-ed` that are no past tense.
    static let notPastInEd: WordSet = ["hundred", "kindred", "sacred", "naked", "wicked", "rugged", "ragged", "beloved", "crooked", "wretched"]
    /// Words before a participle that keep it out of the past (`is expected`, `will be finished`, `to be named`).
    static let presentAuxiliaries: WordSet = ["is", "are", "am", "be", "been", "being", "will", "would", "to", "’s", "'s", "get", "gets", "shall"]
    /// Words of a sentence that reports figures: money, shares of a whole.
    static let figureWords: WordSet = ["$", "%", "#", "£", "€", "¥", "cents", "percent", "million", "billion", "yen"]
    /// Words that put a clause in the future whatever else it says.
    static let strongFutureCues: WordSet = ["will", "shall", "’ll", "'ll", "tomorrow", "won’t", "won't"]
    static let futureCues: WordSet = ["will", "shall", "’ll", "'ll", "tomorrow", "won’t", "won't", "expect", "expects", "would",
                                          "planned", "planning", "scheduled", "until", "postponed"]

    // MARK: - Words the rules read, each list named once (a literal list in a rule was built anew each time the
    // rule was asked, and a rule's first words are read by `TimexRuleStarts` from the same table)

    /// Before a decade or a year: the mid-1990s, early 2020.
    static let decadeModifiers: WordSet = ["mid", "early", "late"]
    /// A possessive ending, in both apostrophes.
    static let possessives: WordSet = ["'s", "’s"]
    /// What this/last/next counts from now: this week, next month.
    static let relativeSpans: WordSet = ["week", "weekend", "month", "year"]
    /// The time zones of UTC itself.
    static let zuluZones: WordSet = ["utc", "gmt"]
    /// Words that may follow `for the year` and leave it the article's year.
    static let yearOfFollowers: WordSet = ["to", "and"]
    /// This, last, next: counted from now (the first word of the rules of `TimexRuleStarts.thisLastNext`).
    static let relativeWords: WordSet = ["this", "last", "next"]
    /// This/last/next/past before a week, a month, a year (`TimexRuleStarts.relativeSpan`).
    static let relativeSpanStarts: WordSet = ["this", "last", "next", "past"]
    /// Before `couple of`: the next couple of days.
    static let coupleDeterminers: WordSet = ["the", "next", "last", "past", "first"]
    /// Before a recent year with no other cue: a 2014 raid.
    static let yearDeterminers: WordSet = ["the", "a", "an", "its", "their", "his", "her", "this", "that"]
    /// Before a month alone that make it a date: the October slaying.
    static let monthDeterminers: WordSet = ["the", "a", "an", "its", "their", "for", "'s", "’s"]
    /// The endings of ordinals written in figures: 20th.
    static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th"]
    /// As soon as, as early as: what is to come.
    static let asSoonAs: WordSet = ["soon", "early"]
    /// Past verbs of saying that do not end in -ed.
    static let sayingPasts: WordSet = ["said", "told", "wrote", "spoke"]
    /// A verb of saying, before which stands its speaker.
    static let sayingWords: WordSet = ["said", "says", "told", "saying"]
    /// The period a report is about, named again.
    static let reportedPeriods: WordSet = ["quarter", "period"]
    /// The previous Friday: counted back from the day named last.
    static let precedingWords: WordSet = ["previous", "preceding"]
    /// Plans to, plan to.
    static let planWords: WordSet = ["plans", "plan"]
    /// Before a unit or an amount of them: the next three years.
    static let durationModifiers: WordSet = ["past", "last", "next", "previous", "following", "coming"]
    /// Over the years, in the years that followed.
    static let spanPrepositions: WordSet = ["over", "in", "through", "during"]
    /// After `fall` as a noun of falling: the fall of Rome, the fall in prices.
    static let fallNounFollowers: WordSet = ["of", "in", "from"]
    /// The latest quarter, the same period.
    static let periodModifiers: WordSet = ["latest", "same", "comparable", "corresponding", "fiscal", "recent"]
    /// Is, are.
    static let presentBe: WordSet = ["is", "are"]
    /// Nouns an ordinal word counts that leave it no day of the month: the second half.
    static let ordinalNouns: WordSet = ["half", "quarter", "time", "round", "place"]
    /// Before `to`, what is still to come: going to, is set to.
    static let toComeBeforeTo: WordSet = ["going", "scheduled", "set", "is", "are"]
    /// For the year, of the year.
    static let yearOfPrepositions: WordSet = ["for", "of"]
    /// Extended to, postponed to: a day to come set in the past.
    static let postponingVerbs: WordSet = ["extended", "postponed", "delayed", "moved", "pushed"]
    /// Is expected to, are due to.
    static let expectedWords: WordSet = ["expected", "due"]
    /// The year ended, the fiscal year ending.
    static let endedWords: WordSet = ["ended", "ending"]
    /// The end of March, the start of June.
    static let monthParts: WordSet = ["end", "beginning", "start", "middle"]
    /// The early summer, the late spring.
    static let seasonModifiers: WordSet = ["early", "late"]
    /// A year earlier, two days before: counted back.
    static let backwardWords: WordSet = ["earlier", "before"]
    /// A year earlier, two days later: counted from the last time named.
    static let anchoredWords: WordSet = ["earlier", "before", "later", "after"]
    /// The Jan. 14 deadline.
    static let deadlineNouns: WordSet = ["deadline", "deadlines"]
    /// Coming months, past years, recent quarters (`TimexRuleStarts.comingPastRecent`).
    static let comingPastRecent: WordSet = ["coming", "past", "recent"]
    /// April 24 and 25.
    static let dayConjunctions: WordSet = ["and", "or"]
    /// Year-ago, year-earlier.
    static let yearAgoEnds: WordSet = ["ago", "earlier"]
    /// A year ago, a year earlier, one year before.
    static let yearAgoPhraseEnds: WordSet = ["ago", "earlier", "before"]
    /// Three times a day, twice per week.
    static let perWords: WordSet = ["a", "an", "per", "each", "every"]
    /// What ends a clause after `a year earlier`.
    // (U+037E, the Greek question mark, is canonically `;`, which a literal list compared as equal)
    static let clauseEnds: WordSet = [",", ".", ";", "\u{037E}", "and", "when"]
    /// Both apostrophes, before a decade: the '70s.
    static let apostrophes: WordSet = ["'", "’"]
    /// Units whose plural before `ago` is a time some way back (years ago).
    static let agoUnits: WordSet = ["Y", "M", "W", "D", "DE", "Q"]
    /// Units of a vague span: coming months, recent years.
    static let vagueSpanUnits: WordSet = ["Y", "M", "W", "D", "Q"]
    /// Years and decades: over the years.
    static let yearsUnits: WordSet = ["Y", "DE"]
    /// In years, in decades, in months: an unknown number of them.
    static let inYearsUnits: WordSet = ["Y", "DE", "M"]
    /// Times of day said as a word, with their hour (the first words of `TimexRuleStarts.clockWord`).
    static let clockWords: WordMap<Int> = ["noon": 12, "midday": 12, "midnight": 0]
    /// Every, each: sets counted in numbers (`TimexRuleStarts.everyEach`).
    static let everyEach: WordSet = ["every", "each"]
    /// Within, for before units in the plural (`TimexRuleStarts.withinFor`).
    static let withinFor: WordSet = ["within", "for"]
    /// Hours added by a.m. and p.m.
    static let meridiems: WordMap<Int> = ["a.m.": 0, "am": 0, "p.m.": 12, "pm": 12]
    /// Hours added by `in the morning`, `in the evening`.
    static let spokenMeridiems: WordMap<Int> = ["morning": 0, "afternoon": 12, "evening": 12]
    /// What a hundred and a thousand multiply.
    static let scales: WordMap<Int> = ["hundred": 100, "thousand": 1000]
    /// Years counted from now by last, this and next (June last year).
    static let relativeOffsets: WordMap<Int> = ["last": -1, "this": 0, "next": 1]
    /// The relation last, next and this say.
    static let relations: WordMap<TimexPattern.Relation> = ["last": .last, "next": .next, "this": .this]
    /// Years in a decade and a century.
    static let yearsPerUnit: WordMap<Int> = ["DE": 10, "CE": 100]

    static let holidays: WordMap<String> = [
        "thanksgiving": "thanksgiving", "christmas": "christmas", "halloween": "halloween", "easter": "easter",
        "juneteenth": "juneteenth",
    ]
    static let holidayPhrases: [([String], String)] = [
        (["new", "year’s", "day"], "newyear"), (["new", "year's", "day"], "newyear"), (["christmas", "eve"], "christmaseve"),
        (["christmas", "day"], "christmas"), (["new", "year’s", "eve"], "newyearseve"), (["new", "year's", "eve"], "newyearseve"),
        (["independence", "day"], "independence"), (["labor", "day"], "labor"), (["memorial", "day"], "memorial"),
        (["veterans", "day"], "veterans"), (["valentine’s", "day"], "valentine"), (["valentine's", "day"], "valentine"),
        (["black", "friday"], "blackfriday"), (["cyber", "monday"], "cybermonday"), (["election", "day"], "election"),
    ]

    /// Time expressions in `tokens[range]` (one sentence), with unresolved values.
    public static func recognize(tokens: TokenList, range: Range<Int>, bytes: [UInt8]) -> [Timex] {
        var out: [Timex] = []
        let lower = LowerWords(tokens, range)
        let base = range.lowerBound
        // (what the whole sentence says of its tense and figures is asked only once a time expression is found:
        // most sentences have none)
        var futureCache: Bool?
        var future: Bool {
            get {
                if let f = futureCache { return f }
                let f = (0..<n).contains { lower.isIn($0, futureCues) } || containsGoingTo(lower, 0..<n)
                futureCache = f
                return f
            }
        }
        // whether the clause around token `k` speaks of what is to come: `officials said Tuesday they will vote`
        // puts Tuesday in the past; the sentence's `will` belongs to another clause
        func clauseRange(_ k: Int) -> ClosedRange<Int> {
            // `and` between two capitalised words joins names (`the Food and Drug Administration`), not clauses
            func breaks(_ j: Int) -> Bool {
                guard lower.isIn(j, clauseBreaks) else { return false }
                return !(lower.isWord(j, "and") && j > 0 && j + 1 < n && tok(j - 1).isCapitalized && tok(j + 1).isCapitalized
                         && tok(j - 1).kind == .word && tok(j + 1).kind == .word)
            }
            var lo = k, hi = k
            while lo > 0 && !breaks(lo - 1) { lo -= 1 }
            while hi + 1 < n && !breaks(hi + 1) { hi += 1 }
            // `In January, the company brought in ...`: a phrase of time opening the sentence belongs to the clause
            // after its comma
            if lo == 0, hi - lo < 4, low(hi + 1) == "," {
                hi += 2
                while hi + 1 < n && !breaks(hi + 1) { hi += 1 }
            }
            return lo...min(hi, n - 1)
        }
        // a verb in the past tense at `j`: an irregular past form, or a lower-case word in `-ed` that no auxiliary of
        // the present or future stands before (`was rescued`, not `is expected`, `will be finished`)
        func pastVerb(_ j: Int) -> Bool {
            // (most words of a clause are neither an irregular past nor a word in `-ed`: told on the token's bytes)
            guard lower.isIn(j, irregularPasts) || lower.tokenEnds(j, with: "ed") else { return false }
            let w = lower[j]
            if irregularPasts.contains(w) { return !presentAuxiliaries.contains(low(j - 1)) && !presentAuxiliaries.contains(low(j - 2)) }
            guard w.hasAtLeast(5), w.hasSuffix("ed"), !w.hasSuffix("eed"), !notPastInEd.contains(w), !futureCues.contains(w),
                  tok(j).kind == .word, !tok(j).isCapitalized else { return false }
            // before a noun it is an adjective (`preferred stock`, `a limited offer`, `sold improved models`),
            // unless a subject stands before it (`it announced plans`, `shootings that injured doctors`)
            if j + 1 < n, tok(j + 1).kind == .word, !tok(j + 1).isCapitalized, !lexiconFunctionWord(lower[j + 1]),
               !hasSubjectBefore(j) {
                return false
            }
            return !presentAuxiliaries.contains(low(j - 1)) && !presentAuxiliaries.contains(low(j - 2))
        }
        // whether the word before a verb-like word at `j` can be its subject: a pronoun or relative, a name or a
        // noun; not a determiner, a preposition, a number or a verb before its object
        func hasSubjectBefore(_ j: Int) -> Bool {
            guard j > 0 else { return false }
            let w = lower[j - 1]
            if subjectWords.contains(w) { return true }
            // a name, or a noun in the plural (`prices rose`); a word in the singular may as well be an adjective
            // (`convertible preferred stock`)
            if tok(j - 1).kind != .word || lexiconFunctionWord(w) { return false }
            return tok(j - 1).isCapitalized || (w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("ous"))
        }
        // whether a time at `k` follows a verb of saying in the past (`said Friday it would`, `predicted
        // Wednesday`): the day of the saying, whatever the rest of the clause speaks of
        func saidAt(_ k: Int) -> Bool {
            let v = low(k - 1) == "on" ? low(k - 2) : low(k - 1)
            return v.hasAtLeast(4) && (v.hasSuffix("ed") || sayingPasts.contains(v)) && Lexicon.bundled.reportingVerbs.contains(v)
        }
        // The tense of the clause of an expression at tokens `k..<end`, read once for it:
        // - future: a plan or a deadline (`planned`, `until`) is of the future unless the clause says it in the past
        //   (`until Thursday, they had not`; `a service planned for Saturday was canceled`); `will` always is;
        // - past: plainly in the past, and not also of the future; but a deadline is set in the past for a day to
        //   come (`asked it to respond by Oct. 31`, `extended to Nov. 20`, `gave no reason for the Jan. 14 deadline`);
        // - futureInPast: the clause's only sign of the future is `would`, the future of a past time.
        func tense(_ k: Int, to end: Int) -> (future: Bool, past: Bool, futureInPast: Bool) {
            let said = saidAt(k)
            let r = clauseRange(k)
            // (the clause's words asked through the tokens: their strings are made only where a rule reads them)
            func clauseHas(_ set: WordSet) -> Bool { r.contains { lower.isIn($0, set) } }
            let pastInClause = clauseHas(pastCues)
            var isFuture = false, inPast = false
            if future && !said {
                let goingTo = containsGoingTo(lower, r.lowerBound..<(r.upperBound + 1))
                isFuture = clauseHas(strongFutureCues) || goingTo || (clauseHas(futureCues) && !pastInClause)
                inPast = r.contains { lower.isWord($0, "would") }
                    && !r.contains { lower.isIn($0, futureCues) && !lower.isWord($0, "would") } && !goingTo
            }
            let deadline = deadlineWords.contains(low(k - 1)) || deadlineNouns.contains(low(end))
                || (low(k - 1) == "to" && postponingVerbs.contains(low(k - 2)))
            // a time after an infinitive belongs to it, what is to come after the past verb before it (`agreed to buy
            // it in February`, `placed orders to start trading in November`), unless an auxiliary in the past says
            // otherwise (`was shot to death on Oct. 23`)
            let infinitive = r.lowerBound < k && (r.lowerBound..<k).contains { lower.isWord($0, "to") && verbOfItsOwn($0) }
                && !said && !pastInClause
            let isPast = said || (!deadline && !infinitive && (pastInClause || r.contains { pastVerb($0) }) && !isFuture)
            if !isFuture && !isPast && !deadline && !inPast && !infinitive, !r.contains(where: { verbOfItsOwn($0) }), let before = tenseBefore(r.lowerBound) {
                return (before == .future, before == .past, false)
            }
            return (isFuture, isPast, inPast)
        }
        // a word at `j` that gives a clause a tense other than the past: a verb in the present, a modal, an
        // infinitive (`to admit`, `to start`: what is to come after the verb before it)
        func verbOfItsOwn(_ j: Int) -> Bool {
            if lower.isIn(j, presentWords) || lower.isIn(j, modalWords) { return true }
            return lower.isWord(j, "to") && j + 1 < n && tok(j + 1).kind == .word && !tok(j + 1).isCapitalized
                && !lower.isIn(j + 1, Lexicon.bundled.functionWords)
        }
        // A clause with no verb of its own (`chief executive in March`, `after the Oct. 23 slaying`) is a phrase of
        // the clause before it: the tense of the nearest verb to the left, as far back as the verb of saying
        // (what stands before `said` is its speaker). A verb in the present leaves it without one.
        func tenseBefore(_ start: Int) -> Tense? {
            var j = start - 1
            while j >= 0 {
                let w = lower[j]
                if sayingWords.contains(w) || verbOfItsOwn(j) { return nil }
                if strongFutureCues.contains(w) { return .future }
                if pastCues.contains(w) || pastVerb(j) { return .past }
                j -= 1
            }
            return nil
        }
        var figuresCache: Bool?
        var comparesFigures: Bool {
            get {
                if let f = figuresCache { return f }
                let f = (0..<n).contains { lower.isIn($0, figureWords) }
                figuresCache = f
                return f
            }
        }
        var i = 0
        let n = lower.count
        func tok(_ k: Int) -> Token { tokens[base + k] }
        func low(_ k: Int) -> String { k >= 0 && k < n ? lower[k] : "" }
        func emit(_ from: Int, _ to: Int, _ kind: Timex.Kind, _ shape: TimexPattern.Shape, pod: String? = nil) {
            let span = ByteSpan(tok(from).span.start, tok(to - 1).span.end)
            let text = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
            let t = tense(from, to: to)
            var pattern = TimexPattern(shape: shape, partOfDay: pod, future: t.future, past: t.past, comparesFigures: comparesFigures)
            pattern.futureInPast = t.futureInPast
            out.append(Timex(span: span, text: text, kind: kind, value: nil, pattern: pattern))
            i = to
        }
        // whether tokens `j` and `k` touch, with no space between them
        func touching(_ j: Int, _ k: Int) -> Bool { j >= 0 && k < n && tok(j).touches(tok(k)) }
        // a time of day at `k`: its hour (24-hour clock), minute and how many tokens it takes
        func clockAt(_ k: Int) -> (Int, Int, Int)? {
            if let hour = clockWords[lower[k]] { return (hour, 0, 1) }
            guard tok(k).kind == .number else { return nil }
            let meridiem = meridiems[low(k + 1)]
            let parts = lower[k].splitASCII(0x3A, omittingEmpty: false)
            if parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) {
                if let add = meridiem, (1...12).contains(h) { return ((h % 12) + add, m, 2) }
                return (h, m, 1)
            }
            // `3 p.m.`: an hour alone needs its a.m. or p.m.
            if parts.count == 1, let h = Int(parts[0]), (1...12).contains(h), let add = meridiem { return ((h % 12) + add, 0, 2) }
            // `4 in the morning`, `9 in the evening`, as people say them
            if parts.count == 1, let h = Int(parts[0]), (1...12).contains(h), low(k + 1) == "in", low(k + 2) == "the",
               let add = spokenMeridiems[low(k + 3)] {
                return ((h % 12) + add, 0, 4)
            }
            return nil
        }
        func isYear(_ k: Int) -> Int? {
            guard k < n, tok(k).kind == .number, lower[k].count == 4, let y = Int(lower[k]), (1800...2100).contains(y) else { return nil }
            return y
        }
        // the decade a number before a touching `s` names (`1990`s: 199; `'70`s: 197)
        func decadeAt(_ k: Int) -> Int? {
            let w = lower[k]
            guard w.hasSuffix("0"), let v = Int(w) else { return nil }
            if w.count == 4, (1000...2090).contains(v) { return v / 10 }
            if w.count == 2, k > 0, apostrophes.contains(lower[k - 1]), touching(k - 1, k) { return v < 30 ? 200 + v / 10 : 190 + v / 10 }
            return nil
        }
        func dayNumber(_ k: Int) -> Int? {
            // a day said as an ordinal word, as transcripts write it (`March eighth`)
            // (not `first-quarter`, `second half`)
            if k < n, let d = dayOrdinals[lower[k]] {
                return low(k + 1) == "-" || ordinalNouns.contains(low(k + 1)) ? nil : d
            }
            guard k < n, tok(k).kind == .number, lower[k].count <= 4 else { return nil }
            let digits = lower[k].prefix { $0.isNumber }
            guard let d = Int(digits), (1...31).contains(d), digits.count <= 2 else { return nil }
            return d
        }
        // `year-ago` / `year-earlier` as one hyphenated word at `k`: where it ends
        func yearAgoAt(_ k: Int) -> Int? {
            guard low(k) == "year", low(k + 1) == "-", yearAgoEnds.contains(low(k + 2)), touching(k, k + 1), touching(k + 1, k + 2) else { return nil }
            return k + 3
        }
        // `a year ago`, `a year earlier`, `last year` after a period named again: where it ends
        func yearAgoPhraseAt(_ k: Int) -> Int? {
            if low(k) == "a" || low(k) == "one", low(k + 1) == "year", yearAgoPhraseEnds.contains(low(k + 2)) { return k + 3 }
            if low(k) == "last" && low(k + 1) == "year" { return k + 2 }
            return nil
        }
        // an amount at `k`: its value (-1 for `several`, `few`), whether a half follows and where it ends (`twenty
        // four`, `forty-five`, `a couple of`, `a hundred`, `2 1/2`, `two and a half`)
        func amountAt(_ k: Int) -> (n: Int, half: Bool, end: Int)? {
            var v: Int, e: Int
            if low(k) == "a" && low(k + 1) == "couple" && low(k + 2) == "of" { v = 2; e = k + 3 }
            else if low(k) == "couple" && low(k + 1) == "of" && k > 0 && coupleDeterminers.contains(low(k - 1)) { v = 2; e = k + 2 }
            else if let tens = tensWords[low(k)] {
                v = tens; e = k + 1
                if low(e) == "-", touching(e - 1, e), let d = numberWords[low(e + 1)], (1...9).contains(d) { v += d; e += 2 }
                else if let d = numberWords[low(e)], (1...9).contains(d), low(e) != "a" { v += d; e += 1 }
            } else if let w = numberAt(k) { v = w; e = k + 1 }
            else { return nil }
            if v > 0, let scale = scales[low(e)] { v *= scale; e += 1 }
            var half = false
            if low(e) == "1/2" || low(e) == "½" { half = true; e += 1 }
            else if low(e) == "and", low(e + 1) == "a", low(e + 2) == "half" { half = true; e += 3 }
            return (v, half, e)
        }
        // a year said as words at `k` and where it ends: `nineteen ninety-six`, `nineteen eighty`, `nineteen
        // oh five`, `two thousand` (after `the year` or `in`), `two thousand and one`
        func spokenYearAt(_ k: Int) -> (Int, Int)? {
            if let century = centuriesSaid[low(k)] {
                if let tens = tensWords[low(k + 1)] {
                    if low(k + 2) == "-", touching(k + 1, k + 2), let d = numberWords[low(k + 3)], (1...9).contains(d), low(k + 3) != "a" {
                        return (century * 100 + tens + d, k + 4)
                    }
                    return (century * 100 + tens, k + 2)
                }
                if low(k + 1) == "oh", let d = numberWords[low(k + 2)], (1...9).contains(d), low(k + 2) != "a" { return (century * 100 + d, k + 3) }
                return nil
            }
            if low(k) == "two", low(k + 1) == "thousand", low(k - 1) == "in" || (low(k - 1) == "year" && low(k - 2) == "the") {
                if low(k + 2) == "and", let d = numberWords[low(k + 3)], (1...12).contains(d), low(k + 3) != "a" { return (2000 + d, k + 4) }
                return (2000, k + 2)
            }
            return nil
        }
        func numberAt(_ k: Int) -> Int? {
            if let v = numberWords[low(k)] { return v }
            // (a number token is ASCII: its comma looked for among its bytes, not its characters)
            if k < n, tok(k).kind == .number, !lower[k].utf8.contains(0x2C), let v = Int(lower[k]), v < 1000 { return v }
            return nil
        }

        let ruleStarts = TimexRuleStarts.table
        while i < n {
            let token = tok(i)
            // most words start no expression: skip them before the rules below each look at them (or their word in
            // lower case is made)
            // (the families of rules the word can start, read once: a rule is asked only of words it could match)
            let starts = TimexRuleStarts.of(token, in: ruleStarts)
            if starts.isEmpty { i += 1; continue }
            let t = lower[i]
            // (families given one by one: an option set written as a list literal was an array built on every word)
            func may(_ a: TimexRuleStarts, _ b: TimexRuleStarts = TimexRuleStarts(rawValue: 0),
                     _ c: TimexRuleStarts = TimexRuleStarts(rawValue: 0)) -> Bool {
                starts.rawValue & (a.rawValue | b.rawValue | c.rawValue) != 0
            }

            // clock times: 09:41 UTC, 3 p.m. EDT, 10pm, noon, midnight (a time zone is part of the time)
            if may(.number, .clockWord), let (h, m, len) = clockAt(i) {
                var end = i + len
                var zulu = false
                if end < n, tok(end).isAllCaps, EntityRecognizer.timeZones.contains(lower[end]) {
                    zulu = zuluZones.contains(lower[end])
                    end += 1
                } else if low(end) == "local" && low(end + 1) == "time" { end += 2 }
                // `noon Thursday`, `4 a.m. EDT Thursday`: the day that follows is the time's, one expression
                var weekday: Int? = nil
                if low(end) == "," { end += 1 }
                if end < n, CalendarWords.fullWeekdays.contains(lower[end]), tok(end).isCapitalized {
                    weekday = CalendarWords.weekdays[lower[end]]
                    end += 1
                } else if let md = monthAt(end, lower, tokens, base), let d = dayNumber(end + md.length) {
                    // `until 5 p.m. EST Nov. 9`: the time on that day
                    emit(i, end + md.length + 1, .time, .clockOnDate(hour: h, minute: m, month: md.month, day: d, zulu: zulu)); continue
                } else if low(end - 1) == "," { end -= 1 }
                // `10:35 a.m. (0735 GMT) Friday`: the day after the other zone's time is still this time's day
                if weekday == nil, low(end) == "(", let close = (end + 1..<min(n, end + 5)).first(where: { lower[$0] == ")" }),
                   close + 1 < n, CalendarWords.fullWeekdays.contains(lower[close + 1]), tok(close + 1).isCapitalized {
                    weekday = CalendarWords.weekdays[lower[close + 1]]
                }
                emit(i, end, .time, .clock(hour: h, minute: m, weekday: weekday, zulu: zulu)); continue
            }

            // ISO dates and numeric dates
            if token.kind == .number {
                if let d = CalendarDate(iso: t) { emit(i, i + 1, .date, .absolute(year: d.year, month: d.month, day: d.day)); continue }
                let parts = t.splitASCII(0x2F)
                if parts.count == 3, let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4,
                   CalendarDate.valid(y, m, d) != nil {
                    emit(i, i + 1, .date, .absolute(year: y, month: m, day: d)); continue
                }
            }

            // Day Month [Year]: 1 August 2020
            if may(.number, .dayOrdinal), let d = dayNumber(i), let m = monthAt(i + 1, lower, tokens, base) {
                var end = i + 1 + m.length
                if let y = isYear(end) { end += 1; emit(i, end, .date, .absolute(year: y, month: m.month, day: d)); continue }
                emit(i, end, .date, .monthDay(month: m.month, day: d)); continue
            }

            // Month [Day][, Year] / Month Year / Month
            if may(.month), let m = monthAt(i, lower, tokens, base) {
                var end = i + m.length
                if let d = dayNumber(end), !(end + 1 < n && (lower[end + 1] == "%" || lower[end + 1] == "percent")) {
                    end += 1
                    var yEnd = end
                    if low(yEnd) == "," { yEnd += 1 }
                    if let y = isYear(yEnd) {
                        emit(i, yEnd + 1, .date, .absolute(year: y, month: m.month, day: d)); continue
                    }
                    emit(i, end, .date, .monthDay(month: m.month, day: d))
                    // April 24 and 25: the second day is a date of its own
                    if dayConjunctions.contains(low(end)), let d2 = dayNumber(end + 1), d2 > d, monthAt(end + 2, lower, tokens, base) == nil {
                        emit(end + 1, end + 2, .date, .monthDay(month: m.month, day: d2))
                    }
                    continue
                }
                if low(end) == "of", let y = isYear(end + 1) { emit(i, end + 2, .date, .absolute(year: y, month: m.month, day: nil)); continue }
                if let y = isYear(end) { emit(i, end + 1, .date, .absolute(year: y, month: m.month, day: nil)); continue }
                if let (y, e) = spokenYearAt(end) { emit(i, e, .date, .absolute(year: y, month: m.month, day: nil)); continue }
                // June last year, February this year
                if let k = relativeOffsets[low(end)], low(end + 1) == "year", m.abbreviationOK {
                    emit(i, end + 2, .date, .monthInYear(m.month, yearOffset: k)); continue
                }
                // a month alone needs a cue before it, and not to be part of a name (Theresa May)
                var start = i
                var cue = monthCues.contains(low(i - 1)) || low(i - 1) == "-"
                // the October slaying, a June agreement, figures for January (not `the May government`: may is also
                // a verb and a name)
                if monthDeterminers.contains(low(i - 1)), lower[i] != "may",
                   i + 1 >= n || tok(i + 1).kind != .word || !tok(i + 1).isCapitalized {
                    cue = true
                }
                if monthParts.contains(low(i - 2)) && low(i - 1) == "of" {
                    cue = true
                    start = low(i - 3) == "the" ? i - 3 : i - 2
                }
                // (a capitalised cue inside a sentence is a headline's: `Work Resumes In April`)
                if cue && m.abbreviationOK {
                    let rel = relativeWords.contains(low(i - 1)) && start == i
                    if rel {
                        // (the word is read before `emit` moves on past the month)
                        let relation: TimexPattern.Relation = relations[low(i - 1)] ?? .this
                        emit(i - 1, end, .date, .month(m.month, relation: relation))
                    } else {
                        // overwrite a preceding emission that this extends (none expected)
                        emit(start, end, .date, .month(m.month))
                    }
                    continue
                }
            }

            // on Mondays, Saturdays: every one of them
            if may(.pluralWeekday), token.isCapitalized, let wd = CalendarWords.pluralWeekday(t) {
                emit(i, i + 1, .set, .fixed("XXXX-WXX-\(wd)")); continue
            }
            // Weekdays, maybe with last/next/this and a part of day
            if may(.weekday), let wd = CalendarWords.weekdays[t], CalendarWords.fullWeekdays.contains(t), token.isCapitalized {
                var start = i
                var relation = TimexPattern.Relation.plain
                // the previous Friday, the Friday before: counted from the last day the text named
                if precedingWords.contains(low(i - 1)), low(i - 2) == "the" {
                    emit(i - 2, i + 1, .date, .weekdayBefore(wd)); continue
                }
                switch low(i - 1) {
                case "last": relation = .last; start = i - 1
                case "next": relation = .next; start = i - 1
                case "this": relation = .this; start = i - 1
                // this coming Sunday, this past Friday
                case "coming": relation = .next; start = low(i - 2) == "this" ? i - 2 : i - 1
                case "past" where low(i - 2) == "this": relation = .last; start = i - 2
                default: break
                }
                var end = i + 1
                // Friday, Aug. 2 (2020), Friday Oct. 13: the calendar date wins
                let comma = low(end) == "," ? 1 : 0
                if let m = monthAt(end + comma, lower, tokens, base), let d = dayNumber(end + comma + m.length) {
                    var e2 = end + comma + 1 + m.length
                    if low(e2) == ",", let y = isYear(e2 + 1) { e2 += 2; emit(start, e2, .date, .absolute(year: y, month: m.month, day: d)); continue }
                    if let y = isYear(e2) { emit(start, e2 + 1, .date, .absolute(year: y, month: m.month, day: d)); continue }
                    emit(start, e2, .date, .monthDay(month: m.month, day: d)); continue
                }
                var pod: String?
                if let p = partsOfDay[low(end)] { pod = p; end += 1 }
                // Tuesday nights, Monday mornings: every one of them
                if relation == .plain, let p = partsOfDay[String(low(end).dropLast())], low(end).hasSuffix("s") {
                    emit(start, end + 1, .set, .fixed("XXXX-WXX-\(wd)T\(p)")); continue
                }
                emit(start, end, pod == nil ? .date : .time, .weekday(wd, relation: relation), pod: pod)
                // `Wednesday's ruling`: a day named for what happened on it, whatever the clause goes on to plan
                if possessives.contains(low(end)) {
                    out[out.count - 1].pattern.future = false
                    out[out.count - 1].pattern.futureInPast = false
                }
                continue
            }

            // the phrases of words alone, from the catalogue: relative days, the year of a report, days named
            // again, vague references, sets, the weekend
            if may(.phrase), let p = TimexPhrases.match(lower, at: i, capitalized: { tok($0).isCapitalized }, touching: touching,
                                          number: { numberAt($0) != nil }) {
                emit(i, p.end, p.kind, p.shape, pod: p.partOfDay); continue
            }

            // seasons: last summer, this fall, spring 2020, the winter of 2019 (`fall` only where it cannot be a verb)
            if may(.season), let code = CalendarWords.seasons[t] {
                let relation: TimexPattern.Relation? = relations[low(i - 1)]
                let of = low(i + 1) == "of" ? 1 : 0
                if let y = isYear(i + 1 + of) {
                    let start = relation == nil && low(i - 1) == "the" ? i - 1 : i
                    emit(start, i + 2 + of, .date, .season(code, year: y, relation: .plain)); continue
                }
                // the winter of nineteen ninety-four
                if of == 1, let (y, end) = spokenYearAt(i + 2) {
                    emit(relation == nil && low(i - 1) == "the" ? i - 1 : i, end, .date, .season(code, year: y, relation: .plain)); continue
                }
                if let r = relation { emit(i - 1, i + 1, .date, .season(code, year: nil, relation: r)); continue }
                // this past spring: the last one; the summer, over the summer, the early summer (not `the fall of
                // Rome`, `the fall in prices`)
                if low(i - 1) == "past", low(i - 2) == "this" { emit(i - 2, i + 1, .date, .season(code, year: nil, relation: .last)); continue }
                if low(i - 1) == "the" || (seasonModifiers.contains(low(i - 1)) && low(i - 2) == "the"), !(t == "fall" && fallNounFollowers.contains(low(i + 1))) {
                    emit(low(i - 1) == "the" ? i - 1 : i - 2, i + 1, .date, .season(code, year: nil, relation: .plain)); continue
                }
            }

            // (the fiscal year, the full year, the end of the year: in the catalogue's `yearOfTheReport`)
            // the year ended Sept. 30, the fiscal year ending June 30: a year's span
            if may(.the), t == "the", low(i + 1) == "year" || (low(i + 1) == "fiscal" && low(i + 2) == "year") {
                let k = low(i + 1) == "year" ? i + 2 : i + 3
                if endedWords.contains(low(k)) { emit(i, k, .duration, .fixed("P1Y")); continue }
                // for the year, the high for the year, the first nine months of the year: the article's year
                if low(i + 1) == "year", yearOfPrepositions.contains(low(i - 1)), k >= n || (tok(k).kind == .punctuation && low(k) != "-") || yearOfFollowers.contains(low(k)) {
                    emit(i, k, .date, .yearOffset(0)); continue
                }
            }
            if may(.year), t == "year", low(i + 1) == "-", touching(i, i + 1), low(i + 2) == "end", touching(i + 1, i + 2) {
                emit(i, i + 3, .date, .yearOffset(0)); continue
            }
            // this quarter, last quarter, next quarter; this year's third quarter, last year's quarter
            if may(.thisLastNext), relativeWords.contains(t), low(i - 1) != "the" {
                let offset = t == "this" ? 0 : (t == "next" ? 1 : -1)
                if low(i + 1) == "quarter" { emit(i, i + 2, .date, .quarterOffset(offset)); continue }
                if low(i + 1) == "year", possessives.contains(low(i + 2)) {
                    var k = i + 3
                    if low(k) == "fiscal" { k += 1 }
                    if let q = ordinals[low(k)], low(k + 1) == "quarter" { emit(i, k + 2, .date, .quarterIn(q, year: .relative(offset))); continue }
                    if let h = halves[low(k)], low(k + 1) == "half" { emit(i, k + 2, .date, .half(h, year: nil)); continue }
                    if reportedPeriods.contains(low(k)) { emit(i, k + 1, .date, .reportedPeriod(year: .relative(offset))); continue }
                }
            }
            // this/last/next week, weekend, month, year
            if may(.relativeSpan), relativeSpanStarts.contains(t), low(i - 1) != "the", relativeSpans.contains(low(i + 1)) {
                let offset = t == "this" ? 0 : (t == "next" ? 1 : -1)
                if t == "past" { i += 1; continue }
                let shape: TimexPattern.Shape
                switch low(i + 1) {
                case "week": shape = .week(offset)
                case "weekend": shape = .weekend(offset)
                case "month": shape = .monthOffset(offset)
                default: shape = .yearOffset(offset)
                }
                emit(i, i + 2, .date, shape); continue
            }

            // holidays
            if may(.holiday), let (len, name) = holidayAt(i, lower), tok(i).isCapitalized {
                // last Thanksgiving, next Christmas, this Easter
                if let relation = relations[low(i - 1)] {
                    emit(i - 1, i + len, .date, .holiday(name, relation: relation)); continue
                }
                emit(i, i + len, .date, .holiday(name)); continue
            }

            // the period a report is about, named again: the quarter, the latest quarter, the current quarter, the
            // year-ago quarter, the 1988 period, the same period a year ago; `year-earlier` on its own (`below the
            // year-earlier $4.5 million`); the year-ago third quarter
            if may(.the, .year), t == "the" || t == "year" {
                var k = t == "the" ? i + 1 : i
                var ref = TimexPattern.YearRef.same
                var current = false, modified = false
                while k < n {
                    if periodModifiers.contains(lower[k]) { modified = true; k += 1 }
                    else if lower[k] == "current" { current = true; modified = true; k += 1 }
                    else if let r = yearAgoAt(k) { ref = .before(1); modified = true; k = r }
                    else if t == "the", let y = isYear(k), k == i + 1 { ref = .absolute(y); modified = true; k += 1 }
                    else { break }
                }
                if let q = ordinals[low(k)], low(k + 1) == "quarter", case .before = ref {
                    emit(i, k + 2, .date, .quarterIn(q, year: ref)); continue
                }
                if t == "the", low(k) == "quarter" || (low(k) == "period" && modified), !(low(k + 1) == "-" && touching(k, k + 1)) {
                    var end = k + 1
                    if let r = yearAgoPhraseAt(end) { ref = .before(1); end = r }
                    emit(i, end, .date, current && low(k) == "quarter" ? .quarterOffset(0) : .reportedPeriod(year: ref)); continue
                }
                if t == "year", case .before = ref {
                    emit(i, k, .date, .yearBeforeModifier); continue
                }
                if t == "the", case .before = ref, k > i + 1, tok(i + 1).kind == .word {
                    emit(i + 1, k, .date, .yearBeforeModifier); continue
                }
            }
            // halves: the first half [of 1990], the second half, the last half of 1989
            if may(.the), t == "the", let h = halves[low(i + 1)], low(i + 2) == "half" {
                if low(i + 3) == "of", let y = isYear(i + 4) { emit(i, i + 5, .date, .half(h, year: y)); continue }
                if !(low(i + 3) == "of") { emit(i, i + 3, .date, .half(h, year: nil)); continue }
            }

            // quarters: the third quarter [of 2020], a third-quarter loss, the fiscal second quarter, the 1988 second
            // quarter, Q3 2020
            if may(.quarter), t == "quarter", i >= 1 {
                // the ordinal before `quarter`, or before a hyphen that touches both (`third-quarter`)
                let hyphenated = low(i - 1) == "-" && touching(i - 2, i - 1) && touching(i - 1, i)
                let ordinalAt = hyphenated ? i - 2 : i - 1
                if let q = ordinals[low(ordinalAt)] {
                    var start = ordinalAt
                    var year: Int? = nil
                    if low(start - 1) == "fiscal" { start -= 1 }
                    if let y = isYear(start - 1) { year = y; start -= 1 }
                    if low(start - 1) == "the" && !hyphenated { start -= 1 }
                    if year == nil, low(i + 1) == "of", let y = isYear(i + 2) { emit(start, i + 3, .date, .quarter(q, year: y)); continue }
                    // a year before the quarter was recognised on its own already: the two are one expression
                    if start < i, let last = out.last, last.span.start >= tok(start).span.start { out.removeLast() }
                    emit(start, i + 1, .date, .quarter(q, year: year)); continue
                }
            }
            if may(.quarterName), t.count == 2, t.hasPrefix("q"), let q = Int(t.dropFirst()), (1...4).contains(q), token.isAllCaps {
                if let y = isYear(i + 1) { emit(i, i + 2, .date, .quarter(q, year: y)); continue }
            }

            // sets counted in numbers: every two weeks, three times a day (the rest are in the catalogue's `sets`)
            if may(.everyEach), everyEach.contains(t), let num = numberAt(i + 1), num > 0, let u = units[low(i + 2)] {
                emit(i, i + 3, .set, .fixed(durationValue(num, u))); continue
            }
            if may(.number, .numberWord), numberAt(i) != nil, low(i + 1) == "times", perWords.contains(low(i + 2)),
               let u = units[low(i + 3)], !low(i + 3).hasSuffix("s") {
                emit(i, i + 4, .set, .fixed(durationValue(1, u))); continue
            }

            // the adjective of the present: current prices (`recent` and `future` before a noun are marked less often
            // than not; the other vague references are in the catalogue)
            if may(.current), t == "current", tok(i).kind == .word, !tok(i).isCapitalized || i == 0,
               i + 1 < n, tok(i + 1).kind == .word, !tok(i + 1).isCapitalized, !lexiconFunctionWord(lower[i + 1]),
               low(i - 1) != "then", !(low(i + 1) == "-") {
                emit(i, i + 1, .date, .fixed("PRESENT_REF")); continue
            }

            // durations and "N units ago": the next three years, the past year, three years, two weeks ago
            if may(.the), t == "the", durationModifiers.contains(low(i + 1)) {
                // (`the coming years`: how many is not said)
                if let u = units[low(i + 2)] {
                    emit(i, i + 3, .duration, .fixed(durationValue(low(i + 2).hasSuffix("s") ? -1 : 1, u))); continue
                }
                if let amount = amountAt(i + 2), let u = units[low(amount.end)] {
                    // the weeks ahead
                    emit(i, amount.end + 1, .duration, .fixed(amount.half ? halfDurationValue(amount.n, u) : durationValue(amount.n, u))); continue
                }
            }
            // a two-year plan, a 16-hour flight, a 52-week high: a duration written as one hyphenated word (not an
            // age: `a 31-year-old`, which TIMEX3 leaves out)
            if may(.number, .numberWord), let num = numberAt(i), num > 0, t != "a", t != "an", low(i + 1) == "-", touching(i, i + 1), touching(i + 1, i + 2),
               let u = units[low(i + 2)], !low(i + 2).hasSuffix("s"),
               !(low(i + 3) == "-" && low(i + 4) == "old"), !(low(i + 3) == "-" && touching(i + 2, i + 3)) {
                emit(i, i + 3, .duration, .fixed(durationValue(num, u))); continue
            }
            // a several-year tenure, a day-long meeting: an unknown number of a unit, or one (a plural, `years-long`,
            // is left out, as the seeds' gold leaves it)
            if may(.number, .numberWord, .unit), low(i + 1) == "-", touching(i, i + 1), touching(i + 1, i + 2) {
                if numberAt(i) == -1, let u = units[low(i + 2)], !low(i + 2).hasSuffix("s") {
                    emit(i, i + 3, .duration, .fixed(durationValue(-1, u))); continue
                }
                if let u = units[t], !t.hasSuffix("s"), low(i + 2) == "long", !(i > 0 && lower[i - 1] == "-" && touching(i - 1, i)) {
                    emit(i, i + 3, .duration, .fixed(durationValue(1, u))); continue
                }
            }
            // (a hyphen joins only what it touches: ` -- four years` is a dash before a duration)
            if may(.number, .numberWord, .tens), let amount = amountAt(i), !(i > 0 && lower[i - 1] == "-" && touching(i - 1, i)) {
                var k = amount.end
                if low(k) == "more" { k += 1 }
                // (not `a quarter of the votes`, a share)
                if let u = units[low(k)], !(k + 1 < n && lower[k + 1] == "-" && touching(k, k + 1)), !(u == "Q" && low(k + 1) == "of") {
                    var end = k + 1
                    var half = amount.half
                    // a minute and a half
                    if !half, low(end) == "and", low(end + 1) == "a", low(end + 2) == "half" { half = true; end += 3 }
                    let num = amount.n
                    // two weeks ago, a decade ago (ten years); years ago: some time back
                    if low(end) == "ago" {
                        if num > 0, let (count, unit) = calendarCount(num, u) { emit(i, end + 1, .date, .ago(count, unit: unit)); continue }
                        if num < 0 { emit(i, end + 1, .date, .fixed("PAST_REF")); continue }
                    }
                    // `a year earlier`, `two days later` at a clause's end: counted from the last time the text named
                    // (not `two days before the vote`, which is counted from the vote)
                    if anchoredWords.contains(low(end)), num > 0, let (count, unit) = calendarCount(num, u),
                       end + 1 >= n || clauseEnds.contains(low(end + 1)) {
                        let sign = backwardWords.contains(low(end)) ? -1 : 1
                        emit(i, end + 1, .date, unit == "W" ? .anchored(unit: "D", offset: 7 * sign * count) : .anchored(unit: unit, offset: sign * count)); continue
                    }
                    // an age (`37 years old`) is no duration in TIMEX3, as `a 37-year-old` is not
                    if u == "Y", low(end) == "old" { i = end + 1; continue }
                    let value = half ? halfDurationValue(num, u) : durationValue(num, u)
                    if (t == "a" || t == "an") && amount.end == i + 1 {
                        // `$1 billion a year`, `15 a year`: so much each year, a set
                        if !half, i > 0, tok(i - 1).kind == .number || figureWords.contains(lower[i - 1]) || lower[i - 1] == "times" {
                            emit(i, end, .set, .fixed(value)); continue
                        }
                        // `a year` only after a word that makes it a span (`for a year`, `barely a month`), not in
                        // `a day of talks`
                        if amountCues.contains(low(i - 1)) || half { emit(i, end, .duration, .fixed(value)); continue }
                    } else {
                        emit(i, end, .duration, .fixed(value)); continue
                    }
                }
            }
            // years ago, months ago: a time some way back; coming months, past years, recent quarters: vague
            if may(.unit), let u = units[t], t.hasSuffix("s"), low(i + 1) == "ago", tok(i).kind == .word, agoUnits.contains(u) {
                emit(i, i + 2, .date, .fixed("PAST_REF")); continue
            }
            // (`recent years` is a span of years back, as TIMEX3 writes it: PXY)
            if may(.comingPastRecent), comingPastRecent.contains(t), let u = units[low(i + 1)], low(i + 1).hasSuffix("s"),
               vagueSpanUnits.contains(u) {
                emit(low(i - 1) == "the" ? i - 1 : i, i + 2, .duration, .fixed(durationValue(-1, u))); continue
            }
            // the weeks ahead, the months to come
            if may(.the), t == "the", let u = units[low(i + 1)], low(i + 1).hasSuffix("s"), low(i + 2) == "ahead" || (low(i + 2) == "to" && low(i + 3) == "come") {
                emit(i, low(i + 2) == "ahead" ? i + 3 : i + 4, .duration, .fixed(durationValue(-1, u))); continue
            }
            // over the years, in the years that followed: an unknown number of them
            if may(.the), t == "the", let u = units[low(i + 1)], low(i + 1).hasSuffix("s"), spanPrepositions.contains(low(i - 1)),
               yearsUnits.contains(u) {
                emit(i, i + 2, .duration, .fixed(durationValue(-1, u))); continue
            }
            // (`for the first time in years`: read at `years`, as `in` starts too many phrases to look at each)
            if may(.unit), let u = units[t], t.hasSuffix("s"), low(i - 1) == "in", inYearsUnits.contains(u), i + 1 >= n || tok(i + 1).kind == .punctuation {
                emit(i - 1, i + 1, .duration, .fixed(durationValue(-1, u))); continue
            }
            if may(.withinFor), withinFor.contains(t), let u = units[low(i + 1)], low(i + 1).hasSuffix("s"), !(i + 2 < n && lower[i + 2] == "-") {
                emit(i, i + 2, .duration, .fixed(durationValue(-1, u))); continue
            }

            // decades and centuries: the 1990s, the late 1970s, the mid-1990s, the '70s (TIMEX3 writes a decade as
            // its first three digits, `199`); the 20th century (`19`)
            if token.kind == .number, low(i + 1) == "s", touching(i, i + 1), let decade = decadeAt(i) {
                let end = i + 2
                var start = i
                if low(start - 1) == "'" || low(start - 1) == "’", touching(start - 1, start) { start -= 1 }
                if low(start - 1) == "-", touching(start - 1, start), decadeModifiers.contains(low(start - 2)) {
                    start -= 2
                } else if decadeModifiers.contains(low(start - 1)) {
                    start -= 1
                }
                if low(start - 1) == "the" { start -= 1 }
                emit(start, end, .date, .fixed(String(decade))); continue
            }
            if may(.number, .centuryWord), low(i + 1) == "century", let c = centuryOrdinal(lower[i]) {
                emit(low(i - 1) == "the" ? i - 1 : i, i + 2, .date, .fixed(TimexNormalizer.pad(c - 1, 2))); continue
            }
            // years said as words, as transcripts of broadcasts write them: nineteen ninety-six, nineteen seventy-nine,
            // the year two thousand
            if may(.centurySaid, .numberWord), let (y, end) = spokenYearAt(i) {
                let start = low(i - 1) == "year" && low(i - 2) == "the" ? i - 2 : i
                emit(start, end, .date, .absolute(year: y, month: nil, day: nil)); continue
            }
            // the nineties, the eighties
            if may(.the), t == "the", let d = decadeWords[low(i + 1)] { emit(i, i + 2, .date, .fixed(String(190 + d))); continue }
            // mid-2023, early-2020
            if may(.number), let y = isYear(i), i >= 2, lower[i - 1] == "-", decadeModifiers.contains(lower[i - 2]) {
                let start = i - 2
                i = start
                emit(start, start + 3, .date, .absolute(year: y, month: nil, day: nil)); continue
            }
            // bare years with a cue: in 2017, since 2016; and a recent year without one (`a 2014 raid`, `2019 was
            // hard`), unless it counts something (`2000 workers`)
            if may(.number), let y = isYear(i), !(i + 1 < n && countedNouns.contains(lower[i + 1])) {
                let cued = i > 0 ? (yearCues.contains(lower[i - 1]) || lower[i - 1] == ",") : false
                // (only opening the sentence or after a determiner: `office 2014`, `flight 1990` are numbers)
                // (only opening the sentence, after a determiner, or between a lower-case word and what it dates
                // (`predicting 2023 earnings`): `Flight 1990`, `$2000`, `No. 2000`, `opened office 2014.` are numbers)
                let modifier = i > 0 && tok(i - 1).kind == .word && !tok(i - 1).isCapitalized && !numberedNouns.contains(lower[i - 1])
                    && i + 1 < n && tok(i + 1).kind == .word && !lexiconFunctionWord(lower[i + 1])
                let recent = (1950...2049).contains(y)
                    && (i == 0 || yearDeterminers.contains(lower[i - 1]) || modifier)
                    && !(i + 1 < n && (tok(i + 1).kind == .number || units[lower[i + 1]] != nil))
                if cued || recent { emit(i, i + 1, .date, .absolute(year: y, month: nil, day: nil)); continue }
            }
            i += 1
        }
        return out
    }

    /// Every word a rule of `recognize` can start at (numbers aside): the month and weekday names, relative-day
    /// words, seasons, holidays, quarters, `the`, `recent(ly)`, number words and `within`/`for`.
    static let startWords: WordSet = {
        var w = Set(CalendarWords.monthWords).union(CalendarWords.fullWeekdays)
        w.formUnion(["yesterday", "today", "tomorrow", "tonight", "quarter", "q1", "q2", "q3", "q4", "the", "recent", "recently",
                     "now", "currently", "nowadays", "these", "once", "twice", "year", "that"])
        w.formUnion(clockWords.keys)
        w.formUnion(relativeSpanStarts)
        w.formUnion(everyEach)
        w.formUnion(withinFor)
        w.formUnion(comingPastRecent)
        w.formUnion(frequencyAdverbs.keys)
        w.formUnion(centuryWords.keys)
        w.formUnion(CalendarWords.fullWeekdays.map { $0 + "s" })   // every Monday: `Mondays`
        w.formUnion(TimexPhrases.firstWords)
        w.formUnion(tensWords.keys)
        w.formUnion(units.keys)
        w.formUnion(["current"])
        w.formUnion(centuriesSaid.keys)
        w.formUnion(CalendarWords.seasons.keys)
        w.formUnion(holidayFirstWords)
        w.formUnion(holidays.keys)
        w.formUnion(numberWords.keys)
        return WordSet(w)
    }()

    static let ordinals: WordMap<Int> = ["first": 1, "second": 2, "third": 3, "fourth": 4]
    /// Days of a month said as one ordinal word (`the eighth`).
    static let dayOrdinals: WordMap<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    ]
    static let halves: WordMap<Int> = ["first": 1, "second": 2, "last": 2]

    /// The first half of a year said as words (`nineteen` ninety-six).
    static let centuriesSaid: WordMap<Int> = ["eighteen": 18, "nineteen": 19]
    /// Decades as words (`the nineties`), by their tens.
    static let decadeWords: WordMap<Int> = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
    ]
    /// Tens as words, which a unit may follow (`twenty four`, `forty-five`).
    static let tensWords: WordMap<Int> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// Words before `a year`, `a month` that make it a span of time.
    static let amountCues: WordSet = [
        "for", "over", "within", "in", "about", "nearly", "almost", "barely", "only", "just", "than", "least", "as", "once",
        "roughly", "some", "around", "past", "last", "first",
    ]

    /// A count of calendar units as `ago` and `earlier` count them: decades and centuries as years.
    static func calendarCount(_ n: Int, _ u: String) -> (Int, Character)? {
        switch u {
        case "Y", "M", "W", "D": return (n, Character(u))
        case "DE": return (10 * n, "Y")
        case "CE": return (100 * n, "Y")
        default: return nil
        }
    }

    /// Ordinals that name a century (`20th`, `nineteenth`, `21st`).
    static let centuryWords: WordMap<Int> = [
        "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    ]

    static func centuryOrdinal(_ w: String) -> Int? {
        if let c = centuryWords[w] { return c }
        guard ordinalSuffixes.contains(String(w.suffix(2))), let c = Int(w.dropLast(2)), (1...30).contains(c) else { return nil }
        return c
    }

    /// A duration of `n` and a half units: a time of day's half in the next smaller unit (`PT5H30M`, `PT1M30S`),
    /// a calendar unit's as a decimal (`P2.5Y`, as ISO 8601 allows in the last component; TimeBank writes `P2Y6M`,
    /// MEANTIME `P2.5Y`).
    static func halfDurationValue(_ n: Int, _ unit: String) -> String {
        switch unit {
        case "TH": return "PT\(n)H30M"
        case "TM": return "PT\(n)M30S"
        case "DE": return "P\(10 * n + 5)Y"
        case "CE": return "P\(100 * n + 50)Y"
        default: return "P\(n).5\(unit)"
        }
    }

    static func durationValue(_ n: Int, _ unit: String) -> String {
        // a decade is ten years and a century a hundred, as TIMEX3 values write them (`P10Y`, not `P1DE`); an
        // unknown number of them is an unknown number of years (`decades`: `PXY`)
        if let years = yearsPerUnit[unit] { return n > 0 ? "P\(n * years)Y" : "PXY" }
        let amount = n < 0 ? "X" : String(n)
        if unit.hasPrefix("T") { return "PT\(amount)\(unit.dropFirst())" }
        return "P\(amount)\(unit)"
    }

    /// `going to`, `plans to`, `is scheduled to`, `is set to`, `is expected to`, `are due to`: the sentence speaks of
    /// what is still to come.
    static func containsGoingTo(_ lower: LowerWords, _ r: Range<Int>) -> Bool {
        guard r.count > 2 else { return false }
        // (asked of the tokens: the words' strings are made only where a rule reads them)
        for k in r.lowerBound..<(r.upperBound - 2) {
            // as soon as Tuesday, as early as next week
            if lower.isWord(k, "as"), lower.isIn(k + 1, asSoonAs), lower.isWord(k + 2, "as") { return true }
            guard lower.isWord(k + 1, "to") else { continue }
            if lower.isIn(k, toComeBeforeTo) { return true }
            // `plans to` is the verb after a subject (`it plans to`, `the company plans to`), not the noun after a
            // determiner or a verb (`its plans to`, `announced plans to`)
            if lower.isIn(k, planWords) {
                let before = k > r.lowerBound ? lower[k - 1] : ""
                let noun = determiners.contains(before) || before.hasSuffix("ed") || irregularPasts.contains(before)
                if !noun { return true }
            }
            if lower.isIn(k, expectedWords), k > r.lowerBound, lower.isIn(k - 1, presentBe) { return true }
        }
        return false
    }

    struct MonthMatch { var month: Int; var length: Int; var abbreviationOK: Bool }

    /// A capitalised month name at `k` (with the period of an abbreviation, if any).
    static func monthAt(_ k: Int, _ lower: LowerWords, _ tokens: TokenList, _ base: Int) -> MonthMatch? {
        guard k >= 0, k < lower.count, CalendarWords.monthWords.contains(lower[k]), let m = CalendarWords.months[lower[k]],
              tokens[base + k].isCapitalized else { return nil }
        let full = CalendarWords.fullMonthNames.contains(lower[k])
        if !full {
            // Sept. 20, Oct 24: an abbreviation needs its period or a day number after it
            if k + 1 < lower.count && lower[k + 1] == "." && tokens[base + k + 1].span.start == tokens[base + k].span.end {
                return MonthMatch(month: m, length: 2, abbreviationOK: true)
            }
            if k + 1 < lower.count, tokens[base + k + 1].kind == .number { return MonthMatch(month: m, length: 1, abbreviationOK: false) }
            return nil
        }
        return MonthMatch(month: m, length: 1, abbreviationOK: true)
    }

    static let holidayFirstWords = WordSet(holidayPhrases.map { $0.0[0] })

    static func holidayAt(_ k: Int, _ lower: LowerWords) -> (Int, String)? {
        if holidayFirstWords.contains(lower[k]) {
            for (words, name) in holidayPhrases where k + words.count <= lower.count && lower[k] == words[0]
                && zip(words, lower[k...]).allSatisfy({ $0 == $1 }) {
                return (words.count, name)
            }
        }
        if let name = holidays[lower[k]] {
            // Christmas and Easter as holidays, not in "Christmas tree" — accept when not followed by a noun we know
            return (1, name)
        }
        return nil
    }
}
