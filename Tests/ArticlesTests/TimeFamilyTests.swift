import Articles
import XCTest

/// Families of time expressions, one test each, on sentences written for the project: durations, quarters,
/// headlines, relative months and the tense of a clause.
final class TimeFamilyTests: XCTestCase {
    /// The time values of one article made of `body` under a title, dated `date`.
    func values(_ body: String, dated date: String = "June 2, 2022") -> [String: String] {
        FixtureCorpus.timexValues(of: body, dated: date)
    }

    func testADecadeIsTenYearsAndACenturyAHundred() {
        let v = values("The dam was planned for a decade and will last for two centuries, engineers said. Repairs ran for three weeks.")
        XCTAssertEqual(v["a decade"] ?? v["decade"], "P10Y", "not P1DE")
        XCTAssertEqual(v["two centuries"], "P200Y")
        XCTAssertEqual(v["three weeks"], "P3W")
    }

    func testHeadlinesAndSubheadingsAreScannedToo() {
        let c = CorpusBuilder().build([(path: "a.txt", bytes: Array(("Dam opens on March 3, 2023\n\nDate: March 1, 2023\n\n"
            + "The dam was finished early.\n\nWork Will Resume In April\n\nCrews return to the site.\n").utf8))])
        let v = FixtureCorpus.timexValues(c.articles[0])
        XCTAssertEqual(v["March 3, 2023"], "2023-03-03", "a date in the headline")
        XCTAssertEqual(v["April"] ?? v["In April"], "2023-04", "a month in a subheading")
    }

    func testHyphenatedDurationsButNotAges() {
        let v = values("The union signed a two-year deal after a 16-hour session. The 31-year-old driver was unhurt. "
            + "Talks went on -- four years in all.")
        XCTAssertEqual(v["two-year"], "P2Y")
        XCTAssertEqual(v["16-hour"], "PT16H")
        XCTAssertNil(v["31-year"], "an age is no duration in TIMEX3")
        XCTAssertEqual(v["four years"], "P4Y", "a dash ` -- ` before a number is no hyphen")
    }

    /// Quarters of a report dated in early 2022.
    func testQuartersHyphenatedWithTheirYearAndBeforeTheReport() {
        let v = values("The company posted a third-quarter loss. Sales in the fourth quarter rose, and the 2020 second quarter was "
            + "its worst. It expects a better first quarter.", dated: "January 20, 2022")
        XCTAssertEqual(v["third-quarter"], "2021-Q3", "a quarter not yet begun this year is last year's")
        XCTAssertEqual(v["the fourth quarter"], "2021-Q4")
        XCTAssertEqual(v["the 2020 second quarter"], "2020-Q2", "a year before the quarter is one expression with it")
        XCTAssertNil(v["2020"], "not a second expression inside it")
        XCTAssertEqual(v["first quarter"] ?? v["a better first quarter"], "2022-Q1", "the quarter under way")
    }

    func testLastAndNextMonthAndTheTenseOfTheirOwnClause() {
        let v = values("The council will meet again, officials said, after it approved the budget last April. "
            + "Officials said on Tuesday that the council will vote next March.", dated: "October 14, 2021")
        XCTAssertEqual(v["last April"], "2021-04", "`last` April is the past one, whatever `will` says elsewhere")
        XCTAssertEqual(v["next March"], "2022-03")
        XCTAssertEqual(v["Tuesday"], "2021-10-12", "`said on Tuesday`: the clause is past, though the sentence has `will`")
    }

    func testARecentYearWithoutACueButNotACount() {
        let v = values("Police linked the 2014 raid to the gang. 2019 was a hard year. The plant employs 2000 workers and 1990 tons of steel arrived.")
        XCTAssertEqual(v["2014"], "2014", "a year as a modifier")
        XCTAssertEqual(v["2019"], "2019", "a year opening a sentence")
        XCTAssertNil(v["2000"], "a count of workers")
        XCTAssertNil(v["1990"], "a weight")
    }

    func testAnAmountEarlierAtTheEndOfAClause() {
        let v = values("Profit rose 8%, against a loss a year earlier. The vote came two days before the strike.")
        XCTAssertEqual(v["a year earlier"], "2021", "counted back from the article's date (June 2, 2022)")
        XCTAssertNil(v["two days before"], "`before the strike` counts from the strike, which has no date here")
    }

