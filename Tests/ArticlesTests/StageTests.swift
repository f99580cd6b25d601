@testable import Articles
import XCTest

/// One check per pipeline stage, on small inputs made for it.
final class StageTests: XCTestCase {
    func read(_ s: String, path: String = "a.txt") -> Article { ArticleReader().read(path: path, bytes: Array(s.utf8)) }

    func testTokenizerKeepsByteOffsetsAbbreviationsAndPossessives() {
        let text = "The U.S. firm’s CEO, 日本 Beijing-based."
        let b = Array(text.utf8)
        let toks = Tokenizer.tokenize(b, 0..<b.count)
        XCTAssertEqual(toks.map(\.text), ["The", "U.S.", "firm", "’s", "CEO", ",", "日本", "Beijing", "-", "based", "."])
        for t in toks { XCTAssertEqual(String(decoding: b[t.span.start..<t.span.end], as: UTF8.self), t.text) }
    }

    func testTokensReadTheirTextFromTheArticleBytes() {
        let b = Array("iOS ÉCOLE Straße and AND é “".utf8)
        let toks = Tokenizer.tokenize(b, 0..<b.count)
        XCTAssertEqual(toks.map(\.text), ["iOS", "ÉCOLE", "Straße", "and", "AND", "é", "“"])
        XCTAssertEqual(toks.map(\.lower), ["ios", "école", "straße", "and", "and", "é", "“"])
        XCTAssertEqual(toks.map(\.isCapitalized), [true, true, true, false, true, false, false])
        XCTAssertEqual(toks.map(\.isAllCaps), [false, true, false, false, true, false, false])
        XCTAssertEqual(toks.map { $0.equals("and") }, [false, false, false, true, false, false, false])
        XCTAssertTrue(toks[6].equals("“"))
        // a token is 8 bytes in the article: its span and kind, not a copy of its text
        XCTAssertEqual(MemoryLayout<PackedToken>.stride, 8)
    }

    func testShortLinesAreSubheadingsOnlyWhenTheyReadLikeAPhrase() {
        let a = read("Cup round-up\n\nThe draw was kind to both sides on Saturday.\n\nA Late Winner\n\nThe match was settled late.\n\n"
            + "Halvey Town 0 Redbank Wanderers 4\n\nThe next round is in March.\n\nOSLO, Norway\n\nThe second report follows.\n")
        let short = a.paragraphs.filter { a.text($0.span).utf8.count < 40 && $0.role != .title && !a.text($0.span).hasSuffix(".") }.map { "\(a.text($0.span)): \($0.role)" }
        XCTAssertEqual(short, ["A Late Winner: subheading", "Halvey Town 0 Redbank Wanderers 4: body", "OSLO, Norway: body"],
                       "a results row and a dateline are text to read, not headings")
        let headings = read("Guide\n\nThe first part.\n\nTop 10 Tips For 2024\n\nMore text.\n\nChapter 1 Of 12\n\nMore.\n\nNASA, ESA Sign Deal\n\nEnd.\n")
        XCTAssertEqual(headings.paragraphs.filter { $0.role == .subheading }.map { headings.text($0.span) },
                       ["Top 10 Tips For 2024", "Chapter 1 Of 12", "NASA, ESA Sign Deal"], "numbers and acronyms in a heading")
    }

    func testSentencesDoNotEndAtAbbreviations() {
        let a = read("Headline here\n\nMr. Smith met Sen. Jones on Sept. 20 at Acme Inc. headquarters. Then he left! “Why?” she asked.\n")
        let body = a.sentences.filter { a.paragraphs[$0.paragraph].role == .body }.map { a.text($0.span) }
        XCTAssertEqual(body, ["Mr. Smith met Sen. Jones on Sept. 20 at Acme Inc. headquarters.", "Then he left!", "“Why?” she asked."])
    }

