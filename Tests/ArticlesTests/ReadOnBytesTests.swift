@testable import Articles
import XCTest

/// Names are read on their bytes: the words of a person's name, and the initials an organisation's name spells.
final class NameBytesTests: XCTestCase {
    func testAPersonsNameWithoutInitialsAndExtraSpaces() {
        XCTAssertEqual(EntityCanonicalizer.personName("Donald J. Trump").joined, "Donald Trump")
        XCTAssertEqual(EntityCanonicalizer.personName("Donald J. Trump").words, ["Donald", "Trump"])
        XCTAssertEqual(EntityCanonicalizer.personName("Ann Lee").joined, "Ann Lee")
        XCTAssertEqual(EntityCanonicalizer.personName(" Ann  Lee ").joined, "Ann Lee")
        XCTAssertEqual(EntityCanonicalizer.personName("É. Zola").joined, "Zola")
        XCTAssertEqual(EntityCanonicalizer.personName("José Ñúñez").words, ["José", "Ñúñez"])
    }

    func testInitialsLeaveOutLegalSuffixes() {
        let c = EntityCanonicalizer()
        XCTAssertEqual(c.initials("International Business Machines Corp"), "IBM")
        XCTAssertEqual(c.initials("Apple Inc."), "A")
        XCTAssertEqual(c.initials("Bank of the West"), "BW")
        XCTAssertEqual(c.initials("Société Générale SA"), "SG")
    }

    func testSpellingKeysKeepLettersAndDigitsInLowerCase() {
        // the same name however it is spaced, cased or punctuated; letters outside ASCII kept, lower-cased
        let keys = [
            ("TikTok", "tiktok"), ("Tik Tok", "tiktok"), ("AT&T Inc.", "attinc"), ("3M [Co]", "3mco"),
            ("Zoë-Ströms AB", "zoëströmsab"), ("@`{~", ""),
            ("A very long organisation name of 2026", "averylongorganisationnameof2026"),
        ]
        for (name, key) in keys { XCTAssertEqual(EntityCanonicalizer.key(name), key, name) }
    }
}

/// A date line's words, split on its bytes.
final class DateLinePartsTests: XCTestCase {
    func testADateLineSplitsAtPunctuationBulletsAndDashesOnly() {
        let line = "Updated: Mon • 3 Aug. 2020 — 10:41 (EDT)|x/y,z·w–v Zoë-Ann"
        let b = Array(line.utf8)
        XCTAssertEqual(ArticleReader.dateLineParts(b, ByteSpan(0, b.count)),
                       ["Updated:", "Mon", "3", "Aug.", "2020", "10:41", "EDT", "x", "y", "z", "w", "v", "Zoë-Ann"])
        // only the line's own span, and a broken byte stays inside its word
        let framed = Array("xx 1 May\u{2014}".utf8) + [0xE2, 0x80] + Array(" 2020 yy".utf8)
        XCTAssertEqual(ArticleReader.dateLineParts(framed, ByteSpan(3, framed.count - 3)), ["1", "May", "\u{FFFD}", "2020"])
    }
}

/// Where sentences end around periods, on sentences written for this test.
final class SentenceEndTests: XCTestCase {
    func sentences(_ body: String) -> [String] {
        let a = CorpusBuilder().build([(path: "s.txt", bytes: Array("A headline\n\n\(body)\n".utf8))]).articles[0]
        return a.sentences.filter { a.paragraphs[$0.paragraph].role == .body }.map { String(decoding: a.bytes[$0.span.start..<$0.span.end], as: UTF8.self) }
    }

    func testADottedAbbreviationEndsASentenceBeforeAnOpenerOnly() {
        XCTAssertEqual(sentences("The firm moved to the U.S. The move was quick."),
                       ["The firm moved to the U.S.", "The move was quick."])
        XCTAssertEqual(sentences("The firm moved to the U.S. Congress building."), ["The firm moved to the U.S. Congress building."])
        XCTAssertEqual(sentences("Prices rose. They fell again."), ["Prices rose.", "They fell again."])
    }
}