    func testVagueReferencesToThePresentPastAndFuture() {
        let v = values("Prices are now higher and currently rising. In the past, the town relied on fishing. "
            + "Now that the mill is closed, the now-empty sheds stand idle. Rates may fall in the near term.")
        XCTAssertEqual(v["now"], "PRESENT_REF")
        XCTAssertEqual(v["currently"], "PRESENT_REF")
        XCTAssertEqual(v["the past"], "PAST_REF")
        XCTAssertEqual(v["the near term"], "FUTURE_REF")
        XCTAssertEqual(v["Now"], "PRESENT_REF", "`now that`: the present it speaks of is now")
        let a = CorpusBuilder().build([(path: "a.txt", bytes: Array("Mill\n\nDate: June 2, 2022\n\nThe now-empty sheds stand idle.\n".utf8))]).articles[0]
        XCTAssertTrue(a.timexes.isEmpty, "`now-empty`: part of an adjective")
    }

    func testClockTimesWithZonesAndTheirDay() {
        let v = values("The probe launched at 09:41 UTC. The polls close at 8 p.m. EDT, and counting starts at noon Friday.")
        XCTAssertEqual(v["09:41 UTC"], "2022-06-02T09:41Z", "a zone is part of the time; UTC is Z")
        XCTAssertEqual(v["8 p.m. EDT"], "2022-06-02T20:00")
        XCTAssertNotNil(v["noon Friday"], "the day after a time is the time's")
        XCTAssertTrue(v["noon Friday"]?.hasSuffix("T12:00") == true)
    }

    func testSetsOfRepeatedTimes() {
        let v = values("The market opens every Thursday. Fees rise each year and are paid monthly, in cash. "
            + "Inspectors visit twice a year. The daily paper reported it.")
        XCTAssertEqual(v["every Thursday"], "XXXX-WXX-4")
        XCTAssertEqual(v["each year"], "P1Y")
        XCTAssertEqual(v["monthly"], "P1M", "an adverb of frequency")
        XCTAssertEqual(v["twice a year"], "P1Y")
        XCTAssertEqual(v["daily"], "P1D", "`the daily paper`: a set as TIMEX3 marks the adjective too")
    }

    func testTheYearOfTheReport() {
        let v = values("Profit for the fiscal year rose, and the company expects more by year-end and by the end of the year. "
            + "For the year ended March 31, sales fell.")
        XCTAssertEqual(v["the fiscal year"], "2022")
        XCTAssertEqual(v["year-end"], "2022")
        XCTAssertEqual(v["the end of the year"], "2022")
        XCTAssertEqual(v["the year"], "P1Y", "`the year ended March 31` is a year's span, not this year")
    }

    func testDecadesAndCenturies() {
        let v = values("Dams built in the 1960s and the late '70s still stand; the mid-1990s saw fewer, as did the 19th century.")
        XCTAssertEqual(v["the 1960s"], "196", "TIMEX3 writes a decade as its first three digits")
        XCTAssertEqual(v["the late '70s"], "197")
        XCTAssertEqual(v["the mid-1990s"], "199")
        XCTAssertEqual(v["the 19th century"], "18", "the 19th century is the 1800s")
    }

    /// An earnings report of November 2021: the period it reports on, named again and compared with a year before.
    func testTheReportedPeriodNamedAgain() {
        let v = values("The miller earned $5 million in the third quarter, up from $4 million a year ago. Sales in the quarter "
            + "rose 3%, while the year-ago quarter had a loss. The latest period included a charge; year-earlier results did "
            + "not. Analysts expect the fourth quarter to be weaker. Costs in the quarter fell, and the current quarter began well.",
            dated: "November 2, 2021")
        XCTAssertEqual(v["the third quarter"], "2021-Q3")
        XCTAssertEqual(v["a year ago"], "2020-Q3", "figures a year ago: the same quarter a year before")
        XCTAssertEqual(v["the year-ago quarter"], "2020-Q3")
        XCTAssertEqual(v["The latest period"], "2021-Q3")
        XCTAssertEqual(v["year-earlier"], "2020-Q3")
        XCTAssertEqual(v["the fourth quarter"], "2021-Q4")
        XCTAssertEqual(v["the current quarter"], "2021-Q4")
        let outlook = CorpusBuilder().build([(path: "a.txt", bytes: Array(("Mill report\n\nDate: November 2, 2021\n\nThe miller "
            + "earned $5 million in the third quarter. Analysts expect the fourth quarter to be weaker. Costs in the quarter fell 2%.\n").utf8))])
        XCTAssertEqual(outlook.articles[0].timexes.last?.value, "2021-Q3", "an outlook for a quarter not yet over is not the period reported on")
    }