    func testInvalidUTF8IsReportedAndOffsetsStayTrue() {
        var bytes = Array("Title line\n\nAlpha ".utf8)
        bytes.append(0xFF)
        bytes += Array(" Microsoft said.\n".utf8)
        let a = ArticleReader().read(path: "x.txt", bytes: bytes)
        XCTAssertEqual(a.warnings.count, 1)
        let ms = a.tokens.first { $0.text == "Microsoft" }!
        XCTAssertEqual(Array(bytes[ms.span.start..<ms.span.end]), Array("Microsoft".utf8))
    }

    func testHeaderFieldsAndDerivedTitle() {
        let a = read("Date: August 2, 2020\nSource: Example Wire\n\nThe first sentence is the title. Another one.\n")
        XCTAssertEqual(a.date?.description, "2020-08-02")
        XCTAssertEqual(a.source, "Example Wire")
        XCTAssertTrue(a.titleDerived)
        XCTAssertEqual(a.title, "The first sentence is the title.")
    }

    func testCalendarArithmetic() {
        let d = CalendarDate(year: 2020, month: 8, day: 2)
        XCTAssertEqual(d.weekday, 7)
        XCTAssertEqual(d.isoWeek.week, 31)
        XCTAssertEqual(d.adding(days: -2).description, "2020-07-31")
        XCTAssertEqual(CalendarDate(year: 2021, month: 1, day: 1).isoWeek.week, 53)
        XCTAssertNil(CalendarDate.valid(2021, 2, 29))
    }

    func testTimexNormalisation() {
        let anchor = CalendarDate(year: 2020, month: 8, day: 2)   // a Sunday
        func v(_ shape: TimexPattern.Shape, future: Bool = false, past: Bool = false, pod: String? = nil) -> String? {
            TimexNormalizer.value(of: TimexPattern(shape: shape, partOfDay: pod, future: future, past: past), anchor: anchor)
        }
        XCTAssertEqual(v(.weekday(5, relation: .plain), pod: "EV"), "2020-07-31TEV")
        XCTAssertEqual(v(.weekday(5, relation: .plain), future: true), "2020-08-07")
        XCTAssertEqual(v(.weekday(7, relation: .plain)), "2020-08-02")
        XCTAssertEqual(v(.weekend(0)), "2020-W31-WE")
        XCTAssertEqual(v(.week(-1)), "2020-W30")
        XCTAssertEqual(v(.monthDay(month: 9, day: 15)), "2020-09-15")
        XCTAssertEqual(v(.month(5)), "2020-05")
        XCTAssertEqual(v(.month(10), past: true), "2019-10", "a later month in a past clause is last year's")
        XCTAssertEqual(v(.month(10)), "2020-10", "without a tense, the article's year")
        XCTAssertEqual(v(.month(3), future: true), "2021-03", "an earlier month in a future clause is next year's")
        XCTAssertEqual(v(.month(8, relation: .last)), "2019-08", "last August, written in August")
        XCTAssertEqual(v(.month(9, relation: .this)), "2020-09")
        XCTAssertEqual(v(.monthDay(month: 2, day: 10), future: true), "2021-02-10")
        XCTAssertEqual(v(.monthDay(month: 10, day: 23), past: true), "2019-10-23")
        XCTAssertEqual(v(.quarterOffset(-1)), "2020-Q2")
        XCTAssertEqual(v(.half(2, year: nil)), "2020-H2", "begun in July")
        XCTAssertEqual(v(.holiday("thanksgiving")), "2020-11-26")
        XCTAssertEqual(v(.ago(3, unit: "Y")), "2017")
        XCTAssertNil(TimexNormalizer.value(of: TimexPattern(shape: .dayOffset(-1)), anchor: nil), "no date, no invention")
    }

    func testTimexRecognition() {
        let text = "He spoke Friday evening, yesterday and in May, and will decide in the next three years or by the end of June."
        let b = Array(text.utf8)
        let toks = Tokenizer.tokenize(b, 0..<b.count)
        let found = TimexRecognizer.recognize(tokens: toks, range: 0..<toks.count, bytes: b).map(\.text)
        XCTAssertEqual(found, ["Friday evening", "yesterday", "May", "the next three years", "the end of June"])
    }