/// The lists asked of a token's bytes answer as they do for its lower case made as a string.
final class ListsOnTokenBytesTests: XCTestCase {
    func testFirstNamesAndTitlesAnswerOnBytesAsOnTheLowerCase() {
        let text = "Headline\n\nMARY and José met Gov. Zyxqor, SEN. Pat, KELVIN and \u{212A}evin in Élodie’s office.\n"
        let a = CorpusBuilder().build([(path: "t.txt", bytes: Array(text.utf8))]).articles[0]
        let lexicon = Lexicon.bundled
        let recognizer = EntityRecognizer(lexicon: lexicon)
        var firstNames = 0, titles = 0
        for k in a.tokens.indices where a.tokens[k].kind == .word {
            let t = a.tokens[k], l = t.lower
            XCTAssertEqual(lexicon.firstNames.contains(lowerOf: t), lexicon.firstNames[l] != nil, t.text)
            let title = lexicon.titles.contains(l) || (l.hasSuffix(".") && lexicon.titles.contains(String(l.dropLast())))
            XCTAssertEqual(recognizer.isTitleWord(a, k), title, t.text)
            if lexicon.firstNames[l] != nil { firstNames += 1 }
            if title { titles += 1 }
        }
        // a first name's usual gender, read off its line (an accented name as its letters without accents)
        XCTAssertEqual(lexicon.firstNames["mary"], "f")
        XCTAssertEqual(lexicon.firstNames["john"], "m")
        XCTAssertEqual(lexicon.firstNames["josé"], lexicon.firstNames["jose"])
        XCTAssertNotNil(lexicon.firstNames["josé"])
        XCTAssertNil(lexicon.firstNames["zyxqor"])
        XCTAssertNil(lexicon.firstNames[""])
        // the test reads names and titles, in capitals and with accents, not only words that are neither
        XCTAssertGreaterThanOrEqual(firstNames, 3)
        XCTAssertGreaterThanOrEqual(titles, 2)
    }
}

/// The date a timeline row is filed under, read off a time expression's value on its bytes.
final class TimelineDateKeyTests: XCTestCase {
    func testTheDateBeforeATimeOrAPartOfTheDay() {
        let cases: [(String, String?)] = [
            ("2020-07-31TEV", "2020-07-31"), ("2020-07-31T10:30", "2020-07-31"), ("2020", "2020"), ("2020T", "2020"),
            ("199", "199"), ("19", "19"), ("1", nil), ("2020-W05", "2020-W05"), ("2021-Q3", "2021-Q3"),
            ("PRESENT_REF", nil), ("P3D", nil), ("XXXX-07-31", nil), ("T10:00", nil), ("TTT", nil), ("", nil),
            ("20x0", nil), ("1a", nil), ("\u{0661}\u{0662}\u{0663}\u{0664}", nil), ("2020-05-0\u{0661}", "2020-05-0\u{0661}"),
        ]
        for (value, key) in cases { XCTAssertEqual(TimelineBuilder.dateKey(value), key, value) }
    }
}