    func testATimeCountedFromTheLastOneNamed() {
        let v = values("The bridge opened on May 22, 1995, and the following year it was widened. Plans had been drawn a year "
            + "earlier. The mayor spoke that day. The ferry stopped on Tuesday, March 8, 2022, at 18:00 UTC.")
        XCTAssertEqual(v["the following year"], "1996")
        XCTAssertEqual(v["a year earlier"], "1995", "a year before the last year named")
        XCTAssertEqual(v["that day"], "1995-05-22")
        XCTAssertEqual(v["18:00 UTC"], "2022-03-08T18:00Z", "a time of day on the day its sentence named")
    }

    func testAMonthByTheTenseOfItsClause() {
        let v = values("The plant shut in December. The board will vote in January. Talks resume in March. Output was low in "
            + "June. Crews return next February, and the fair comes this October.", dated: "February 10, 2022")
        XCTAssertEqual(v["December"] ?? v["in December"], "2021-12", "without a tense, the nearer December")
        XCTAssertEqual(v["January"] ?? v["in January"], "2023-01", "a future clause: the coming January")
        XCTAssertEqual(v["March"] ?? v["in March"], "2022-03")
        XCTAssertEqual(v["June"] ?? v["in June"], "2021-06", "a past clause: the last June")
        XCTAssertEqual(v["next February"], "2023-02")
        XCTAssertEqual(v["this October"], "2022-10")
    }

    /// Dated Thursday, June 2, 2022.
    func testPlansAndTheFutureOfAPastTime() {
        let v = values("Farmers planned a rally on Saturday. Talks are set to resume Monday. The minister could arrive as soon as "
            + "Tuesday. The draft leaked on Tuesday, and officials hinted that a vote would come Friday.")
        XCTAssertEqual(v["Saturday"], "2022-06-04", "a plan: the coming Saturday")
        XCTAssertEqual(v["Monday"], "2022-06-06")
        XCTAssertEqual(v["Tuesday"], "2022-06-07", "as soon as Tuesday: the coming one")
        XCTAssertEqual(v["Friday"], "2022-06-03", "`would` after a past Tuesday: the Friday after it, not the one before June 2")
    }

    func testAmountsWrittenOutHalvesAndVagueSpans() {
        let v = values("The siege lasted forty-five days, then twenty four hours more. Talks took 2 1/2 years and a minute and a "
            + "half of silence. Rebels held out for two more weeks, a couple of years after the pact. Years ago the mill "
            + "closed; in coming months it reopens, and over the years it has changed. The mill pays $2 million a year. "
            + "The 37 years old owner spoke. It opened a decade ago, for three quarters of the staff.")
        XCTAssertEqual(v["forty-five days"], "P45D")
        XCTAssertEqual(v["twenty four hours"], "PT24H")
        XCTAssertEqual(v["2 1/2 years"], "P2.5Y")
        XCTAssertEqual(v["a minute and a half"], "PT1M30S")
        XCTAssertEqual(v["two more weeks"], "P2W")
        XCTAssertEqual(v["a couple of years"], "P2Y")
        XCTAssertEqual(v["Years ago"], "PAST_REF")
        XCTAssertEqual(v["coming months"], "PXM", "months to come, how many not said")
        XCTAssertEqual(v["the years"], "PXY")
        XCTAssertEqual(v["a year"], "P1Y", "so much a year: a set")
        XCTAssertNil(v["37 years"], "an age")
        XCTAssertEqual(v["a decade ago"], "2012", "ten years before June 2022")
        XCTAssertNil(v["three quarters"], "a share of the staff, not nine months")
    }

    /// Dated Thursday, June 2, 2022.
    func testAdjectivesOfTimeSpokenYearsAndTheWeekend() {
        let v = values("Current rules, a recent ruling and future losses worry the board, which will soon vote. The mill opened "
            + "in nineteen ninety-six and closed in the year two thousand; in the nineties it boomed. Over the weekend it "
            + "flooded. Crews came back as soon as they could. Its weekly report is out.")
        XCTAssertEqual(v["Current"], "PRESENT_REF")
        XCTAssertEqual(v["soon"], "FUTURE_REF", "but not `as soon as`")
        XCTAssertEqual(v["nineteen ninety-six"], "1996")
        XCTAssertEqual(v["the year two thousand"], "2000")
        XCTAssertEqual(v["the nineties"], "199")
        XCTAssertEqual(v["the weekend"], "2022-W21-WE", "over the weekend, written on a Thursday: the one before")
        XCTAssertEqual(v["weekly"], "P1W")
        XCTAssertEqual(v.values.filter { $0 == "FUTURE_REF" }.count, 1, "`as soon as` is no time")
    }

