@testable import Articles
import XCTest

/// The export's strings are escaped on their bytes: quotation marks, backslashes, C0 and C1 controls, the bidi
/// controls and U+2028/2029 (what a terminal showing the export would act on, or JavaScript end a line at).
final class JSONStreamTests: XCTestCase {
    func written(_ s: String) -> String {
        var out = JSONStream(chunkBytes: .max) { _ in true }
        out.string(s)
        return String(decoding: out.buffer, as: UTF8.self)
    }

    func testEveryEscape() {
        let cases: [(String, String)] = [
            ("plain words", "\"plain words\""),
            ("a \"quoted\" word", "\"a \\\"quoted\\\" word\""),
            ("back\\slash", "\"back\\\\slash\""),
            ("line\nbreak\r\ttab", "\"line\\nbreak\\r\\ttab\""),
            ("\u{1B}[31mred\u{7}\u{7F}", "\"\\u001b[31mred\\u0007\\u007f\""),
            ("C1 \u{80}\u{85}\u{9B}\u{9F} after", "\"C1 \\u0080\\u0085\\u009b\\u009f after\""),
            ("Arabic mark \u{061C}", "\"Arabic mark \\u061c\""),
            ("bidi \u{200E}\u{200F}\u{202A}\u{202E}\u{2066}\u{2069}", "\"bidi \\u200e\\u200f\\u202a\\u202e\\u2066\\u2069\""),
            ("separators \u{2028}\u{2029}", "\"separators \\u2028\\u2029\""),
            ("kept: \u{2014} \u{2019} \u{2030} \u{2070} \u{20AC} Zürich 東京 😀", "\"kept: \u{2014} \u{2019} \u{2030} \u{2070} \u{20AC} Zürich 東京 😀\""),
            ("\u{A0}\u{C0}", "\"\u{A0}\u{C0}\""),
            ("", "\"\""),
            ("\u{200D}\u{2060}\u{206A}", "\"\u{200D}\u{2060}\u{206A}\""),
        ]
        for (s, expected) in cases {
            XCTAssertEqual(written(s), expected, s.debugDescription)
        }
    }

    func testNumbersAreWrittenInDecimal() {
        for n in [0, 7, 10, 123_456_789, -42, Int.max, Int.min] {
            var out = JSONStream(chunkBytes: .max) { _ in true }
            out.int(n)
            XCTAssertEqual(String(decoding: out.buffer, as: UTF8.self), String(n))
        }
    }
}

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
        XCTAssertEqual(EntityCanonicalizer.key("TikTok"), "tiktok")
        XCTAssertEqual(EntityCanonicalizer.key("Tik Tok"), "tiktok")
        XCTAssertEqual(EntityCanonicalizer.key("AT&T Inc."), "attinc")
        XCTAssertEqual(EntityCanonicalizer.key("3M [Co]"), "3mco")
        XCTAssertEqual(EntityCanonicalizer.key("Zoë-Ströms AB"), "zoëströmsab")
        XCTAssertEqual(EntityCanonicalizer.key("@`{~"), "")
        XCTAssertEqual(EntityCanonicalizer.key("A very long organisation name of 2026"), "averylongorganisationnameof2026")
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