/// Text on one line: every run of white space one space, none at either end, ASCII read on its bytes.
final class OnOneLineTests: XCTestCase {
    func testRunsOfWhiteSpaceBecomeOneSpace() {
        let texts = [
            "  a spokesperson\nfor the\t\tministry  ", "one", "", "   ", "line\r\nbreak", "x\u{0B}y\u{0C}z", "a\u{1C}b",
            "caf\u{E9}  au\u{A0}lait", "Zo\u{EB}\n\nMoss", "\u{2003}em space\u{2003}", " \u{301}combining",
        ]
        for t in texts {
            XCTAssertEqual(t.onOneLine, t.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "), t.debugDescription)
            XCTAssertEqual(t[...].onOneLine, t.onOneLine)
        }
        XCTAssertEqual("  a spokesperson\nfor the\t\tministry  ".onOneLine, "a spokesperson for the ministry")
    }
}

/// A date line's time expressions are found once, and only for a line that gives a date, as `dateLine` says.
final class DateLineTimexesTests: XCTestCase {
    func testTheTimeExpressionsOfADateLineAndNoneOfAnyOtherLine() {
        let reader = ArticleReader()
        let lines: [[UInt8]] = [
            "March 14, 2023", "Updated 10:32 AM EDT, Tue March 14, 2023", "14 Mar. 2023 10.32 GMT", "2023-03-14",
            "Published 2 hours ago", "By Jane Doe", "March 2023", "Mi\u{E9}rcoles 14 marzo 2023", "Tue 31 Feb 2023",
            "Posted \u{2022} 5 June 2021", "12 Downing Street",
        ].map { Array($0.utf8) } + [Array("March 14, 2023 ".utf8) + [0xFF, 0xFE]]
        var dated = 0
        for bytes in lines {
            let span = ByteSpan(0, bytes.count)
            let found = reader.dateLineTimexes(bytes, span)
            let tokens = Tokenizer.tokenize(bytes, 0..<bytes.count)
            if case .some(.some) = reader.dateLine(bytes, span) {
                dated += 1
                let expected = TimexRecognizer.recognize(tokens: tokens, range: 0..<tokens.count, bytes: bytes)
                XCTAssertEqual(found?.map(\.span), expected.map(\.span), String(decoding: bytes, as: UTF8.self))
                XCTAssertFalse(found?.isEmpty ?? true)
            } else {
                XCTAssertNil(found, String(decoding: bytes, as: UTF8.self))
            }
        }
        XCTAssertGreaterThanOrEqual(dated, 4, "lines that give a date are among them")
    }
}

/// A byline's name and a `Date` marker read on the line's bytes, as the characters said before.
final class BylineBytesTests: XCTestCase {
    func name(_ line: String) -> String? {
        let b = Array(line.utf8)
        return ArticleReader().bylineName(b, ByteSpan(0, b.count))
    }

    func testTheNameAfterByUpToACommaOrABar() {
        XCTAssertEqual(name("By Jane Doe"), "Jane Doe")
        XCTAssertEqual(name("BY JANE DOE, Reuters"), "JANE DOE")
        XCTAssertEqual(name("by   Ann Lee  | Staff writer"), "Ann Lee")
        XCTAssertEqual(name("By Martin Luther King Jr."), "Martin Luther King Jr.")
        XCTAssertEqual(name("By Zoë Moss, Reuters"), "Zoë Moss", "beyond ASCII, read by characters")
        XCTAssertEqual(name("By Zoë Moss \u{2022} Reuters"), "Zoë Moss")
        XCTAssertNil(name("By the way, nobody came."))
        XCTAssertNil(name("By Monday"), "a weekday is no one")
        XCTAssertNil(name("By jane doe"), "a name opens with a capital")
        XCTAssertNil(name("By Jane Doe:"))
        XCTAssertNil(name("By , Reuters"))
        XCTAssertNil(name("By One Two Three Four Five Six Seven Eight Nine"))
        XCTAssertNil(name("Bye Jane"))
    }

    func testADateMarkerInAnyCase() {
        let reader = ArticleReader()
        for (line, date) in [("Date 2020-07-31 Rest", "2020-07-31"), ("DATE 2021-01-02", "2021-01-02"), ("dAtE 2019-12-31\tx", "2019-12-31")] {
            let b = Array(line.utf8)
            XCTAssertEqual(reader.dateMarker(b, ByteSpan(0, b.count))?.0.description, date, line)
        }
        for line in ["Dates 2020-07-31", "Date:2020-07-31", "Data 2020-07-31", "Date 2020-07-31x", "D\u{C4}te 2020-07-31"] {
            let b = Array(line.utf8)
            XCTAssertNil(reader.dateMarker(b, ByteSpan(0, b.count)), line)
        }
    }
}

/// Quotation marks told apart on a token's bytes.
final class QuoteMarkBytesTests: XCTestCase {
    func testEachMarkAndNothingElse() {
        let text = "\" ' \u{201C} \u{201D} \u{2018} \u{2019} \u{00AB} \u{201E} \u{2014} a"
        let b = Array(text.utf8)
        let tokens = Tokenizer.tokenize(b, 0..<b.count)
        let marks = tokens.map { QuoteFinder.Mark($0) }
        XCTAssertEqual(marks, [.straightDouble, .straightSingle, .leftDouble, .rightDouble, .leftSingle, .rightSingle,
                               .other, .other, .other, .other])
    }
}