    /// Dated Thursday, June 2, 2022.
    func testMonthsAsModifiersSecondDaysSeasonsAndSpansAhead() {
        let v = values("The March accord held, and figures for April rose; talks are set for July 14 and 15. Over the summer "
            + "crews rebuilt the pier, which had not been busy in years. In the weeks ahead, and over the next couple of "
            + "years, the port expects to grow by year end. The ferry sank on May 3, 2019; the crew was found the next "
            + "morning, and later in the day the harbour closed.")
        XCTAssertEqual(v["March"], "2022-03", "a month as a modifier")
        XCTAssertEqual(v["April"], "2022-04")
        XCTAssertEqual(v["15"], "2022-07-15", "the second day of `July 14 and 15`")
        XCTAssertEqual(v["the summer"], "2022-SU")
        XCTAssertEqual(v["years"] ?? v["in years"], "PXY")
        XCTAssertEqual(v["the weeks ahead"], "PXW")
        XCTAssertEqual(v["the next couple of years"], "P2Y")
        XCTAssertEqual(v["year end"], "2022")
        XCTAssertEqual(v["the next morning"], "2019-05-04", "the day after the last one named")
        XCTAssertEqual(v["later in the day"], "2019-05-04")
    }

    /// What the timeline makes of the kinds: durations, sets and vague references are no rows; a quarter, a decade,
    /// a month sort before their days; the date line under the headline is no event.
    func testTheTimelineShowsTheKindsSensibly() {
        let text = "Mill report\n\nMarch 9, 2022\n\nThe mill was built in the 1990s. It closed on January 5, 2022, after a "
            + "weak fourth quarter. Output fell in January. The strike lasted three weeks, and crews now meet every Thursday. "
            + "Recently the owners met daily.\n"
        let c = CorpusBuilder().build([(path: "a.txt", bytes: Array(text.utf8))])
        XCTAssertEqual(c.timeline.map(\.date), ["199", "2021-Q4", "2022-01", "2022-01-05"],
                       "decade, quarter, month, day: each period before the days in it; no durations, sets or vague references")
        XCTAssertFalse(c.timeline.contains { $0.events.contains { c.text(of: $0).hasPrefix("March 9") } }, "the date line is no event")
        XCTAssertTrue(c.articles[0].timexes.contains { $0.kind == .duration && $0.value == "P3W" })
        XCTAssertTrue(c.articles[0].timexes.contains { $0.kind == .set && $0.value == "XXXX-WXX-4" })
        XCTAssertTrue(c.articles[0].timexes.contains { $0.value == "PRESENT_REF" })
    }

    func testRepeatedWeekdaysAndAYearBeforeWithoutAQuarter() {
        let v = values("The market opens on Mondays and stays open Friday nights. In the first five months, sales were $4 "
            + "million, against year-earlier sales of $3 million.")
        XCTAssertEqual(v["Mondays"], "XXXX-WXX-1")
        XCTAssertEqual(v["Friday nights"], "XXXX-WXX-5TNI")
        XCTAssertEqual(v["year-earlier"], "2021", "no quarter is being reported on: the year before the article's")
    }

    /// Dated June 2, 2022.
    func testAnAdjectiveInEdAndADeadlineLeaveADateAlone() {
        let v = values("The company is calling for redemption on Sept. 7 of its preferred stock. The minister gave no reason for the "
            + "Aug. 1 deadline.")
        XCTAssertEqual(v["Sept. 7"], "2022-09-07", "`preferred stock` is no past tense")
        XCTAssertEqual(v["Aug. 1"], "2022-08-01", "a deadline's date is not the past of the clause that names it")
    }

    func testAPeriodNamedAfterASpanOfMonths() {
        let v = values("The miller earned $5 million in the third quarter. In the first nine months, sales were $9 million, "
            + "against $8 million in the 2020 period and a loss in the year-earlier period.", dated: "November 2, 2021")
        XCTAssertEqual(v["the 2020 period"], "2020", "those nine months of 2020: their year, not the third quarter")
        XCTAssertEqual(v["the year-earlier period"], "P9M", "the span of months compared with")
    }

    /// Dated Thursday, June 2, 2022.
    func testAClockTimeTakesTheDayAfterItsOtherZone() {
        let v = values("The blast came at about 10:35 a.m. (0735 GMT) Tuesday, officials said.")
        XCTAssertEqual(v["10:35 a.m."], "2022-05-31T10:35", "Tuesday's, not the article's day")
    }