    func testPlansAndExpectationsSpeakOfTheFuture() {
        func future(_ text: String) -> Bool? {
            let b = Array(text.utf8)
            let toks = Tokenizer.tokenize(b, 0..<b.count)
            return TimexRecognizer.recognize(tokens: toks, range: 0..<toks.count, bytes: b).first?.pattern.future
        }
        XCTAssertEqual(future("We expect most customers to be restored by Thursday."), true)
        XCTAssertEqual(future("The council is set to vote on Tuesday."), true)
        XCTAssertEqual(future("The company plans to open the plant in June."), true)
        XCTAssertEqual(future("Shares fell more than expected on Monday."), false)
        XCTAssertEqual(future("The plan, announced on Monday, was dropped."), false)
    }

    func testSeasonsResolveToTheOneMeant() {
        func v(_ code: String, _ r: TimexPattern.Relation, _ y: Int, _ m: Int) -> String? {
            TimexNormalizer.value(of: TimexPattern(shape: .season(code, year: nil, relation: r)), anchor: CalendarDate(year: y, month: m, day: 9))
        }
        XCTAssertEqual(v("SU", .last, 2025, 1), "2024-SU")
        XCTAssertEqual(v("SP", .last, 2024, 4), "2023-SP", "in April, last spring is the one before this")
        XCTAssertEqual(v("SP", .last, 2024, 7), "2024-SP", "in July, the spring just over")
        XCTAssertEqual(v("WI", .this, 2025, 1), "2024-WI", "the winter that began in December")
        XCTAssertEqual(v("WI", .next, 2025, 1), "2025-WI")
        XCTAssertEqual(v("FA", .this, 2025, 1), "2025-FA")

        let text = "Bookings fell last summer, before a hard winter of 2023 and a slow spring 2024; prices may fall 2% in the fall, "
            + "after the fall in rents."
        let b = Array(text.utf8)
        let toks = Tokenizer.tokenize(b, 0..<b.count)
        let found = TimexRecognizer.recognize(tokens: toks, range: 0..<toks.count, bytes: b)
        XCTAssertEqual(found.map(\.text), ["last summer", "winter of 2023", "spring 2024", "the fall"],
                       "not the verb, nor a fall in something")
        XCTAssertEqual(found.map { TimexNormalizer.value(of: $0.pattern, anchor: CalendarDate(year: 2025, month: 1, day: 9)) },
                       ["2024-SU", "2023-WI", "2024-SP", "2025-FA"])
    }

    func testQuoteMarksVersusApostrophes() {
        let a = read("T\n\nThe customers’ view: ‘It works,’ said Ann Lee of TikTok ‘s team, and \"fine\" too.\n")
        let found = QuoteFinder.find(a).map { a.text($0.span) }
        XCTAssertEqual(found, ["It works,", "fine"])
    }

    func testGroupsAndDiseasesAreNotOrganisations() {
        let corpus = CorpusBuilder().build([(path: "g.txt", bytes: Array("T\n\nDemocrats and Republicans argued about COVID on the Internet, Senate aides said.\n".utf8))])
        let types = Dictionary(corpus.articles[0].entities.map { ($0.text, $0.type) }, uniquingKeysWith: { x, _ in x })
        XCTAssertEqual(types["Democrats"], .nationality)
        XCTAssertEqual(types["COVID"], .misc)
        XCTAssertNil(types["Internet"])
        XCTAssertEqual(types["Senate"], .organization)
    }

    func testTitlesAreCollapsedToSingleSpacesAndWordsCountedBetweenSpacesAndTabs() {
        let r = ArticleReader()
        XCTAssertEqual(r.collapseSpaces("  Trump\t bans \n\n TikTok\u{A0} app  "), "Trump bans TikTok app")
        XCTAssertEqual(r.collapseSpaces(" \t\n"), "")
        XCTAssertEqual(r.wordCount("By  Jane\tDoe, Reuters "), 4)
        XCTAssertEqual(r.wordCount("   "), 0)
    }
}