    /// Dated Thursday, June 2, 2022.
    func testThePreviousWeekdayCountsFromTheLastDayNamed() {
        let v = values("Shares closed lower on Monday, May 23, down 3% from the previous Friday.")
        XCTAssertEqual(v["Monday, May 23"], "2022-05-23")
        XCTAssertEqual(v["the previous Friday"], "2022-05-20", "the Friday before that Monday, not the one before June 2")
    }

    /// Dated Thursday, June 2, 2022: dates half a year off, where only the verb says which year is meant.
    func testAPhraseWithoutAVerbTakesTheTenseOfTheClauseBeforeIt() {
        let v = values("The mayor stepped down as chair, treasurer and secretary in December for family reasons. "
            + "Police have searched the river since shortly after the Nov. 20 flood. "
            + "Storms that flooded farms in November cost millions. In January, the firm announced plans to close. "
            + "The city agreed to sell the depot in December. The fair may be held in December.")
        XCTAssertEqual(v["December"], "2021-12", "`stepped down` is past, across the list of posts")
        XCTAssertEqual(v["Nov. 20"], "2021-11-20", "`since shortly after` the flood: a past one")
        XCTAssertEqual(v["November"], "2021-11", "`that flooded farms`: a verb with its object, not an adjective")
        XCTAssertEqual(v["January"] ?? v["In January"], "2022-01", "`announced plans to` is no plan of the clause's own")
        XCTAssertEqual(values("The city agreed to sell the depot in December.")["December"], "2022-12",
                       "after an infinitive, what was agreed is to come")
        XCTAssertEqual(values("The fair may be held in December.")["December"], "2022-12", "`be held` is not a past")
    }

    /// Dated Thursday, June 2, 2022.
    func testYearsAsModifiersAndDurationsInOneWord() {
        let v = values("Analysts were predicting 2023 earnings of $4. He lost his bitter 2018 campaign. Flight 2014 landed late. "
            + "It ended a day-long meeting and a several-year tenure. The feud went on for decades.")
        XCTAssertEqual(v["2023"], "2023", "a year after a lower-case word, before what it dates")
        XCTAssertEqual(v["2018"], "2018")
        XCTAssertNil(v["2014"], "a flight's number")
        XCTAssertEqual(v["day-long"], "P1D")
        XCTAssertEqual(v["several-year"], "PXY")
        XCTAssertEqual(v["for decades"] ?? v["decades"], "PXY", "an unknown number of decades is an unknown number of years")
    }

    /// Dated Monday, June 6, 2022.
    func testANameWithAndIsNoClauseBreakAndWouldMayPointBack() {
        let v = values("On Tuesday, the Food and Drug Administration plans to rule. Officials said they would fight the May 20 "
            + "ruling by the Bureau of Land Management to close the trail by June 4.", dated: "June 6, 2022")
        XCTAssertEqual(v["Tuesday"] ?? v["On Tuesday"], "2022-06-07", "the administration's plan is to come")
        XCTAssertEqual(v["June 4"], "2022-06-04", "`would` is the future of a past time: not next year's June 4")
    }

    /// Dated Thursday, June 2, 2022.
    func testPartsOfADayNamedAloneAndClockTimesSaidInWords() {
        let v = values("Markets fell on Tuesday. Traders sold heavily in the morning, and by mid-afternoon the index had recovered. "
            + "Pilgrims gather there each July. The ferry will sail at 6 in the evening (6 p.m. EDT Friday).")
        XCTAssertEqual(v["the morning"], "2022-05-31TMO", "the morning of the last day named")
        XCTAssertEqual(v["mid-afternoon"], "2022-05-31TAF")
        XCTAssertEqual(v["each July"], "XXXX-07", "a month every year")
        XCTAssertEqual(v["6 in the evening"], "2022-06-03T18:00", "on the day its sentence names after it")
    }

    /// Dated Thursday, June 2, 2022, as a broadcast transcript says dates.
    func testDatesSaidAsABroadcastSaysThem() {
        let v = values("The festival is this coming Sunday, June fifth. Crowds came this past Saturday. Prices last fell this "
            + "low in the spring of nineteen ninety-eight. In May first-quarter sales fell.")
        XCTAssertEqual(v["this coming Sunday, June fifth"], "2022-06-05")
        XCTAssertEqual(v["this past Saturday"], "2022-05-28")
        XCTAssertEqual(v["the spring of nineteen ninety-eight"], "1998-SP")
        XCTAssertEqual(v["May"] ?? v["In May"], "2022-05", "`first-quarter` is no day of May")
    }
}
